/**
 * Stage 1: Markdown body -> numbered paragraphs of reader-visible text.
 *
 * Paragraph N is the N-th top-level block of the mdast tree (headings, lists, block quotes and tables
 * count as one each), which is what "split at blank lines" means for well-formed Markdown. The site's
 * remark plugin numbers the same top-level blocks, so `#p-N` anchors agree with the analysis.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export type BlockKind =
  'paragraph' | 'heading' | 'list' | 'blockquote' | 'table' | 'code' | 'html' | 'thematicBreak' | 'other';

export interface Paragraph {
  /** 1-based paragraph number. */
  readonly n: number;
  readonly kind: BlockKind;
  /**
   * What a reader sees: text of the block with Markdown syntax removed (`*really*` -> `really`,
   * `[the paper](url)` -> `the paper`). Child blocks (list items, paragraphs of a block quote) are
   * joined with "\n". Code and raw HTML have no analysable text and are empty.
   */
  readonly text: string;
  /** Offsets of the block in the body. */
  readonly start: number;
  readonly end: number;
}

export interface ArticleDocument {
  readonly body: string;
  readonly paragraphs: readonly Paragraph[];
}

const parser = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(body: string): Root {
  return parser.parse(body);
}

/**
 * Reads the body's paragraphs. Bodies made only of plain paragraphs (the usual news article) take a fast
 * path that gives exactly what the Markdown parser gives; a paragraph with inline Markdown (emphasis,
 * links, code, entities, HTML) is parsed on its own, and anything else (headings, lists, block quotes,
 * code, tables, definitions) sends the whole body through the parser.
 */
export function readDocument(body: string): ArticleDocument {
  return readPlainDocument(body) ?? readMarkdownDocument(body);
}

/** The body's paragraphs as the Markdown parser reads them (the reference `readDocument` must match). */
export function readMarkdownDocument(body: string): ArticleDocument {
  const tree = parseMarkdown(body);
  const paragraphs = tree.children.map((node, index) => toParagraph(node, index + 1, body.length, 0));
  return { body, paragraphs };
}

function toParagraph(node: RootContent, n: number, bodyLength: number, offset: number): Paragraph {
  return {
    n,
    kind: blockKind(node),
    text: visibleText(node),
    start: (node.position?.start.offset ?? 0) + offset,
    end: node.position?.end.offset !== undefined ? node.position.end.offset + offset : bodyLength,
  };
}

const SPACE = 32;
const TAB = 9;

/** Characters that may start a block construct when they open a line. */
const BLOCK_STARTERS = new Set(['#', '>', '-', '*', '+', '=', '_', '|', '`', '~', '<', '[', ':']);

/** Characters that may make inline Markdown inside a paragraph. */
function hasInlineMarkup(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    switch (text.charCodeAt(i)) {
      case 42: // *
      case 95: // _
      case 96: // `
      case 91: // [
      case 93: // ]
      case 60: // <
      case 62: // >
      case 38: // &
      case 92: // \
      case 126: // ~
        return true;
      default:
        break;
    }
  }
  return false;
}

/** Whole-body characters the fast path leaves to the parser (line endings, BOM, NUL, odd whitespace). */
function hasAwkwardCharacters(body: string): boolean {
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 13 || c === 0 || c === 0xfeff || c === 11 || c === 12) return true;
  }
  return false;
}

/**
 * The fast path: blank-line separated blocks that are plain paragraphs. Returns null when the body has
 * anything a paragraph split cannot reproduce exactly.
 */
function readPlainDocument(body: string): ArticleDocument | null {
  if (hasAwkwardCharacters(body)) return null;
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  let block: { start: number; lines: [number, number][] } | null = null;
  const flush = (): boolean => {
    if (!block) return true;
    const paragraph = plainParagraph(body, block.lines, paragraphs.length + 1);
    block = null;
    if (!paragraph) return false;
    paragraphs.push(paragraph);
    return true;
  };
  while (lineStart <= body.length) {
    let lineEnd = body.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = body.length;
    let first = lineStart;
    while (first < lineEnd && (body.charCodeAt(first) === SPACE || body.charCodeAt(first) === TAB)) first++;
    if (first === lineEnd) {
      if (!flush()) return null;
    } else {
      const indent = first - lineStart;
      if (body.slice(lineStart, first).includes('\t')) return null;
      if (!block && indent >= 4) return null; // indented code
      if (BLOCK_STARTERS.has(body.charAt(first)) || startsOrderedList(body, first, lineEnd)) return null;
      if (!block) block = { start: first, lines: [] };
      block.lines.push([first, lineEnd]);
    }
    if (lineEnd >= body.length) break;
    lineStart = lineEnd + 1;
  }
  if (!flush()) return null;
  return { body, paragraphs };
}

/** "1986. " or "2) " at the start of a line opens an ordered list. */
function startsOrderedList(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && i - from < 10 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  if (i === from || i - from > 9) return false;
  const c = text.charCodeAt(i);
  if (c !== 46 && c !== 41) return false;
  return i + 1 >= to || text.charCodeAt(i + 1) === SPACE || text.charCodeAt(i + 1) === TAB;
}

/** A plain paragraph from its lines ([first non-space, line end] each). */
function plainParagraph(body: string, lines: readonly [number, number][], n: number): Paragraph | null {
  const firstLine = lines[0];
  const lastLine = lines[lines.length - 1];
  if (!firstLine || !lastLine) return null;
  const start = firstLine[0];
  const end = lastLine[1];
  if (hasInlineMarkup(body, start, end)) {
    // inline Markdown: let the parser read this paragraph alone
    const tree = parseMarkdown(body.slice(start, end));
    const only = tree.children[0];
    if (tree.children.length !== 1 || !only || only.type !== 'paragraph') return null;
    return toParagraph(only, n, end, start);
  }
  const parts: string[] = [];
  for (const [from, to] of lines) {
    let e = to;
    while (e > from && (body.charCodeAt(e - 1) === SPACE || body.charCodeAt(e - 1) === TAB)) e--;
    parts.push(body.slice(from, e));
  }
  return { n, kind: 'paragraph', text: parts.join('\n'), start, end };
}

function blockKind(node: RootContent): BlockKind {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'list':
    case 'blockquote':
    case 'table':
    case 'code':
    case 'html':
    case 'thematicBreak':
      return node.type;
    default:
      return 'other';
  }
}

const blockTypes = new Set([
  'paragraph',
  'heading',
  'list',
  'listItem',
  'blockquote',
  'table',
  'tableRow',
  'tableCell',
  'code',
  'html',
  'thematicBreak',
  'definition',
  'footnoteDefinition',
]);

/** Reader-visible text of a node, the same characters the rendered HTML shows. */
export function visibleText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'code':
    case 'html':
    case 'image':
    case 'imageReference':
    case 'definition':
    case 'footnoteReference':
    case 'footnoteDefinition':
    case 'thematicBreak':
    case 'yaml':
      return '';
    default:
      break;
  }
  if (!('children' in node)) return '';
  const children = node.children as Nodes[];
  const isBlockContainer = children.some((child) => blockTypes.has(child.type));
  const parts = children.map((child) => visibleText(child));
  return isBlockContainer ? parts.filter((part) => part !== '').join('\n') : parts.join('');
}
