// Builds the real site once for the build-output and browser tests; they read SITE_DIST.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, TEST_SITE_URL } from './build.ts';

export default async function setup(project: TestProject) {
  const given = process.env['SITE_DIST'];
  if (given && existsSync(given)) {
    // The tests check absolute URLs against the test address: a build for another would fail them all.
    if (!readFileSync(join(given, 'index.html'), 'utf8').includes(`"${TEST_SITE_URL}/"`)) {
      throw new Error(
        `SITE_DIST=${given} was not built for the test address: build it with SITE_URL=${TEST_SITE_URL} npm run build`,
      );
    }
    project.provide('siteDist', given);
    return;
  }
  // A timezone west of UTC: a date handled as UTC midnight would show the day before here.
  const result = await buildSite({ TZ: 'America/Los_Angeles' });
  if (result.code !== 0) throw new Error(`The site did not build:\n${result.output}`);
  project.provide('siteDist', result.outDir);
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDist: string;
  }
}
