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
  | 'paragraph'
  | 'heading'
  | 'list'
  | 'blockquote'
  | 'table'
  | 'code'
  | 'html'
  | 'thematicBreak'
  | 'other';

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

export function readDocument(body: string): ArticleDocument {
  const tree = parseMarkdown(body);
  const paragraphs = tree.children.map((node, index) => toParagraph(node, index + 1, body.length));
  return { body, paragraphs };
}

function toParagraph(node: RootContent, n: number, bodyLength: number): Paragraph {
  return {
    n,
    kind: blockKind(node),
    text: visibleText(node),
    start: node.position?.start.offset ?? 0,
    end: node.position?.end.offset ?? bodyLength,
  };
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
