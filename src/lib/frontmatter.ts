/**
 * Splits a Markdown file into its YAML frontmatter and body, keeping the YAML document (with positions)
 * so callers can point an editor at the exact line of a bad field.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { documentValue } from './yaml-data';

export interface SplitFile {
  /** The YAML between the `---` fences, or null when the file has no frontmatter. */
  readonly yaml: string | null;
  /** 1-based line of the first YAML line in the file. */
  readonly yamlLine: number;
  /** The Markdown after the frontmatter, with surrounding blank lines trimmed. */
  readonly body: string;
  /** 1-based line in the file where `body` starts. */
  readonly bodyLine: number;
}

const fence = /^---[ \t]*\r?$/;

export function splitFrontmatter(source: string): SplitFile {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  // Files saved on Windows end lines with CRLF; YAML and the body are read with plain line breaks.
  const lines = text.split(/\r\n?|\n/);
  if (lines.length === 0 || !fence.test(lines[0] ?? '')) {
    return { yaml: null, yamlLine: 1, ...trimBody(lines, 0) };
  }
  const close = lines.findIndex((line, index) => index > 0 && fence.test(line));
  if (close === -1) return { yaml: null, yamlLine: 1, ...trimBody(lines, 0) };
  return {
    yaml: lines.slice(1, close).join('\n'),
    yamlLine: 2,
    ...trimBody(lines, close + 1),
  };
}

function trimBody(lines: string[], from: number): { body: string; bodyLine: number } {
  let first = from;
  while (first < lines.length && (lines[first] ?? '').trim() === '') first++;
  return { body: lines.slice(first).join('\n').trim(), bodyLine: first + 1 };
}

export interface ParsedFrontmatter {
  readonly data: Record<string, unknown>;
  readonly document: Document | null;
  readonly lineCounter: LineCounter;
  readonly split: SplitFile;
}

/** Parses the frontmatter YAML; `data` is `{}` when there is none or it is not a mapping. */
export function readFrontmatter(source: string): ParsedFrontmatter {
  const split = splitFrontmatter(source);
  const lineCounter = new LineCounter();
  if (split.yaml === null) return { data: {}, document: null, lineCounter, split };
  const document = parseDocument(split.yaml, { lineCounter, prettyErrors: false });
  const value = documentValue(document);
  const data =
    value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return { data, document, lineCounter, split };
}
