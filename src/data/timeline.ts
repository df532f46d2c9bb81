// Reads the timeline data file and links it to the archive (pure work in src/lib/timeline).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfigFromEnv } from '../lib/site-config.ts';
import { resolveTimeline, type TimelineEntry } from '../lib/timeline.ts';
import { readYamlFile } from '../lib/yaml-file.ts';
import { getArchive } from './archive.ts';

/** The timeline entries, oldest first; none when the content folder has no timeline.yaml. */
export async function getTimeline(): Promise<TimelineEntry[]> {
  const file = join(siteConfigFromEnv(process.env).contentDir, 'timeline.yaml');
  if (!existsSync(file)) return [];
  const { articles } = await getArchive();
  return resolveTimeline(readYamlFile(file), articles, file);
}
