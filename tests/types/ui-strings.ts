// Checked by `astro check` (npm test), never run: every language must have exactly the
// Indonesian keys. Each @ts-expect-error below fails the check if its error ever goes away.
import { ui as en } from '../../src/i18n/en.ts';
import type { UiStrings } from '../../src/i18n/id.ts';

const withoutSiteName: Omit<typeof en, 'siteName'> = en;
// @ts-expect-error a language without a key is not UiStrings
export const missingKey: UiStrings = withoutSiteName;

const navWithoutArchive: Omit<typeof en.nav, 'archive'> = en.nav;
// @ts-expect-error nor is one that misses a nested key
export const missingNestedKey: UiStrings = { ...en, nav: navWithoutArchive };

// @ts-expect-error nor one with a key the other languages lack
export const extraKey = { ...en, motto: 'An extra string' } satisfies UiStrings;

export const extraNestedKey = {
  ...en,
  // @ts-expect-error nor a nested key the other languages lack
  nav: { ...en.nav, motto: 'An extra string' },
} satisfies UiStrings;

export const wrongShape = {
  ...en,
  // @ts-expect-error a string where a function of a count is expected
  listing: { ...en.listing, count: '5 articles' },
} satisfies UiStrings;
