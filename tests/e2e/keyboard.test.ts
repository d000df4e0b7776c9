import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser';
import { seedSlug } from './seed';

const { root } = inject('sites');
const article = `${root.url}articles/${seedSlug}/`;
const browser = useBrowser();

/** The focused element: what it is, and whether a reader can see that it has focus. */
interface Focused {
  readonly role: 'skip link' | 'main' | 'navigation' | 'quote speaker' | 'theme toggle' | 'other';
  readonly label: string;
  readonly visible: boolean;
  readonly indicated: boolean;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const roles = [
      ['skip link', '.skip-link'],
      ['main', 'main'],
      ['navigation', 'nav a'],
      ['quote speaker', '[data-quote] a'],
      ['theme toggle', '[data-theme-toggle]'],
    ] as const;
    const role = roles.find(([, selector]) => el.matches(selector))?.[0] ?? 'other';
    return {
      role,
      label: `${el.tagName.toLowerCase()} “${el.textContent?.trim().slice(0, 40) ?? ''}”`,
      visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
      indicated: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
    };
  });
}

describe('the article page, by keyboard alone', () => {
  it('offers the skip link first, visibly focused, and it moves focus to the main content', async () => {
    const page = await browser.openPage();
    await page.goto(article);
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first).toMatchObject({ role: 'skip link', visible: true, indicated: true });
    await page.keyboard.press('Enter');
    expect((await focused(page)).role).toBe('main');
  });

  it('reaches the navigation, the theme toggle and the quotes’ speakers in order, each visibly focused', async () => {
    const page = await browser.openPage();
    await page.goto(article);
    const stops: Focused[] = [];
    for (let i = 0; i < 150; i++) {
      await page.keyboard.press('Tab');
      const stop = await focused(page);
      if (stop.role === 'other' && stop.label.startsWith('body')) break;
      stops.push(stop);
    }
    const order = stops.map((stop) => stop.role);
    const firstSpeaker = order.indexOf('quote speaker');
    expect(order[0]).toBe('skip link');
    expect(order.indexOf('navigation')).toBeGreaterThan(0);
    expect(order.indexOf('theme toggle')).toBeGreaterThan(0);
    expect(firstSpeaker, order.join(', ')).toBeGreaterThan(order.indexOf('navigation'));
    const unseen = stops.filter((stop) => !stop.visible || !stop.indicated).map((stop) => stop.label);
    expect(unseen).toEqual([]);
  });
});
