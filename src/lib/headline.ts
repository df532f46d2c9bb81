/** How long a headline is, for its size on the page: long ones are set smaller, so none runs past four lines. */
export type HeadlineLength = 'short' | 'long' | 'longest';

/** The size class of a headline by its length in characters (the schema allows 200). */
export function headlineLength(title: string): HeadlineLength {
  const length = [...title].length;
  return length <= 90 ? 'short' : length <= 140 ? 'long' : 'longest';
}
