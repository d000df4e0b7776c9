/**
 * Quotation spans: where quoted words are, before anyone decides whether they are speech or whose.
 *
 * Marks: curly “…”, straight "…" (open or close told by what flanks them), mixed pairs (a straight
 * opening closed by a curly ”), British ‘…’ (a ’ between letters is an apostrophe; a ’ after an s and
 * before a lower-case word may be a plural possessive, so a later closing mark is preferred), and
 * guillemets «…». Marks of another family inside a quote are nested and belong to it.
 *
 * A quote left open at the end of a paragraph continues only when the next paragraph opens with a mark
 * of the same family (the multi-paragraph convention); otherwise it is bounded by its paragraph, so an
 * unbalanced mark never swallows the rest of the article. Markdown block quotes without marks and Q&A
 * answers (`A: …`) are quotes as a whole.
 */
import { isDigit, isLetter, isLower, isSpace } from './tokens';

export type QuoteFamily = 'double' | 'single' | 'guillemet' | 'block' | 'answer';

/** Where one paragraph's share of a quote lies: offsets of its inner text (marks excluded, trimmed). */
export interface QuotePart {
  /** 0-based paragraph index. */
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

export interface QuoteSpan {
  readonly family: QuoteFamily;
  readonly parts: readonly QuotePart[];
  /** Offset of the opening mark in the first part's paragraph (the inner start when unmarked). */
  readonly open: number;
  /** Offset just after the closing mark in the last part's paragraph (the inner end when unmarked). */
  readonly close: number;
  /** False when no closing mark was found before the paragraph ended. */
  readonly closed: boolean;
  /** Text reproduced as written, parts joined by a space. */
  readonly text: string;
  /** A credit line under a block quote ("— Jane Doe"): offsets in the paragraph. */
  readonly credit?: { readonly start: number; readonly end: number } | undefined;
  /** A transcript's speaker label ("SMITH" in `SMITH: We disagree.`). */
  readonly label?: string | undefined;
}

export interface QuoteParagraph {
  readonly text: string;
  readonly kind: string;
  /** The paragraph's Markdown source, when known (to tell a bold question from plain text). */
  readonly raw?: string | undefined;
}

type MarkFamily = 'double' | 'single' | 'guillemet';

interface Mark {
  readonly pos: number;
  readonly family: MarkFamily;
  readonly open: boolean;
  readonly close: boolean;
  /** A closing candidate that may be a plural possessive (supporters’ trust). */
  readonly weak: boolean;
}

const at = (text: string, i: number): string => (i >= 0 && i < text.length ? (text[i] as string) : '');
const OPEN_CONTEXT = '([{\u2014\u2013-/\u201c\u2018\u00ab"\'';
const CLOSE_CONTEXT = '.,;:!?)]}\u2014\u2013-\u201d\u2019\u00bb"\'\u2026';
const ELISIONS = new Set(['em', 'til', 'cause', 'n', 'tis', 'twas', 'bout', 'round', 'til']);

function isQuoteChar(ch: string): boolean {
  return (
    ch === '"' ||
    ch === "'" ||
    ch === '\u201c' ||
    ch === '\u201d' ||
    ch === '\u2018' ||
    ch === '\u2019' ||
    ch === '\u00ab' ||
    ch === '\u00bb' ||
    ch === '\u201e'
  );
}

/** The quotation marks of a paragraph, classified by what flanks them. */
export function classifyMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  for (let pos = 0; pos < text.length; pos++) {
    const ch = at(text, pos);
    if (!isQuoteChar(ch)) continue;
    const prev = at(text, pos - 1);
    const next = at(text, pos + 1);
    const leftFlank = next !== '' && !isSpace(next) && (prev === '' || isSpace(prev) || OPEN_CONTEXT.includes(prev));
    const rightFlank = prev !== '' && !isSpace(prev) && (next === '' || isSpace(next) || CLOSE_CONTEXT.includes(next));
    switch (ch) {
      case '\u201c':
      case '\u201e':
        if (next !== '' && !isSpace(next)) marks.push({ pos, family: 'double', open: true, close: false, weak: false });
        else if (ch === '\u201c' && rightFlank)
          marks.push({ pos, family: 'double', open: false, close: false, weak: false });
        break;
      case '\u201d':
        marks.push({ pos, family: 'double', open: false, close: prev !== '' && !isSpace(prev), weak: false });
        break;
      case '"':
        if (leftFlank || rightFlank)
          marks.push({ pos, family: 'double', open: leftFlank, close: rightFlank, weak: false });
        break;
      case '\u00ab':
        if (next !== '') marks.push({ pos, family: 'guillemet', open: true, close: false, weak: false });
        break;
      case '\u00bb':
        if (prev !== '') marks.push({ pos, family: 'guillemet', open: false, close: true, weak: false });
        break;
      case '\u2018':
        if (leftFlank && !isDigit(next)) marks.push({ pos, family: 'single', open: true, close: false, weak: false });
        else if (rightFlank && !isLetter(next))
          marks.push({ pos, family: 'single', open: false, close: true, weak: false });
        break;
      case '\u2019':
      case "'": {
        if (isLetter(prev) && isLetter(next)) break; // apostrophe: can’t, O’Brien
        const open = ch === "'" && leftFlank && !isDigit(next) && !isElision(text, pos + 1);
        const close = rightFlank;
        if (!open && !close) break;
        const weak = close && (prev === 's' || prev === 'S') && isSpace(next) && isLower(at(text, pos + 2));
        marks.push({ pos, family: 'single', open, close, weak });
        break;
      }
      default:
        break;
    }
  }
  return marks;
}

