/**
 * One paragraph as the speech stages read it: its visible text, tokens, sentences, and which stretches
 * lie inside quotation marks (so the writer's own words can be told from the quoted ones).
 */
import type { ArticleDocument } from './document';
import type { QuoteSpan } from './quotes';
import { splitSentences, type Sentence } from './sentences';
import { tokenize, type Token } from './tokens';

export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface ParagraphLayout {
  /** 0-based index; the contract's paragraph number is index + 1. */
  readonly index: number;
  readonly text: string;
  readonly kind: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Quoted stretches, marks included, in order (an unclosed quote runs to the paragraph end). */
  readonly quoted: readonly Range[];
  /** For each token, the sentence index it lies in. */
  readonly tokenSentence: readonly number[];
  /** For each token, whether it lies inside a quoted stretch. */
  readonly tokenQuoted: Uint8Array;
  /** For each token, its pronoun class (see `Pronoun`), 0 for other words. */
  readonly pronouns: Uint8Array;
}

/** Pronoun classes of tokens: he/she as subjects, their other forms, it, they. */
export const Pronoun = { None: 0, He: 1, She: 2, HeOther: 3, SheOther: 4, It: 5, They: 6 } as const;

const PRONOUN_CLASS = new Map<string, number>([
  ['he', Pronoun.He],
  ['she', Pronoun.She],
  ['him', Pronoun.HeOther],
  ['his', Pronoun.HeOther],
  ['himself', Pronoun.HeOther],
  ['her', Pronoun.SheOther],
  ['hers', Pronoun.SheOther],
  ['herself', Pronoun.SheOther],
  ['it', Pronoun.It],
  ['its', Pronoun.It],
  ['they', Pronoun.They],
  ['them', Pronoun.They],
  ['their', Pronoun.They],
]);

/** The gender of a pronoun class, or null. */
export function pronounGender(cls: number): 'he' | 'she' | null {
  if (cls === Pronoun.He || cls === Pronoun.HeOther) return 'he';
  if (cls === Pronoun.She || cls === Pronoun.SheOther) return 'she';
  return null;
}

export function layoutParagraphs(document: ArticleDocument, spans: readonly QuoteSpan[]): ParagraphLayout[] {
  const plain = document.paragraphs.map((paragraph, index) => {
    const text = paragraph.text;
    const tokens = tokenize(text);
    const sentences = splitSentences(text);
    const tokenSentence: number[] = [];
    const pronouns = new Uint8Array(tokens.length);
    let s = 0;
    tokens.forEach((token, k) => {
      while (s + 1 < sentences.length && (sentences[s + 1]?.start ?? Infinity) <= token.start) s++;
      tokenSentence.push(s);
      if (token.kind === 'word' && token.text.length <= 7) pronouns[k] = PRONOUN_CLASS.get(token.lower) ?? 0;
    });
    return {
      index,
      text,
      kind: paragraph.kind,
      tokens,
      sentences,
      tokenSentence,
      quoted: [],
      tokenQuoted: new Uint8Array(0),
      pronouns,
    };
  });
  return withQuotes(plain, spans);
}

/** The same paragraphs with `quoted` and `tokenQuoted` computed for `spans`. */
export function withQuotes(layouts: readonly ParagraphLayout[], spans: readonly QuoteSpan[]): ParagraphLayout[] {
  const quoted: Range[][] = layouts.map(() => []);
  for (const span of spans) {
    const first = span.parts[0];
    const last = span.parts[span.parts.length - 1];
    if (!first || !last) continue;
    for (const part of span.parts) {
      const text = layouts[part.paragraph]?.text ?? '';
      const start = part === first ? Math.min(span.open, part.start) : 0;
      const end = part === last ? Math.max(span.close, part.end) : text.length;
      quoted[part.paragraph]?.push({ start, end });
    }
  }
  return layouts.map((layout, index) => {
    const ranges = (quoted[index] ?? []).sort((a, b) => a.start - b.start);
    const tokenQuoted = new Uint8Array(layout.tokens.length);
    let r = 0;
    layout.tokens.forEach((token, k) => {
      while (r < ranges.length && (ranges[r]?.end ?? 0) <= token.start) r++;
      const range = ranges[r];
      if (range !== undefined && range.start <= token.start && token.start < range.end) tokenQuoted[k] = 1;
    });
    return { ...layout, quoted: ranges, tokenQuoted };
  });
}

/** Index of the first token starting at or after `offset`. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? Infinity) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
