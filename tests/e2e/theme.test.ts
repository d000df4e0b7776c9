import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchPage } from './browser';
import { seedSlug } from './seed';

const { root } = inject('sites');
const article = `${root.url}articles/${seedSlug}/`;
const browser = useBrowser();

const themeOf = (page: Page) => page.evaluate(() => document.documentElement.dataset['theme'] ?? 'system');
/** The state shown beside the toggle's name: "on" or "off". */
const shownState = (page: Page) => page.locator('[data-theme-toggle] .theme-toggle__state:visible').innerText();
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('the theme toggle', () => {
  it('switches light to dark and back, says which is on, and remembers the choice across pages', async () => {
    const page = await browser.openPage({ colorScheme: 'light' });
    const problems = watchPage(page, root.url);
    await page.goto(article);
    // A toggle button keeps its name; its state is aria-pressed, and shown as "on"/"off" beside the name.
    const toggle = page.getByRole('button', { name: 'Dark theme', exact: true });
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await shownState(page)).toBe('off');
    const light = await background(page);

    await toggle.click();
    expect(await themeOf(page)).toBe('dark');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await shownState(page)).toBe('on');
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
    expect(await shownState(page)).toBe('on');
    const systemDark = await background(page);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background(page)).not.toBe(systemDark);
    // The script hears of the change from a media-query event, after the styles have followed it.
    await expect.poll(() => page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).toBe('false');
    expect(await shownState(page)).toBe('off');
  });

  it('is not shown when JavaScript is off, since it could not work', async () => {
    const page = await browser.openPage({ javaScriptEnabled: false });
    await page.goto(article);
    expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(false);
  });
});
