// The committed data has the names the English edition shows, and each file passes its schema
// (the same pure schemas the content layer uses).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFile, readTimelineFile } from '../../src/lib/data-files.ts';
import {
  countrySchema,
  glossarySchema,
  institutionSchema,
  timelineEntrySchema,
  topicSchema,
} from '../../src/lib/schemas.ts';
import { ROOT } from '../helpers/build.ts';

const CONTENT = join(ROOT, 'content');
const strip = ({ id: _id, ...rest }: { id: string } & Record<string, unknown>) => rest;

describe('the data files', () => {
  it('pass their schemas', () => {
    for (const [kind, schema] of [
      ['institutions', institutionSchema],
      ['topics', topicSchema],
      ['countries', countrySchema],
    ] as const) {
      for (const entry of readDataFile(CONTENT, kind)) {
        expect(schema.safeParse(strip(entry)).error, `${kind}: ${entry.id}`).toBeUndefined();
      }
    }
    for (const entry of readDataFile(CONTENT, 'glossary'))
      expect(glossarySchema.safeParse(entry).error, String(entry['term'])).toBeUndefined();
    const timeline = readTimelineFile(CONTENT)!.data as unknown[];
    for (const entry of timeline)
      expect(timelineEntrySchema.safeParse(entry).error).toBeUndefined();
  });

  it('name every Indonesian body in English, and every Korean one in Hangul', () => {
    for (const i of readDataFile(CONTENT, 'institutions')) {
      if (i['country'] === 'indonesia') expect(i['fullNameEn'], i.id).toEqual(expect.any(String));
      if (/^(Kementerian|Badan|Komisi|Lembaga) /.test(String(i['name'])))
        expect(i['nameEn'], i.id).toEqual(expect.any(String));
      if (i['country'] === 'korea-selatan')
        expect(i['nameKo'], i.id).toMatch(/^[\p{Script=Hangul} ]+$/u);
    }
  });

  it('describe every topic and acronym in English, with English expansions of Indonesian ones', () => {
    for (const topic of readDataFile(CONTENT, 'topics'))
      if (topic['description'])
        expect(topic['descriptionEn'], topic.id).toEqual(expect.any(String));
    for (const entry of readDataFile(CONTENT, 'glossary')) {
      expect(entry['descriptionEn'], entry.id).toEqual(expect.any(String));
      if (entry['lang'] === 'id')
        expect(entry['expansionEn'], entry.id).toEqual(expect.any(String));
    }
  });

  it('title every milestone of the timeline in English', () => {
    const timeline = readTimelineFile(CONTENT)!.data as { title: string; titleEn?: string }[];
    for (const entry of timeline) expect(entry.titleEn, entry.title).toEqual(expect.any(String));
  });
});
