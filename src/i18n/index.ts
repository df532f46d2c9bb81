// The interface strings of every language, looked up by language.
import type { Locale } from '../lib/locales.ts';
import { ui as en } from './en.ts';
import { ui as id, type UiStrings } from './id.ts';

export type { SearchStrings, UiStrings } from './id.ts';

const STRINGS: Record<Locale, UiStrings> = { id, en };

/** The interface strings of a language. */
export function stringsFor(locale: Locale): UiStrings {
  return STRINGS[locale];
}
