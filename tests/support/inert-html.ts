/**
 * Finds what in a built page could run script or take over the page, in markup made from content we do
 * not trust. The hostile fixtures make every payload call `alert(...)`, so a payload that survives as
 * script shows up by that name; the rest are checked by what they are (handlers, script URLs, frames).
 */
import type { CheerioAPI } from 'cheerio';

const urlAttributes = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background', 'cite'];

/** Elements an article's text must never produce: they run script, load documents or redirect the page. */
const activeElements =
  'script, iframe, frame, object, embed, applet, form, base, meta, link, style, svg, math, template';

/** Problems in the whole page: event handlers, script URLs, script elements carrying a payload. */
export function activeMarkup($: CheerioAPI): string[] {
  const problems: string[] = [];
  $('*').each((_i, element) => {
    if (element.type !== 'tag' && element.type !== 'script' && element.type !== 'style') return;
    const tag = element.tagName;
    for (const [name, value] of Object.entries(element.attribs)) {
      if (/^on/i.test(name)) problems.push(`<${tag}> has an event handler ${name}="${value}"`);
      if (name === 'srcdoc') problems.push(`<${tag}> has srcdoc`);
      if (urlAttributes.includes(name) && isScriptUrl(value)) problems.push(`<${tag} ${name}="${value}">`);
    }
  });
  // JSON-LD is data: its escaping is checked on its own.
  $('script:not([type="application/ld+json"])').each((_i, element) => {
    const code = $(element).text();
    if (code.includes('alert(')) problems.push(`a <script> runs content: ${code.slice(0, 80)}`);
  });
  $('meta[http-equiv]').each((_i, element) => {
    const kind = $(element).attr('http-equiv')?.toLowerCase();
    if (kind === 'refresh') problems.push('a <meta http-equiv="refresh"> redirects the page');
  });
  if ($('base').length > 0) problems.push('a <base> element changes where links go');
  return problems;
}

/** Problems inside the element holding an article's text (the parent of `#p-1`): any active element. */
export function activeElementsInText($: CheerioAPI): string[] {
  const text = $('#p-1').parent();
  if (text.length === 0) return ['no #p-1: the article text was not found'];
  return text
    .find(activeElements)
    .map((_i, element) => `<${element.tagName}> in the article text`)
    .get();
}

/** A URL that runs script or embeds a document when followed, however it is spelt. */
export function isScriptUrl(value: string): boolean {
  // Browsers ignore ASCII whitespace and control characters inside the scheme.
  // eslint-disable-next-line no-control-regex
  const scheme = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return /^(javascript|vbscript|data):/.test(scheme);
}
