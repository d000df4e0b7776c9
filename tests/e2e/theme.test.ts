import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchPage } from './browser';
import { seedSlug } from './seed';

const { root } = inject('sites');
const article = `${root.url}articles/${seedSlug}/`;
const browser = useBrowser();

const themeOf = (page: Page) => page.evaluate(() => document.documentElement.dataset['theme'] ?? 'system');
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('the theme toggle', () => {
  it('switches light to dark and back, says which is on, and remembers the choice across pages', async () => {
    const page = await browser.openPage({ colorScheme: 'light' });
    const problems = watchPage(page, root.url);
    await page.goto(article);
    const toggle = page.locator('[data-theme-toggle]');
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const light = await background(page);

    await toggle.click();
    expect(await themeOf(page)).toBe('dark');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const dark = await background(page);
    expect(dark).not.toBe(light);

    await page.goto(root.url);
    expect(await themeOf(page)).toBe('dark');
    expect(await background(page)).toBe(dark);
    await page.locator('[data-theme-toggle]').click();
    expect(await themeOf(page)).toBe('light');
    await page.reload();
    expect(await background(page)).toBe(light);
    expect(problems).toMatchObject({ errors: [], failedRequests: [], dialogs: [] });
  });

  it('follows the system’s dark mode until the reader chooses', async () => {
    const page = await browser.openPage({ colorScheme: 'dark' });
    await page.goto(article);
    expect(await page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).toBe('true');
    const systemDark = await background(page);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background(page)).not.toBe(systemDark);
  });

  it('is not shown when JavaScript is off, since it could not work', async () => {
    const page = await browser.openPage({ javaScriptEnabled: false });
    await page.goto(article);
    expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(false);
  });
});
