// The cards a build needs, read straight from the content folder (the frontmatter only): one for
// each article, shared by every language, and one for the rest of the site. The content layer
// checks the same files; a file it would refuse gets no card here and stops the build there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteName as siteNameEn } from '../i18n/en.ts';
import { ui } from '../i18n/id.ts';
import { slugOfFile } from './archive.ts';
import { articleFiles } from './article-files.ts';
import { readDataFile } from './data-files.ts';
import { parseIsoDate } from './dates.ts';
import { parseFrontmatter } from './frontmatter.ts';
import { articleCardText, siteCardText, type CardText } from './og-card.ts';
import type { CardJob } from './og-cards.ts';
import { paths } from './paths.ts';

/** The archive's name on every card: Indonesian, then English. */
export const CARD_BRAND: [string, string] = [ui.siteName, siteNameEn];

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' && !value.trim().startsWith('TODO')
    ? value.trim()
    : undefined;
const isoDate = (value: unknown): string | undefined =>
  typeof value === 'string' && parseIsoDate(value) ? value : undefined;

// A file the content layer will refuse (its own message says why) simply gets no card here.
function frontmatterOf(path: string): Record<string, unknown> | undefined {
  try {
    return parseFrontmatter(readFileSync(path, 'utf8'))?.data;
  } catch {
    return undefined;
  }
}

/**
 * Every card of the site built from `contentDir`. `drawable` says which characters of a card its
 * fonts lack: such an article gets the site card, and a warning names the file and characters.
 */
export function cardJobs(
  contentDir: string,
  drawable: (card: CardText) => string[],
): { jobs: CardJob[]; warnings: string[] } {
  const site = siteCardText(CARD_BRAND, ui.siteTagline);
  const jobs: CardJob[] = [{ file: paths.siteCard(), card: site }];
  const warnings: string[] = [];
  const names = new Map(
    readDataFile(contentDir, 'institutions').map((i) => [i.id, text(i['name'])]),
  );
  for (const { filePath, relativePath } of articleFiles(contentDir)) {
    const data = frontmatterOf(join(contentDir, 'articles', relativePath));
    const title = text(data?.['title']);
    const titleEn = text(data?.['titleEn']);
    const date = isoDate(data?.['date']);
    const institutionName = names.get(String(data?.['institution']));
    if (!title || !titleEn || !date || !institutionName) continue;
    const card = articleCardText(
      { title, titleEn, date, dateEnd: isoDate(data?.['dateEnd']), institutionName },
      CARD_BRAND,
    );
    const missing = drawable(card);
    if (missing.length > 0)
      warnings.push(
        `${filePath}: the card's fonts cannot draw ${missing.map((c) => `"${c}"`).join(' ')}: its links show the site's card (add a font with these characters in src/lib/og-draw.ts)`,
      );
    jobs.push({
      file: paths.articleCard(slugOfFile(relativePath)),
      card: missing.length ? site : card,
    });
  }
  return { jobs, warnings };
}
