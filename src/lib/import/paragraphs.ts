/**
 * Restores the paragraphs of an article pasted as plain text (copied from a web page, often on a few
 * long lines), and finds the lines that are the page's furniture rather than the story.
 *
 * - A blank line ends a paragraph; other line breaks are wrapping. In text without blank lines, a line
 *   that ends a sentence ends a paragraph, and one that stops mid-sentence is joined to the next.
 * - Furniture ("Subscribe to …", "ArrowRight") injected between two paragraphs ends the one before it.
 * - A paragraph far longer than news paragraphs run is split where a sentence ends and a quotation
 *   begins, the usual place a new paragraph starts in news copy.
 */
import { isBoilerplate, isInterfaceResidue } from './boilerplate';

export interface Boilerplate {
  readonly text: string;
  /** 1-based line of the pasted text it was found on. */
  readonly line: number;
}

export interface RestoredText {
  /** The story's paragraphs, without the furniture when it was stripped. */
  readonly paragraphs: string[];
  readonly boilerplate: Boilerplate[];
}

/** Longer than any news paragraph runs (the seed article's longest has 93 words). */
const longParagraphWords = 150;

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

export function restoreParagraphs(pasted: string, options: { stripBoilerplate: boolean }): RestoredText {
  const text = pasted.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const paragraphs: string[] = [];
  const boilerplate: Boilerplate[] = [];
  let searchFrom = 0;
  const lineOf = (piece: string) => {
    const at = text.indexOf(piece, searchFrom);
    if (at !== -1) searchFrom = at + piece.length;
    return text.slice(0, Math.max(at, 0)).split('\n').length;
  };

  for (const block of blocksOf(text)) {
    let story: string[] = [];
    const flush = () => {
      if (story.length > 0) paragraphs.push(...splitLong(story.join(' ')));
      story = [];
    };
    let furniture: string[] = [];
    for (const piece of piecesOf(block)) {
      if (!isBoilerplate(piece)) {
        if (furniture.length > 0 && !options.stripBoilerplate) paragraphs.push(furniture.join(' '));
        furniture = [];
        story.push(piece);
        continue;
      }
      boilerplate.push({ text: piece, line: lineOf(piece) });
      flush();
      furniture.push(piece);
    }
    flush();
    if (furniture.length > 0 && !options.stripBoilerplate) paragraphs.push(furniture.join(' '));
  }
  return { paragraphs, boilerplate };
}

/**
 * Blocks that can only be separate paragraphs. Text with blank lines has its paragraphs marked, and
 * its other line breaks are wrapping; text without any marks a paragraph's end where a line ends a sentence.
 */
function blocksOf(text: string): string[] {
  const chunks = text
    .split(/\n[ \t\u00a0]*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '');
  if (chunks.length > 1) return chunks.map((chunk) => chunk.split(/\s*\n\s*/).join(' '));
  const blocks: string[] = [];
  let current: string[] = [];
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (line === '') continue;
    current.push(line);
    if (/[.!?…:]["”’)\]]*$/.test(line)) {
      blocks.push(current.join(' '));
      current = [];
    }
  }
  if (current.length > 0) blocks.push(current.join(' '));
  return blocks;
}

/** Sentences, with icon names a scraper glued to a sentence's edge split off as pieces of their own. */
function piecesOf(block: string): string[] {
  return [...sentences.segment(block)].flatMap(({ segment }) => {
    const words = segment.trim().split(/\s+/);
    const leading: string[] = [];
    const trailing: string[] = [];
    while (words.length > 1 && isInterfaceResidue(words[0] ?? '')) leading.push(words.shift() ?? '');
    while (words.length > 1 && isInterfaceResidue(words.at(-1) ?? '')) trailing.unshift(words.pop() ?? '');
    return [...leading, words.join(' '), ...trailing].filter((piece) => piece !== '');
  });
}

/** A very long paragraph, split before each sentence that opens with a quotation mark. */
function splitLong(paragraph: string): string[] {
  if (paragraph.split(/\s+/).length <= longParagraphWords) return [paragraph];
  const parts: string[] = [];
  for (const { segment } of sentences.segment(paragraph)) {
    const sentence = segment.trim();
    if (parts.length === 0 || /^["“]/.test(sentence)) parts.push(sentence);
    else parts[parts.length - 1] = `${parts.at(-1) ?? ''} ${sentence}`;
  }
  return parts;
}
