/**
 * Turning Pagefind results into what the search page shows. Plain functions over Pagefind's result
 * data, so they run (and are tested) without a browser.
 */

/** The part of a Pagefind result the page reads (`await result.data()`). */
export interface PagefindResultData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
  /** Word positions of the matches in the page's text. */
  readonly locations: readonly number[];
  /** Elements with an id, and the word position where each starts. */
  readonly anchors: readonly { readonly id: string; readonly location: number }[];
}

export interface ExcerptSegment {
  readonly text: string;
  /** True for the words that matched the query (Pagefind wraps them in `<mark>`). */
  readonly marked: boolean;
}

const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/**
 * Pagefind's excerpt (text with `<mark>` around matches) as plain-text segments. The page renders them
 * with `textContent`, so nothing in an indexed page can become markup in the results.
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>' || part === '</mark>') {
      marked = part === '<mark>';
    } else if (part !== '') {
      segments.push({ text: decodeEntities(part), marked });
    }
  }
  return segments;
}

/**
 * Where a result should take the reader: the page, at the element with an id (a numbered paragraph,
 * a section) where the first match is, when there is one.
 */
export function resultLink(data: PagefindResultData): string {
  const first = Math.min(...data.locations);
  let nearest: PagefindResultData['anchors'][number] | undefined;
  for (const anchor of data.anchors) {
    if (anchor.location <= first && (nearest === undefined || anchor.location >= nearest.location)) nearest = anchor;
  }
  return nearest === undefined ? data.url : `${data.url}#${encodeURIComponent(nearest.id)}`;
}
