/** How long a headline or summary is, for its size on the page: long ones are set smaller. */
export type TextLength = 'short' | 'long' | 'longest';

/** The size class of a headline by its length in characters (the schema allows 200): none runs past four lines at 1280 px. */
export function headlineLength(title: string): TextLength {
  const length = [...title].length;
  return length <= 90 ? 'short' : length <= 140 ? 'long' : 'longest';
}

/** The size class of a summary by its length (the schema allows 400): on a phone the text still starts on the first screen. */
export function summaryLength(summary: string): TextLength {
  const length = [...summary].length;
  return length <= 240 ? 'short' : length <= 320 ? 'long' : 'longest';
}
