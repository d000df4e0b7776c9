import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchPage } from './browser';
import { builtPages } from './page-types';

const { hostile } = inject('sites');
const browser = useBrowser();

/** Fires every event a payload could hang on, on every element of the page's main content. */
async function provoke(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('main *')) {
      for (const type of ['mouseover', 'mouseenter', 'focus', 'toggle', 'load', 'error', 'animationstart']) {
        el.dispatchEvent(new Event(type));
      }
      // Clicks everything that does not leave the page: links and what they wrap (a mark in an SVG
      // timeline, a label inside a link), and the site's own search form.
      const navigates = el.closest('a[href], form');
      if (el instanceof HTMLElement && !navigates) el.click();
    }
  });
}

describe('the site built from hostile content, in Chromium', () => {
  it.each(builtPages(hostile.dir))('runs no script from the content on /%s', async (path) => {
    const page = await browser.openPage();
    const problems = watchPage(page, hostile.url);
    const address = `${hostile.url}${path}`;
    await page.goto(address, { waitUntil: 'load' });
    await provoke(page);
    // A <meta http-equiv="refresh"> that survived would fire within this time.
    await page.waitForTimeout(1500);
    expect(problems.dialogs).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    expect(page.url()).toBe(address);
    expect(await page.evaluate(() => document.baseURI)).toBe(address);
    expect(await page.locator('body').isVisible()).toBe(true);
  });

  it('shows search results made from hostile titles and text as text', async () => {
    const page = await browser.openPage();
    const problems = watchPage(page, hostile.url);
    await page.goto(`${hostile.url}search/`);
    await page.getByRole('searchbox').fill('Mallory');
    await page.locator('main a[href*="/articles/hostile-html/"]').first().waitFor({ timeout: 30_000 });
    await provoke(page);
    await page.waitForTimeout(500);
    expect(problems.dialogs).toEqual([]);
    const handlers = await page.evaluate(
      () =>
        [...document.querySelectorAll('main *')].filter((el) =>
          el.getAttributeNames().some((name) => /^on/i.test(name)),
        ).length,
    );
    expect(handlers).toBe(0);
  });
});
