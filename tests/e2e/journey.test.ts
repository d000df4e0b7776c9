import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchPage } from './browser';
import { seedHeadline, seedQuote, seedSlug } from './seed';

const { root, subpath } = inject('sites');
const browser = useBrowser();
const clean = { errors: [], failedRequests: [], dialogs: [], foreignRequests: [] };

describe.each([
  ['at the domain root', root],
  ['under a sub-path', subpath],
])('a reader %s', (_label, site) => {
  it('goes from the home page to the article, to a quote’s speaker, and back to the quote’s paragraph', async () => {
    const page = await browser.openPage();
    const problems = watchPage(page, site.url);
    await page.goto(site.url);
    await page.getByRole('link', { name: seedHeadline }).first().click();
    await expect.poll(() => page.url()).toBe(`${site.url}articles/${seedSlug}/`);

    const speaker = page.locator(`main [data-quote] a[href="${site.base}people/${seedQuote.speaker}/"]`).first();
    await speaker.click();
    await expect.poll(() => page.url()).toBe(`${site.url}people/${seedQuote.speaker}/`);
    expect(await page.locator('main h1').innerText()).toBe(seedQuote.speakerName);

    const anchor = `${site.base}articles/${seedSlug}/#p-${seedQuote.paragraph}`;
    await page.locator(`main a[href="${anchor}"]`).first().click();
    await expect.poll(() => page.url()).toBe(`${site.url}articles/${seedSlug}/#p-${seedQuote.paragraph}`);
    const target = page.locator(':target');
    expect(await target.getAttribute('id')).toBe(`p-${seedQuote.paragraph}`);
    expect(await target.innerText()).toContain(seedQuote.text);
    expect(await target.isVisible()).toBe(true);
    const top = await target.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeLessThan(await page.evaluate(() => innerHeight));
    expect(problems).toEqual(clean);
  });

  it('follows the events timeline of the seed’s year to the paragraph that dates an event', async () => {
    const page = await browser.openPage();
    const problems = watchPage(page, site.url);
    await page.goto(`${site.url}events/`);
    const events = page.locator(`main a[href^="${site.base}articles/${seedSlug}/#p-"]`);
    // The timeline may be split by year: then the seed's events are on its year's page.
    if ((await events.count()) === 0) {
      await page.locator(`main a[href="${site.base}events/2023/"]`).first().click();
      await page.waitForURL(`${site.url}events/2023/`);
    }
    expect(await events.count()).toBeGreaterThan(0);
    const href = (await events.first().getAttribute('href')) ?? '';
    await events.first().click();
    await expect.poll(() => page.url()).toBe(new URL(href, site.url).href);
    expect(await page.locator(':target').getAttribute('id')).toBe(href.split('#')[1]);
    expect(problems).toEqual(clean);
  });

  it('finds the article by searching for “balloon”, without leaving the search page', async () => {
    const page = await browser.openPage();
    const problems = watchPage(page, site.url);
    await page.goto(`${site.url}search/`);
    await page.getByRole('searchbox').fill('balloon');
    const result = page.locator(`main a[href^="${site.base}articles/${seedSlug}/"]`).first();
    await result.waitFor({ state: 'visible', timeout: 30_000 });
    expect(new URL(page.url()).pathname).toBe(`${site.base}search/`);
    expect(problems).toEqual(clean);
  });
});
