/**
 * Checks of an article's Markdown text that need no analysis: quote marks that do not pair up, and
 * raw HTML (which the site sanitises, so it may not appear as written). A quotation left open at the
 * end of its paragraph is the engine's to report (it decides where that quote ends), so it is not
 * reported here again.
 */
import type { Root, RootContent, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from '../../analysis/document';
import type { Problem } from '../validate';

/** Where the body sits in its file, to turn Markdown positions into file positions. */
export interface BodySource {
  readonly file: string;
  readonly body: string;
  /** 1-based line of the file where the body starts. */
  readonly bodyLine: number;
}

export function lintBody(source: BodySource): Problem[] {
  const tree = parseMarkdown(source.body);
  return [...unbalancedQuotes(tree, source), ...rawHtml(tree, source)];
}

interface Mark {
  readonly char: string;
  readonly line: number;
  readonly column: number;
}

function unbalancedQuotes(tree: Root, source: BodySource): Problem[] {
  const problems: Problem[] = [];
  const blocks = tree.children;
  blocks.forEach((block, index) => {
    const paragraph = index + 1;
    const warn = (mark: Mark, message: string) =>
      problems.push(warning(source, mark, 'unbalanced-quotes', `paragraph ${paragraph}: ${message}`));
    let open: Mark | undefined;
    for (const mark of quoteMarks(block, source)) {
      if (mark.char === '“') {
        if (open)
          warn(
            mark,
            `this “ opens a quote while the one opened at line ${open.line}, column ${open.column} is still open`,
          );
        open = mark;
      } else if (mark.char === '”') {
        if (!open) warn(mark, 'this closing ” has no opening “ before it');
        open = undefined;
      } else {
        // A straight " closes whatever is open (sources mix "…” freely), else opens.
        open = open ? undefined : mark;
      }
    }
  });
  return problems;
}

function quoteMarks(block: RootContent, source: BodySource): Mark[] {
  const marks: Mark[] = [];
  visit(block, 'text', (node: Text) => {
    const start = node.position?.start;
    if (!start) return;
    const lines = node.value.split('\n');
    lines.forEach((text, lineIndex) => {
      for (const match of text.matchAll(/[“”"]/g)) {
        const column = (lineIndex === 0 ? start.column : 1) + match.index;
        marks.push({ char: match[0], line: source.bodyLine + start.line - 1 + lineIndex, column });
      }
    });
  });
  return marks;
}

function rawHtml(tree: Root, source: BodySource): Problem[] {
  const problems: Problem[] = [];
  tree.children.forEach((block, index) => {
    visit(block, 'html', (node) => {
      const start = node.position?.start;
      // Comments are editors' notes and never shown; a closing tag was reported with its opening one.
      if (!start || /^\s*<(!--|\/)/.test(node.value)) return;
      const tag = (node.value.trim().split('\n')[0] ?? '').slice(0, 60);
      const mark = { char: '', line: source.bodyLine + start.line - 1, column: start.column };
      const message =
        `paragraph ${index + 1}: raw HTML ${tag} will be sanitised when the site is built ` +
        '(scripts, styles and unknown tags are removed), so it may not appear as written: use Markdown instead';
      problems.push(warning(source, mark, 'raw-html', message));
    });
  });
  return problems;
}

function warning(source: BodySource, where: Mark, rule: Problem['rule'], message: string): Problem {
  return { file: source.file, line: where.line, column: where.column, field: '', message, severity: 'warning', rule };
}