function isElision(text: string, from: number): boolean {
  let e = from;
  while (e < text.length && isLetter(at(text, e))) e++;
  return ELISIONS.has(text.slice(from, e).toLowerCase());
}

interface OpenQuote {
  readonly family: MarkFamily;
  readonly open: number;
  readonly parts: QuotePart[];
  /** Where the current paragraph's inner text starts. */
  innerStart: number;
  depth: number;
}

/** Every quotation span of a document's paragraphs, in reading order. */
export function findQuoteSpans(paragraphs: readonly QuoteParagraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const answers = answerParagraphs(paragraphs);
  const labels =
    answers.size === 0 ? transcriptLabels(paragraphs) : new Map<number, { label: string; start: number }>();
  for (const [pi, { start }] of labels) answers.set(pi, start);
  let carry: OpenQuote | null = null;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const paragraph = paragraphs[pi];
    if (paragraph === undefined) continue;
    const text = paragraph.text;
    const answerStart = answers.get(pi);
    if (answerStart !== undefined) {
      carry = null;
      const span = unmarkedSpan(text, pi, answerStart, 'answer');
      const label = labels.get(pi)?.label;
      if (span) spans.push(label ? { ...span, label } : span);
      continue;
    }
    const marks = classifyMarks(text);
    let open: OpenQuote | null = null;
    let k = 0;
    if (carry) {
      const first = marks[0];
      open = carry;
      open.innerStart = first ? first.pos + 1 : 0;
      k = 1;
      carry = null;
    }
    const before = spans.length;
    for (; k < marks.length; k++) {
      const mark = marks[k] as Mark;
      if (open === null) {
        if (mark.open) open = { family: mark.family, open: mark.pos, parts: [], innerStart: mark.pos + 1, depth: 0 };
        continue;
      }
      if (mark.family !== open.family) continue;
      // „German style“: a quote opened low closes with a high opening mark
      const lowOpened = open.parts.length === 0 && at(text, open.open) === '\u201e';
      if (lowOpened && at(text, mark.pos) === '\u201c' && open.depth === 0) {
        const span = finish(open, text, pi, mark.pos, mark.pos + 1, true);
        if (span) spans.push(span);
        open = null;
        continue;
      }
      if (mark.close) {
        if (mark.weak && hasLaterClose(marks, k, open.family)) continue;
        if (open.depth > 0 && !(mark.open && mark.close)) {
          open.depth--;
          continue;
        }
        const span = finish(open, text, pi, mark.pos, mark.pos + 1, true);
        if (span) spans.push(span);
        open = null;
      } else if (mark.open) {
        open.depth++;
      }
    }
    if (open !== null) {
      const next = paragraphs[pi + 1];
      if (next && answers.get(pi + 1) === undefined && opensWith(next.text, open.family)) {
        const part = trimmedPart(text, pi, open.innerStart, text.length);
        if (part) open.parts.push(part);
        open.depth = 0;
        carry = open;
      } else if (open.family !== 'single') {
        const span = finish(open, text, pi, text.length, text.length, false);
        if (span) spans.push(span);
      } else if (open.parts.length > 0) {
        const span = finish(open, text, pi, text.length, text.length, false);
        if (span) spans.push(span);
      }
    }
    if (paragraph.kind === 'blockquote' && carry === null) {
      const covered = spans.slice(before).reduce((sum, span) => sum + spanLengthIn(span, pi), 0);
      if (covered * 2 < text.trim().length) {
        spans.length = before;
        const span = blockSpan(text, pi);
        if (span) spans.push(span);
      }
    }
  }
  return spans;
}

