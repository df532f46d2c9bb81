// What can go wrong on a page a reader never sees in the markup: console errors, uncaught
// exceptions, failed or refused requests and Content-Security-Policy violations, Trusted Types
// ones included (a sink given a plain string, a policy the header does not name).
import type { Page } from 'playwright-core';

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

/** How long a browser test waits for the page: a loaded two-core CI machine can be slow. */
export const PAGE_TIMEOUT = 30_000;

/**
 * Waits until the search page has settled on its current state, by the page's own signals:
 * it has handled an answer (`data-render-count` went up) and nothing is pending (the results
 * list is no longer `aria-busy`: snippets in, no unfinished word held back). With `action`
 * (typing, a click, a ticked box on the same page), runs it and waits for its answer; without,
 * waits for the page just opened.
 */
export async function searchSettled(page: Page, action?: () => Promise<unknown>): Promise<void> {
  const count = () =>
    page.evaluate(() =>
      Number(
        document.querySelector('[data-search-results]')?.getAttribute('data-render-count') ?? 0,
      ),
    );
  const before = action ? await count() : 0;
  await action?.();
  await page.waitForFunction(
    (after) => {
      const list = document.querySelector('[data-search-results]');
      const count = Number(list?.getAttribute('data-render-count') ?? 0);
      return count > after && list?.getAttribute('aria-busy') === 'false';
    },
    before,
    { timeout: PAGE_TIMEOUT },
  );
}
