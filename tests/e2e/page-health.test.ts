import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchPage } from './browser';
import { allPages, pageTypes } from './page-types';

const { root, subpath } = inject('sites');
const browser = useBrowser();
const clean = { errors: [], failedRequests: [], dialogs: [], foreignRequests: [] };

/** axe-core's violations on the page, one line each: rule, impact, what to fix, where. */
async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  const { violations } = await (rules ? builder.withRules(rules) : builder).analyze();
  return violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} at ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

describe('every page of the site', () => {
  it.each(allPages(root.dir))('/%s loads with no console error, failed or outside request', async (path) => {
    const page = await browser.openPage();
    const problems = watchPage(page, root.url);
    const response = await page.goto(`${root.url}${path}`, { waitUntil: 'networkidle' });
    expect(response?.status(), `${root.url}${path}`).toBe(200);
    expect(problems).toEqual(clean);
  });
});

describe.each(pageTypes(root.dir))('the $kind page ($path)', ({ path }) => {
  it('has no axe-core violation', async () => {
    const page = await browser.openPage({ colorScheme: 'light' });
    await page.goto(`${root.url}${path}`, { waitUntil: 'networkidle' });
    expect(await axeViolations(page)).toEqual([]);
  });

  // Only colours change between themes: the dark one is checked for contrast.
  it('has enough colour contrast in the dark theme', async () => {
    const page = await browser.openPage({ colorScheme: 'dark' });
    await page.goto(`${root.url}${path}`, { waitUntil: 'networkidle' });
    expect(await axeViolations(page, ['color-contrast'])).toEqual([]);
  });

  it('loads under a sub-path with no console error, failed or outside request', async () => {
    const page = await browser.openPage();
    const problems = watchPage(page, subpath.url);
    const response = await page.goto(`${subpath.url}${path}`, { waitUntil: 'networkidle' });
    expect(response?.status(), `${subpath.url}${path}`).toBe(200);
    expect(problems).toEqual(clean);
  });
});

describe('a missing address', () => {
  it('gets the 404 page, with status 404 and no axe-core violation', async () => {
    const page = await browser.openPage();
    const response = await page.goto(`${root.url}no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('main h1').innerText()).toBe('Page not found');
    expect(await axeViolations(page)).toEqual([]);
  });
});
