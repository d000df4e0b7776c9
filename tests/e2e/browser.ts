/**
 * Chromium for the end-to-end tests: Debian's build (`apt-get install chromium`), driven by
 * playwright-core, which downloads no browser of its own. Each launch gets a fresh temporary profile
 * (playwright-core passes its own `--user-data-dir`), and each test a fresh context (no stored state).
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { chromiumFlags, chromiumPath } from '../../scripts/lib/chromium';

/**
 * One browser for a test file (launched before its tests, closed after them); `openPage` gives a page in
 * a fresh context (no cookies, no storage), closed when the test ends, passed or failed.
 */
export function useBrowser(): { openPage(options?: BrowserContextOptions): Promise<Page> } {
  let browser: Browser | undefined;
  const open: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumFlags });
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async openPage(options) {
      if (!browser) throw new Error('useBrowser(): the browser is not launched yet');
      const context = await browser.newContext(options);
      open.push(context);
      return context.newPage();
    },
  };
}

/** What went wrong while a page was open: console errors, uncaught exceptions, failed requests, dialogs. */
export interface PageProblems {
  readonly errors: string[];
  readonly failedRequests: string[];
  readonly dialogs: string[];
  /** Requests to any origin but the site's own. */
  readonly foreignRequests: string[];
}

/** Starts recording a page's problems; dialogs are dismissed as they open. */
export function watchPage(page: Page, siteUrl: string): PageProblems {
  const origin = new URL(siteUrl).origin;
  const problems: PageProblems = { errors: [], failedRequests: [], dialogs: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.errors.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? 'failed';
    // Leaving a page cancels what it was still loading (its favicon, say): not a failure of the site.
    if (error !== 'net::ERR_ABORTED') problems.failedRequests.push(`${request.url()}: ${error}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (/^https?:/.test(url) && new URL(url).origin !== origin) problems.foreignRequests.push(url);
  });
  page.on('dialog', (dialog) => {
    problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return problems;
}
