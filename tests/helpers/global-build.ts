// Builds the real site once for the build-output and browser tests; they read SITE_DIST.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build.ts';

export default async function setup(project: TestProject) {
  const given = process.env['SITE_DIST'];
  if (given && existsSync(given)) {
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
