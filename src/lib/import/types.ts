import type { Country, DateKind, GlossaryEntry, Institution, Person, Topic } from '../types.ts';

/** A credit the source gives: reporter, editor, writer's initials. */
export interface Credit {
  role: string;
  name: string;
}

/** How sure a recogniser is of what it found. */
export type Certainty = 'pasti' | 'disimpulkan' | 'ragu';

/** A date the text gives, as a day or a span of days. */
export interface FoundDate {
  /** First (or only) day, YYYY-MM-DD. */
  start: string;
  /** Last day of a span, YYYY-MM-DD. */
  end?: string | undefined;
  /** `terbit`: the page's publication date; `acara`: the day of what the article reports. */
  kind: DateKind;
  /** How the text wrote it: a page's date stamp, "Senin (29/7/2019)", a range, a bare date; or given
   * on the command line (`--tanggal`). */
  form: 'stamp' | 'weekday' | 'range' | 'day' | 'given';
  certainty: Certainty;
  /** The words of the source the date was read from. */
  evidence: string;
  /** Why the date reads as it does, in Indonesian, for the report and the draft's note. */
  reason: string;
}

/** The photo caption and its credit. */
export interface Caption {
  text: string;
  credit?: string | undefined;
  /** True when the line was taken as a caption only by its position (after a photo's file name). */
  guessed: boolean;
}

/** The data files the suggestions are drawn from. */
export interface ArchiveData {
  institutions: Institution[];
  topics: Topic[];
  countries: Country[];
  glossary: GlossaryEntry[];
}

/** A suggested reference with the words of the text that led to it. */
export interface Suggestion {
  id: string;
  matches: string[];
  count: number;
}

/** Everything the importer read from one source text. */
export interface Analysis {
  title?: string | undefined;
  /** Why the importer did not take a headline it saw (the draft then says TODO with this reason). */
  titleDoubt?: string | undefined;
  paragraphs: string[];
  date: FoundDate;
  /** Other dates the text gives (consistent or not with `date`). */
  otherDates: FoundDate[];
  /** Dates left aside (in a quotation), with the words. */
  ignoredDates: string[];
  caption?: Caption | undefined;
  credits: Credit[];
  publisher?: string | undefined;
  republishedFrom?: string | undefined;
  originalTitle?: string | undefined;
  copyright?: string | undefined;
  institution?: Suggestion | undefined;
  /** False when the institution is a guess to check (named once, or as often as another). */
  institutionSure: boolean;
  /** The original page's address and the day it was read, from the command line. */
  url?: string | undefined;
  retrieved?: string | undefined;
  partnerInstitutions: Suggestion[];
  topics: Suggestion[];
  countries: Suggestion[];
  people: Person[];
  /** Lines removed as site clutter, with the reason. */
  removed: { line: string; reason: string }[];
  /** What a person must still decide, in Indonesian. */
  undecided: string[];
}
