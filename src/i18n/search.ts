// The search page's strings of every language, apart so the search script bundles only these.
import { toLocale } from '../lib/locales.ts';
import { searchUi as en, siteName as enName } from './en.ts';
import { searchUi as id, siteName as idName, type SearchStrings } from './id.ts';

const SEARCH = { id: { t: id, siteName: idName }, en: { t: en, siteName: enName } } as const;

/** The search strings and site name for a page's `lang` (the default language when unknown). */
export function searchStringsFor(lang: string): { t: SearchStrings; siteName: string } {
  return SEARCH[toLocale(lang)];
}
