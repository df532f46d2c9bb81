import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every article file the content layer's glob loader matches (`**\/*.md`, no dot files or
 * folders) in `<contentDir>/articles`: its path as the content layer names it (relative to
 * `cwd`) and its path inside the articles folder.
 */
export function articleFiles(
  contentDir: string,
  cwd: string = process.cwd(),
): { filePath: string; relativePath: string }[] {
  const dir = join(contentDir, 'articles');
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.md') && !file.split('/').some((part) => part.startsWith('.')))
    .sort()
    .map((file) => ({
      relativePath: file,
      filePath: relative(cwd, join(dir, file)).split('\\').join('/'),
    }));
}