function spanLengthIn(span: QuoteSpan, pi: number): number {
  return span.parts.reduce((sum, part) => sum + (part.paragraph === pi ? part.end - part.start : 0), 0);
}

function hasLaterClose(marks: readonly Mark[], k: number, family: MarkFamily): boolean {
  for (let j = k + 1; j < Math.min(marks.length, k + 64); j++) {
    const mark = marks[j] as Mark;
    if (mark.family !== family) continue;
    if (mark.open && !mark.close) return false;
    if (mark.close && !mark.weak) return true;
  }
  return false;
}

function opensWith(text: string, family: MarkFamily): boolean {
  let i = 0;
  while (i < text.length && isSpace(at(text, i))) i++;
  const ch = at(text, i);
  if (family === 'double') return ch === '\u201c' || ch === '"' || ch === '\u201e';
  if (family === 'guillemet') return ch === '\u00ab';
  return ch === '\u2018' || ch === "'";
}

function trimmedPart(text: string, pi: number, start: number, end: number): QuotePart | null {
  let s = start;
  let e = end;
  while (s < e && isSpace(at(text, s))) s++;
  while (e > s && isSpace(at(text, e - 1))) e--;
  if (e > s && at(text, e - 1) === ',') e--;
  while (e > s && isSpace(at(text, e - 1))) e--;
  return e > s ? { paragraph: pi, start: s, end: e } : null;
}

function finish(
  open: OpenQuote,
  text: string,
  pi: number,
  innerEnd: number,
  close: number,
  closed: boolean,
): QuoteSpan | null {
  const last = trimmedPart(text, pi, open.innerStart, innerEnd);
  const parts = last ? [...open.parts, last] : [...open.parts];
  if (parts.length === 0) return null;
  return { family: open.family, parts, open: open.open, close, closed, text: '' };
}

function unmarkedSpan(text: string, pi: number, from: number, family: QuoteFamily): QuoteSpan | null {
  const part = trimmedPart(text, pi, from, text.length);
  if (!part) return null;
  return { family, parts: [part], open: part.start, close: part.end, closed: true, text: '' };
}

const DASHES = '\u2014\u2013\u2015-';

/** A block quote without marks: its whole text, less a final credit line ("— Jane Doe"). */
function blockSpan(text: string, pi: number): QuoteSpan | null {
  const lastBreak = text.lastIndexOf('\n');
  let end = text.length;
  let credit: { start: number; end: number } | undefined;
  const lineStart = lastBreak + 1;
  let c = lineStart;
  while (c < text.length && isSpace(at(text, c))) c++;
  if (DASHES.includes(at(text, c)) && text.length - c < 80) {
    let s = c;
    while (s < text.length && (DASHES.includes(at(text, s)) || isSpace(at(text, s)))) s++;
    credit = { start: s, end: text.length };
    end = lastBreak === -1 ? c : lastBreak;
  }
  const part = trimmedPart(text, pi, 0, end);
  if (!part) return null;
  return { family: 'block', parts: [part], open: part.start, close: part.end, closed: true, text: '', credit };
}

/**
 * Q&A: when the document has questions (`Q:` paragraphs, or paragraphs wholly in bold ending in a
 * question mark), the answers, mapped to where their text starts after any `A:` label. Without `A:`
 * labels, every plain paragraph after a question up to the next question (or heading) is an answer.
 */
function answerParagraphs(paragraphs: readonly QuoteParagraph[]): Map<number, number> {
  const answers = new Map<number, number>();
  const questions: boolean[] = [];
  let labelled = 0;
  let questionCount = 0;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const paragraph = paragraphs[pi];
    const text = paragraph?.text ?? '';
    const question = labelEnd(text, 'Q') !== -1 || labelEnd(text, 'Question') !== -1 || isBoldQuestion(paragraph);
    questions.push(question);
    if (question) questionCount++;
    const a = Math.max(labelEnd(text, 'A'), labelEnd(text, 'Answer'));
    if (a !== -1) {
      answers.set(pi, a);
      labelled++;
    }
  }
  if (questionCount === 0) return new Map();
  if (labelled > 0) return answers;
  let inAnswer = false;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const paragraph = paragraphs[pi];
    if (questions[pi]) inAnswer = true;
    else if (paragraph?.kind === 'heading' || paragraph?.kind === 'thematicBreak') inAnswer = false;
    else if (inAnswer && paragraph?.kind === 'paragraph') answers.set(pi, 0);
  }
  return questionCount >= 2 ? answers : new Map();
}

