import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  generateCorpus,
  seededRandom,
  tokenWords,
  WordChain,
  type CorpusOptions,
} from './corpus.ts';

const options: CorpusOptions = {
  count: 40,
  seed: 7,
  today: '2024-03-10',
  ids: {
    institutions: ['kasn', 'bkn', 'kemenpanrb'],
    topics: ['spbe', 'sistem-merit'],
    countries: ['korea-selatan', 'jepang', 'vietnam', 'laos'],
  },
  texts: {
    id: [
      'Kerja sama birokrasi terus berjalan. Delegasi KASN hadir di Jakarta, Senin (30/8). ' +
        'Pelayanan publik membaik berkat e-Government dan webinar rutin. Korea Selatan mendukung penuh.',
    ],
    en: ['The ministry held a webinar. Both countries renewed their cooperation on e-government.'],
  },
  banned: new Set(['webinar', 'egovernment', 'e', 'government']),
};

const frontmatter = (text: string) =>
  parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, unknown>;

describe('synthetic corpus', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(generateCorpus(options)).toEqual(generateCorpus(options));
    expect(generateCorpus({ ...options, seed: 8 })).not.toEqual(generateCorpus(options));
    expect(seededRandom(1)()).toBe(seededRandom(1)());
  });

  it('writes valid file names and frontmatter, never dated after today', () => {
    const files = generateCorpus(options);
    expect(files).toHaveLength(40);
    expect(new Set(files.map((f) => f.name)).size).toBe(40);
    for (const file of files) {
      expect(file.name).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.md$/);
      const data = frontmatter(file.text);
      expect(String(data['date']) <= options.today).toBe(true);
      expect(String(data['date']) >= '2000-01-01').toBe(true);
      expect(file.name.startsWith(String(data['date']))).toBe(true);
      expect(String(data['title']).length).toBeGreaterThan(0);
      expect(String(data['summary']).length).toBeLessThanOrEqual(400);
      expect((data['topics'] as string[]).length).toBeGreaterThan(0);
      expect((data['partnerCountries'] as string[]).length).toBeGreaterThan(0);
    }
  });

  it('uses every institution, topic and country', () => {
    const all = generateCorpus(options).map((f) => frontmatter(f.text));
    expect(new Set(all.map((d) => d['institution']))).toEqual(new Set(options.ids.institutions));
    expect(new Set(all.flatMap((d) => d['topics'] as string[]))).toEqual(
      new Set(options.ids.topics),
    );
    expect(new Set(all.flatMap((d) => d['partnerCountries'] as string[]))).toEqual(
      new Set(options.ids.countries),
    );
  });

  it('never writes a banned word, in any spelling', () => {
    const text = generateCorpus({ ...options, count: 200 })
      .map((f) => f.text)
      .join('\n');
    const words = new Set(text.split(/\s+/).flatMap(tokenWords));
    for (const word of options.banned) expect(words.has(word)).toBe(false);
    expect(words.has('birokrasi')).toBe(true);
  });

  it('makes sentences from the texts it was given, ending with a full stop', () => {
    const chain = new WordChain(options.texts.id, options.banned);
    const random = seededRandom(3);
    for (let i = 0; i < 50; i++) {
      const sentence = chain.sentence(random);
      expect(sentence).toMatch(/[.!?]["”’)]*$/);
      expect(sentence.split(' ').length).toBeLessThanOrEqual(28);
    }
  });
});
