import type { Person } from '../types.ts';
import type { ArchiveData } from './types.ts';

// Words that open a title before a name: "Menteri PANRB Syafruddin", "Duta Besar … Jang-keun Lee".
const TITLES = [
  'Plt.',
  'Plh.',
  'Menteri',
  'Wakil Menteri',
  'Komisioner',
  'Ketua',
  'Deputi',
  'Asisten Deputi',
  'Kepala',
  'Sekretaris',
  'Direktur',
  'Dirjen',
  'Duta Besar',
  'Dubes',
  'Presiden',
  'Wakil Presiden',
  'Widyaiswara',
  'Gubernur',
  'Bupati',
  'Rektor',
  'Dekan',
  'Minister',
  'Assistant Minister',
  'Vice Minister',
  'Ambassador',
];

// Titles by their first word, longest first ("Asisten Deputi" before "Asisten"),
// so each token costs one lookup.
const TITLES_BY_FIRST_WORD = new Map<string, string[][]>();
for (const title of [...TITLES].sort((a, b) => b.split(' ').length - a.split(' ').length)) {
  const words = title.split(' ');
  TITLES_BY_FIRST_WORD.set(words[0]!, [...(TITLES_BY_FIRST_WORD.get(words[0]!) ?? []), words]);
}

// Words a title is made of (offices, fields, units), so the name is what follows them.
const ROLE_WORDS = `bidang dan untuk urusan badan pusat pengembangan kepegawaian pegawai sistem informasi
  aparatur sipil negara kerja sama luar negeri dalam subbagian bagian biro direktorat jenderal utama
  madya muda pertama kementerian republik besar pendayagunaan reformasi birokrasi kelembagaan tata
  laksana pelayanan publik sumber daya manusia hukum hubungan masyarakat humas kebijakan perencanaan
  keuangan pengawasan komisi lembaga wakil staf ahli koordinator kantor mantan the of for and
  planning coordination ministry interior safety personnel management affairs international
  cooperation assistant minister vice deputy director general head secretary division bureau
  kementrian keamanan keselamatan korea selatan utara republik pemerintah nasional daerah provinsi
  kota kabupaten negeri negara asing jakarta seoul januari februari maret april mei juni juli
  agustus september oktober november desember senin selasa rabu kamis jumat sabtu minggu`;

const HONORIFIC = /^(?:Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.|Bapak|Ibu|H\.|Hj\.)$/;
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
const ACRONYM = /^[\p{Lu}\d+&-]{2,}$/u;

function roleVocabulary(data: ArchiveData): Set<string> {
  const words = [
    ROLE_WORDS,
    ...TITLES,
    ...data.institutions.flatMap((i) => [i.name, i.fullName, ...(i.aliases ?? [])]),
    ...data.glossary.map((g) => g.expansion),
    ...data.countries.flatMap((c) => [c.name, c.nameEn, ...(c.aliases ?? [])]),
    'Indonesia',
  ];
  return new Set(
    words
      .join(' ')
      .split(/[\s()–-]+/)
      .map((w) => w.toLowerCase())
      .filter(Boolean),
  );
}

// "Plt." is an abbreviation, not the end of a sentence.
const endsSentence = (token: string, afterTitle: boolean) =>
  /[;:]$/.test(token) || (afterTitle && token.endsWith('.'));

const bare = (token: string) => token.replace(/^[(“"]+|[)”",.;:]+$/g, '');

/** People the text names after a title, with the title as their role, first mention first. */
export function findPeople(paragraphs: string[], data: ArchiveData): Person[] {
  const vocabulary = roleVocabulary(data);
  const isRoleWord = (t: string) => vocabulary.has(bare(t).toLowerCase()) || ACRONYM.test(bare(t));
  const people: Person[] = [];
  for (const paragraph of paragraphs) {
    const tokens = paragraph.split(/\s+/);
    for (let i = 0; i < tokens.length; i++) {
      const title = TITLES_BY_FIRST_WORD.get(tokens[i]!)
        ?.find((t) => t.every((word, k) => tokens[i + k] === word))
        ?.join(' ');
      if (!title) continue;
      let j = i + title.split(' ').length;
      // The title's own words, bracketed acronyms "(Menpan RB)", and appositions "…, Ministry of …,".
      while (j < tokens.length && !endsSentence(tokens[j - 1]!, j - 1 > i)) {
        const token = tokens[j]!;
        if (token.startsWith('(')) {
          // A bracket of at most five words: look no further, so every opener costs the same.
          const close = tokens.slice(j, j + 5).findIndex((t) => t.endsWith(')'));
          if (close < 0) break;
          j += close + 1;
        } else if (isRoleWord(token)) j++;
        else break;
      }
      while (j < tokens.length && HONORIFIC.test(tokens[j]!)) j++;
      const name: string[] = [];
      while (j < tokens.length && name.length < 4) {
        const token = tokens[j]!;
        const word = bare(token);
        if (!NAME_WORD.test(word) || ACRONYM.test(word) || vocabulary.has(word.toLowerCase()))
          break;
        name.push(word);
        j++;
        if (word !== token.replace(/^[(“"]+/, '')) break;
      }
      if (name.length === 0) continue;
      const role = tokens
        .slice(i, j - name.length)
        .filter((t) => !HONORIFIC.test(t))
        .join(' ')
        .replace(/,$/, '');
      people.push({ name: name.join(' '), role });
      i = j - 1;
    }
  }
  const text = paragraphs.join('\n');
  return mergePeople(people).filter((p) => plausiblePerson(p.name, text));
}

const SPEECH_BEFORE =
  '(?:kata|ujar|ungkap|jelas|tutur|papar|tutup|pungkas|imbuh|tambah|lanjut|sambung|ucap|tegas|sebut)(?:nya)?';
const SPEECH_AFTER =
  '(?:mengatakan|menyampaikan|menjelaskan|menuturkan|mengungkapkan|menambahkan|menegaskan|berharap|menilai|said|says)';

/**
 * A name the importer can stand behind: words of two letters or more (an initial only beside other
 * words), no acronym glued in ("Pan-RB"); a one-word name of four letters or more, written as a
 * name ("Suharmen"), or else quoted ("ujar X", "X mengatakan") or named again. No name is better
 * than a wrong one.
 */
export function plausiblePerson(name: string, text: string): boolean {
  const words = name.split(/\s+/);
  if (words.some((w) => /-\p{Lu}{2,}/u.test(w))) return false;
  if (words.some((w) => w.replace(/\.$/, '').length < 2) && words.length < 2) return false;
  if (words.length >= 2) return words.filter((w) => w.length >= 2).length >= 2;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const quoted = new RegExp(
    `\\b${SPEECH_BEFORE}\\s+${escaped}\\b|\\b${escaped}\\s+${SPEECH_AFTER}\\b`,
    'u',
  );
  const mentions = text.match(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'gu'))?.length ?? 0;
  if (name.length < 4) return false;
  return /^\p{Lu}\p{Ll}+$/u.test(name) || quoted.test(text) || mentions >= 2;
}

/** One entry per person: "Asman" and "Asman Abnur" are one, named in full, with the first role. */
export function mergePeople(people: Person[]): Person[] {
  const merged: Person[] = [];
  for (const person of people) {
    const same = merged.find(
      (p) =>
        `${p.name} `.startsWith(`${person.name} `) || `${person.name} `.startsWith(`${p.name} `),
    );
    if (!same) merged.push({ ...person });
    else if (person.name.length > same.name.length) same.name = person.name;
  }
  return merged;
}
