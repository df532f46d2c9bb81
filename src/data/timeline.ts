// Reads the timeline data file and links it to the archive (pure work in src/lib/timeline).
import { readTimelineFile } from '../lib/data-files.ts';
import { siteConfigFromEnv } from '../lib/site-config.ts';
import { resolveTimeline, type TimelineEntry } from '../lib/timeline.ts';
import { getArchive } from './archive.ts';

/** The timeline entries, oldest first; none when the content folder has no timeline.yaml. */
export async function getTimeline(): Promise<TimelineEntry[]> {
  const timeline = readTimelineFile(siteConfigFromEnv(process.env).contentDir);
  if (!timeline) return [];
  const { articles } = await getArchive();
  return resolveTimeline(timeline.data, articles, timeline.file);
}
