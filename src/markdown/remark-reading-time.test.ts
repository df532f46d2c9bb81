import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkReadingTime from './remark-reading-time.ts';

async function frontmatterOf(markdown: string) {
  const file = await unified()
    .use(remarkParse)
    .use(remarkReadingTime)
    .use(remarkStringify)
    .process(markdown);
  return (file.data as { astro: { frontmatter: Record<string, number> } }).astro.frontmatter;
}

describe('remarkReadingTime', () => {
  it('counts words and rounds minutes up at 200 words a minute', async () => {
    expect(await frontmatterOf('satu dua tiga')).toEqual({ minutesRead: 1, wordCount: 3 });
    const long = Array.from({ length: 401 }, () => 'kata').join(' ');
    expect(await frontmatterOf(long)).toEqual({ minutesRead: 3, wordCount: 401 });
  });

  it('counts hyphenated words and numbers as one word each', async () => {
    expect((await frontmatterOf('e-government UU No.5/2014 Lee In-jae')).wordCount).toBe(7);
  });
});