const INTERVIEWER_LABELS = new Set([
  'q',
  'question',
  'interviewer',
  'reporter',
  'host',
  'moderator',
  'anchor',
  'audience',
]);
const NOT_LABELS = new Set([
  'update',
  'updated',
  'note',
  'editor',
  'correction',
  'clarification',
  'photo',
  'video',
  'related',
  'read',
  'watch',
  'listen',
  'source',
  'sources',
  'credit',
  'disclosure',
  'warning',
  'caption',
  'see',
  'also',
  'more',
  'live',
]);

/**
 * A transcript: at least three paragraphs open with a speaker label (`SMITH:`, `Jane Doe:`), with at
 * least two different labels. Interviewers' labels are not quotes; the others are, by the label's person.
 * An interviewer may be labelled with the publication's name (`Tidewater:`): a label most of whose
 * turns are questions, beside another label that asks none, is the interviewer's.
 */
function transcriptLabels(paragraphs: readonly QuoteParagraph[]): Map<number, { label: string; start: number }> {
  const found = new Map<number, { label: string; start: number }>();
  const turns = new Map<string, { count: number; questions: number }>();
  let labelled = 0;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const paragraph = paragraphs[pi];
    if (!paragraph || paragraph.kind !== 'paragraph') continue;
    const label = speakerLabel(paragraph.text);
    if (!label) continue;
    labelled++;
    const key = label.label.toLowerCase();
    const turn = turns.get(key) ?? { count: 0, questions: 0 };
    turn.count++;
    if (paragraph.text.trimEnd().endsWith('?')) turn.questions++;
    turns.set(key, turn);
    if (!INTERVIEWER_LABELS.has(key)) found.set(pi, label);
  }
  if (labelled < 3 || turns.size < 2) return new Map();
  const asking = [...turns].filter(([, turn]) => turn.questions >= 2 && turn.questions * 2 > turn.count);
  const answering = [...turns].some(([, turn]) => turn.questions === 0);
  if (asking.length === 1 && answering) {
    const interviewer = asking[0]?.[0];
    for (const [pi, label] of found) if (label.label.toLowerCase() === interviewer) found.delete(pi);
  }
  return found;
}

/** `SMITH: text` / `Jane Doe: text`: one to three capitalised words, a colon, a space. */
function speakerLabel(text: string): { label: string; start: number } | null {
  const colon = text.indexOf(':');
  if (colon < 1 || colon > 40 || !isSpace(at(text, colon + 1))) return null;
  const label = text.slice(0, colon).trim();
  const words = label.split(' ');
  if (words.length > 3) return null;
  for (const word of words) {
    if (word === '' || !/^\p{Lu}[\p{L}.'’-]*$/u.test(word) || NOT_LABELS.has(word.toLowerCase())) return null;
  }
  return { label, start: colon + 2 };
}

/** A paragraph wholly in bold (`**Why now?**`) that ends with a question mark. */
function isBoldQuestion(paragraph: QuoteParagraph | undefined): boolean {
  if (!paragraph || paragraph.kind !== 'paragraph' || paragraph.raw === undefined) return false;
  const raw = paragraph.raw.trim();
  const bold = (raw.startsWith('**') && raw.endsWith('**')) || (raw.startsWith('__') && raw.endsWith('__'));
  return bold && raw.length > 4 && paragraph.text.trim().endsWith('?');
}

/** Offset after a label like `Q:` / `Q.` / `A:` at the start of the text, or -1. */
function labelEnd(text: string, label: string): number {
  let i = 0;
  while (i < text.length && isSpace(at(text, i))) i++;
  if (text.slice(i, i + label.length) !== label) return -1;
  const sep = at(text, i + label.length);
  if (sep !== ':' && sep !== '.') return -1;
  const after = at(text, i + label.length + 1);
  if (!isSpace(after)) return -1;
  return i + label.length + 2;
}

/** The reader-visible text of a span: its parts joined by a space. */
export function spanText(span: QuoteSpan, paragraphs: readonly QuoteParagraph[]): string {
  return span.parts.map((part) => (paragraphs[part.paragraph]?.text ?? '').slice(part.start, part.end)).join(' ');
}

/** Spans with their text filled in. */
export function quoteSpans(paragraphs: readonly QuoteParagraph[]): QuoteSpan[] {
  return findQuoteSpans(paragraphs).map((span) => ({ ...span, text: spanText(span, paragraphs) }));
}
