/**
 * Marks the article's analysis in its HTML: each quote becomes a `<q>` (a block quote when it runs over
 * several paragraphs) followed by a credit naming its speaker, and each mention of a person links to
 * their page. It reads the analysis the loader stored (`analysisOf`) and decides nothing about language:
 * it finds each text inside element `#p-N` and wraps it. A text it cannot find is left as it is.
 *
 * Security: every name and label goes into text nodes; the plugin adds no raw HTML. A sanitiser that
 * runs after it must keep its classes and `data-*` attributes (the site's filter does, and refuses them
 * to an author's HTML).
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { ArticleAnalysis, MentionRecord, QuoteRecord } from '../analysis/schema';
import { analysisOf, releaseAnalysis } from './analysis-frontmatter';
import { blockQuote, inlineQuote, quoteCredit, type PersonUrl } from './quote-credit';
import { insertAt, rangeTouches, visibleText, wrapRange } from './text-range';

export interface RehypeAnnotationsOptions {
  /** Address of a person's page, base included: `(id) => '/people/' + id + '/'`. */
  readonly personUrl: PersonUrl;
}

type FileWithAnalysis = Parameters<typeof analysisOf>[0];

export function rehypeAnnotations(options: RehypeAnnotationsOptions) {
  return (tree: Root, file: FileWithAnalysis): void => {
    const analysis = analysisOf(file);
    if (analysis) annotate(tree, analysis, options.personUrl);
    releaseAnalysis(file);
  };
}

interface Range {
  readonly start: number;
  readonly end: number;
}

function annotate(tree: Root, analysis: ArticleAnalysis, personUrl: PersonUrl): void {
  const paragraphs = paragraphElements(tree);
  const blockQuotes = analysis.quotes.filter((quote) => (quote.endParagraph ?? quote.paragraph) > quote.paragraph);
  const inlineQuotes = analysis.quotes.filter((quote) => !blockQuotes.includes(quote));

  for (const [n, element] of paragraphs) {
    const quotes = inlineQuotes.filter((quote) => quote.paragraph === n);
    const mentions = analysis.mentions.filter((mention) => mention.paragraph === n);
    if (quotes.length > 0 || mentions.length > 0) {
      annotateParagraph(element, quotes, mentions, analysis.quotes, personUrl);
    }
  }
  for (const quote of blockQuotes) wrapBlockQuote(tree, paragraphs, quote, personUrl);
}

/** Elements `#p-N` by N. */
function paragraphElements(tree: Root): Map<number, Element> {
  const found = new Map<number, Element>();
  visit(tree, 'element', (element) => {
    const match = /^p-(\d+)$/.exec(String(element.properties['id'] ?? ''));
    if (match) found.set(Number(match[1]), element);
  });
  return found;
}

function annotateParagraph(
  element: Element,
  quotes: readonly QuoteRecord[],
  mentions: readonly MentionRecord[],
  allQuotes: readonly QuoteRecord[],
  personUrl: PersonUrl,
): void {
  // Every offset is planned on the original text: wrapping leaves the text as it is, and the credits,
  // which add text, go in last and from the end backwards.
  const text = visibleText(element);
  const placed: { quote: QuoteRecord; range: Range }[] = [];
  let cursor = 0;
  for (const quote of quotes) {
    const range = findText(text, quote.text, cursor) ?? findText(text, quote.text, 0);
    if (!range || placed.some((other) => overlaps(other.range, range))) continue;
    placed.push({ quote, range });
    cursor = range.end;
  }
  for (const { quote, range } of placed)
    wrapRange(element, range.start, range.end, () => inlineQuote(quote, personUrl));

  const quoteRanges = placed.map(({ range }) => range);
  const linked: Range[] = [];
  for (const mention of mentions) {
    const range = findMention(text, mention);
    if (!range || linked.some((other) => overlaps(other, range))) continue;
    if (quoteRanges.some((quote) => crosses(quote, range))) continue;
    if (rangeTouches(element, range.start, range.end, (node) => node.tagName === 'a')) continue;
    wrapRange(element, range.start, range.end, () => mentionLink(mention, personUrl));
    linked.push(range);
  }

  const credits = placed
    .filter(({ quote }) => !continuesInGroup(quote, allQuotes))
    .map(({ quote, range }) => ({ quote, offset: afterClosingMark(text, range.end) }))
    .sort((a, b) => b.offset - a.offset);
  for (const { quote, offset } of credits) insertAt(element, offset, quoteCredit(quote, personUrl));
}

function mentionLink(mention: MentionRecord, personUrl: PersonUrl): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['mention'], href: personUrl(mention.person), dataPerson: mention.person },
    children: [],
  };
}

/** A quote interrupted by its attribution (“…,” she said, “…”) is credited once, after its last part. */
function continuesInGroup(quote: QuoteRecord, allQuotes: readonly QuoteRecord[]): boolean {
  if (quote.group === undefined) return false;
  const index = allQuotes.indexOf(quote);
  return allQuotes.slice(index + 1).some((later) => later.group === quote.group && later.speaker === quote.speaker);
}

/** The credit goes after the closing quotation mark, and after punctuation just inside it (`set,”`). */
function afterClosingMark(text: string, end: number): number {
  const mark = /^[,.;:!?…]?["”’'»]/.exec(text.slice(end, end + 2));
  return end + (mark?.[0].length ?? 0);
}

/** Where `needle` occurs from `from` on; runs of white space may differ (a soft line break for a space). */
function findText(text: string, needle: string, from: number): Range | undefined {
  if (needle.trim() === '') return undefined;
  const exact = text.indexOf(needle, from);
  if (exact >= 0) return { start: exact, end: exact + needle.length };
  const words = needle.trim().split(/\s+/).map(escapeRegExp);
  const loose = new RegExp(words.join('\\s+'), 'g');
  loose.lastIndex = from;
  const match = loose.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

/** The mention at its recorded offset, else its occurrence nearest that offset. */
function findMention(text: string, mention: MentionRecord): Range | undefined {
  let best: number | undefined;
  for (let at = text.indexOf(mention.text); at >= 0; at = text.indexOf(mention.text, at + 1)) {
    if (best === undefined || Math.abs(at - mention.start) < Math.abs(best - mention.start)) best = at;
  }
  return best === undefined ? undefined : { start: best, end: best + mention.text.length };
}

const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;
const crosses = (a: Range, b: Range): boolean => overlaps(a, b) && !(b.start >= a.start && b.end <= a.end);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Wraps top-level paragraphs N..endParagraph in a block quote when they are siblings and the quote's
 * first and last words are in its first and last paragraph.
 */
function wrapBlockQuote(tree: Root, paragraphs: Map<number, Element>, quote: QuoteRecord, personUrl: PersonUrl): void {
  const first = paragraphs.get(quote.paragraph);
  const last = paragraphs.get(quote.endParagraph ?? quote.paragraph);
  if (!first || !last) return;
  const from = tree.children.indexOf(first);
  const to = tree.children.indexOf(last);
  if (from < 0 || to < from) return;
  const words = quote.text.trim().split(/\s+/);
  const opening = words.slice(0, 3).join(' ');
  const closing = words.slice(-3).join(' ');
  if (!findText(visibleText(first), opening, 0) || !findText(visibleText(last), closing, 0)) return;
  const inside = tree.children.slice(from, to + 1).filter((node): node is ElementContent => node.type !== 'doctype');
  tree.children.splice(from, to - from + 1, blockQuote(quote, inside, personUrl));
}
