// Inputs that make careless text code super-linear: each is a copied "page" of a given size.
// Shared by the importer's linearity test and its benchmark (scripts/bench/import-linear.ts).

// Each text closes like a sentence, so that the importer keeps it as the article and every step runs.
const fill = (unit: string, bytes: number) =>
  `${unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)))}.`;

/** Named pathological texts of about `bytes` bytes each. */
export function pathologicalInputs(bytes: number): { name: string; text: string }[] {
  return [
    { name: 'repeated openers "Menteri (a "', text: `Judul\n${fill('Menteri (a ', bytes)}` },
    { name: 'one line, no spaces', text: `Judul\n${fill('a', bytes)}` },
    {
      name: 'one long line of words, no full stop',
      text: `Judul\n${fill('kerja sama korea ', bytes)}`,
    },
    { name: 'unclosed quotes and brackets', text: `Judul\n${fill('“kata (dia "di ', bytes)}` },
    { name: 'year-less dates', text: `Judul\n${fill('Senin (27/11), ', bytes)}` },
    { name: 'date-like numbers', text: `Judul\n${fill('30/8/2021 1-2 Agustus 2022 ', bytes)}` },
    { name: 'many short lines of chrome', text: fill('Share\nBaca juga:\nJudul Lain\n', bytes) },
    {
      name: 'many paragraphs',
      text: fill('Kepala BKN mengatakan, Korea hadir. (Foto: Humas)\n', bytes),
    },
    {
      name: 'capitalised words after titles',
      text: `Judul\n${fill('Menteri Dalam Negeri Kim Lee Park Choi ', bytes)}`,
    },
  ];
}
