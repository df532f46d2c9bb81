// What can go wrong on a page a reader never sees in the markup: console errors, uncaught
// exceptions, failed or refused requests and Content-Security-Policy violations, Trusted Types
// ones included (a sink given a plain string, a policy the header does not name).
import type { Page } from 'playwright-core';
import { stringsFor } from '../../src/i18n/index.ts';
import { LOCALES } from '../../src/lib/locales.ts';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Starts recording a page's problems; call before goto(). The result lists them as text. */
export async function watch(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      // Trusted Types name the sink or policy in `sample` ("Worker constructor|…").
      const sample = event.sample ? ` (${event.sample})` : '';
      window.__cspViolations!.push(
        `CSP ${event.effectiveDirective} refused ${event.blockedURI || '(inline)'}${sample} in ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return async () => [
    ...problems,
    ...(await page.evaluate(() => window.__cspViolations ?? ['CSP listener missing'])),
  ];
}

/** Waits until the search page, in any language, has answered (results, none found, or a load failure). */
export async function searchSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    (loading) => {
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      return status !== '' && !loading.includes(status);
    },
    LOCALES.map((locale) => stringsFor(locale).search.loading),
  );
}
