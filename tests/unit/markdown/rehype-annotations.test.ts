import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { fixturesDir, readFixture, renderAnnotated, renderPlain, renderThroughSite } from './render';

// UPDATE_FIXTURES=1 npx vitest run tests/unit/markdown rewrites each fixture's output.html.
const update = process.env['UPDATE_FIXTURES'] === '1';
const fixtures = readdirSync(fixturesDir).sort();

async function annotate(name: string) {
  const { markdown, analysis } = readFixture(name);
  return renderAnnotated(markdown, analysis);
}

async function annotated(name: string) {
  return load((await annotate(name)).html);
}

describe.each(fixtures)('rehypeAnnotations on fixture %s', (name) => {
  it('renders the expected HTML', async () => {
    const { html } = await annotate(name);
    const expectedFile = join(fixturesDir, name, 'output.html');
    if (update || !existsSync(expectedFile)) writeFileSync(expectedFile, html);
    expect(html).toBe(readFileSync(expectedFile, 'utf8'));
  });

  it('leaves the article text as written: only credits are added', async () => {
    const { markdown } = readFixture(name);
    const $ = await annotated(name);
    $('.quote-credit').remove();
    expect($.root().text()).toBe(
      load(await renderPlain(markdown))
        .root()
        .text(),
    );
  });

  it('releases the analysis so it is not stored twice', async () => {
    const { frontmatter } = await annotate(name);
    expect(frontmatter).not.toHaveProperty('analysis');
  });
});

describe('rehypeAnnotations', () => {
  it('marks a quote and credits its speaker after the closing mark, with how it was attributed', async () => {
    const $ = await annotated('speaker-credit');
    expect($('q[data-quote="q1"]').text()).toBe('I can’t give you a date because there’s no date set');
    expect($('q[data-quote="q1"]').attr('cite')).toBe('/people/jake-sullivan/');
    const credit = $('.quote-credit[data-quote="q1"]');
    expect(credit.find('a').attr('href')).toBe('/people/jake-sullivan/');
    expect(credit.find('a').text()).toBe('Jake Sullivan');
    expect(credit.find('.quote-credit__how').text()).toBe('pronoun');
    expect(credit[0]?.prev).toMatchObject({ type: 'text', data: ',”' });
    expect($('.quote-credit[data-quote="q2"] .quote-credit__how').text()).toBe('named');
    expect($('#p-2').html()).toMatch(/<\/q>”<span class="quote-credit"/);
  });

  it('wraps a quote that crosses emphasis and links without cutting those elements', async () => {
    const $ = await annotated('crosses-inline-elements');
    expect($('q[data-quote="q1"]').length).toBe(1);
    expect($('q[data-quote="q1"]').text()).toBe('not a retreat but a reset');
    expect($('q[data-quote="q1"] a[href="https://example.org/reset"]').text()).toBe('a reset');
    const parts = $('q[data-quote="q2"]');
    expect(parts.map((_i, el) => $(el).text()).get()).toEqual(['Never', ' again.']);
    expect($('em').length).toBe(2);
    expect($('.quote-credit').length).toBe(2);
  });

  it('shows anonymous and organisation speakers by their label, without a link', async () => {
    const $ = await annotated('anonymous-and-organisation');
    expect($('.quote-credit a').length).toBe(0);
    expect($('q[cite]').length).toBe(0);
    expect($('.quote-credit[data-quote="q1"] .quote-credit__speaker').text()).toBe('a U.S. official');
    expect($('.quote-credit[data-quote="q2"] .quote-credit__speaker').text()).toBe('Corvane Foods');
    expect($('.quote-credit[data-quote="q3"]').text()).toContain('unattributed');
  });

  it('links mentions, inside quotes too, but never inside another link', async () => {
    const $ = await annotated('mentions');
    const links = $('a.mention')
      .map((_i, el) => `${$(el).attr('href')} ${$(el).text()}`)
      .get();
    expect(links).toEqual([
      '/people/joe-biden/ President Biden',
      '/people/jake-sullivan/ Jake Sullivan',
      '/people/jake-sullivan/ Sullivan',
      '/people/antony-blinken/ Blinken',
    ]);
    expect($('q a.mention').text()).toBe('President Biden');
    expect($('a a').length).toBe(0);
    // The recorded offset picks the nearer of two occurrences.
    expect($('#p-2').html()).toContain('would travel. <a class="mention"');
  });

  it('leaves the HTML untouched when no text is found', async () => {
    const { markdown } = readFixture('not-found');
    const { html } = await annotate('not-found');
    expect(html).toBe(await renderPlain(markdown));
  });

  it('puts a quote over several paragraphs in a block quote with the credit as its caption', async () => {
    const $ = await annotated('block-quote');
    const quote = $('figure.quote-block > blockquote[data-quote="q1"]');
    expect(
      quote
        .children('p')
        .map((_i, el) => $(el).attr('id'))
        .get(),
    ).toEqual(['p-2', 'p-3']);
    expect(quote.attr('cite')).toBe('/people/evan-medeiros/');
    expect($('figure.quote-block > figcaption a').attr('href')).toBe('/people/evan-medeiros/');
    expect($('#p-1').closest('figure').length).toBe(0);
    expect($('#p-4').closest('figure').length).toBe(0);
  });

  it('credits a quote interrupted by its attribution once, after its last part', async () => {
    const $ = await annotated('interrupted-quote');
    expect($('q').length).toBe(2);
    expect($('.quote-credit').length).toBe(1);
    expect($('.quote-credit').attr('data-quote')).toBe('q2');
  });

  it('writes names and ids as text, never as markup', async () => {
    const $ = await annotated('escaping');
    expect($('script, img').length).toBe(0);
    expect($('q').attr('data-speaker')).toBe('x"><script>alert(1)</script>');
    expect($('.quote-credit a').text()).toBe('<img src=x onerror=alert(1)>');
    expect($('a.mention').attr('href')).toBe('/people/javascript:alert(1)/');
  });

  it('through the site’s pipeline, HTML filter included: its marks survive and an author cannot forge a credit', async () => {
    const { analysis } = readFixture('speaker-credit');
    const forged =
      '<span class="quote-credit"><a class="quote-credit__speaker" href="/people/joe-biden/">Joe Biden</a></span>';
    const $ = load(
      await renderThroughSite(`“I can’t give you a date because there’s no date set,” he said. ${forged}`, analysis),
    );
    expect($('q[data-quote="q1"]').text()).toBe('I can’t give you a date because there’s no date set');
    expect($('.quote-credit').length).toBe(1);
    expect($('.quote-credit a').attr('href')).toBe('/people/jake-sullivan/');
    expect($('.visually-hidden').length).toBe(2);
  });
});
