/**
 * Character ranges of an element's visible text, and the two edits the annotation plugin makes with them:
 * wrapping a range in new elements and inserting a node at an offset. Offsets count the characters of
 * text nodes only (raw HTML and comments count as nothing), as the engine counts a paragraph's text.
 */
import type { Element, ElementContent, Text } from 'hast';

/** The characters a reader sees in `node`. */
export function visibleText(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(visibleText).join('');
  return '';
}

/** How many characters of visible text `node` holds, counted without building the text. */
function textLength(node: ElementContent): number {
  if (node.type === 'text') return node.value.length;
  if (node.type !== 'element') return 0;
  let length = 0;
  for (const child of node.children) length += textLength(child);
  return length;
}

const textNode = (value: string): Text => ({ type: 'text', value });

/**
 * Wraps characters [start, end) of `parent` in elements made by `wrap`, splitting text nodes where the
 * range starts or ends inside them. A range that crosses an element boundary (`“a *b*` `c”`) gets one
 * wrapper per run of siblings, so no element is cut in two. Returns the wrappers in document order.
 */
export function wrapRange(parent: Element, start: number, end: number, wrap: () => Element): Element[] {
  const wrappers: Element[] = [];
  wrapChildren(parent, start, end, wrap, wrappers);
  return wrappers;
}

function wrapChildren(parent: Element, start: number, end: number, wrap: () => Element, wrappers: Element[]): void {
  const result: ElementContent[] = [];
  let run: ElementContent[] = [];
  const closeRun = () => {
    if (run.length === 0) return;
    const wrapper = wrap();
    wrapper.children = run;
    wrappers.push(wrapper);
    result.push(wrapper);
    run = [];
  };
  let from = 0;
  for (const child of parent.children) {
    const length = textLength(child);
    const to = from + length;
    if (to <= start || from >= end) {
      closeRun();
      result.push(child);
    } else if (from >= start && to <= end) {
      run.push(child);
    } else if (child.type === 'text') {
      const cutStart = Math.max(start, from) - from;
      const cutEnd = Math.min(end, to) - from;
      if (cutStart > 0) {
        closeRun();
        result.push(textNode(child.value.slice(0, cutStart)));
      }
      run.push(textNode(child.value.slice(cutStart, cutEnd)));
      if (cutEnd < length) {
        closeRun();
        result.push(textNode(child.value.slice(cutEnd)));
      }
    } else {
      closeRun();
      if (child.type === 'element') wrapChildren(child, start - from, end - from, wrap, wrappers);
      result.push(child);
    }
    from = to;
  }
  closeRun();
  parent.children = result;
}

/** True when an element that overlaps characters [start, end) of `parent`, or `parent`'s own subtree there, matches. */
export function rangeTouches(
  parent: Element,
  start: number,
  end: number,
  matches: (element: Element) => boolean,
): boolean {
  let from = 0;
  for (const child of parent.children) {
    const to = from + textLength(child);
    if (child.type === 'element' && to > start && from < end) {
      if (matches(child) || rangeTouches(child, start - from, end - from, matches)) return true;
    }
    from = to;
  }
  return false;
}

/**
 * Inserts `node` at character `offset` of `parent`, at the outermost level where that offset falls between
 * two children (after a wrapper that ends there, not inside it). Returns false when the offset is beyond the text.
 */
export function insertAt(parent: Element, offset: number, node: ElementContent): boolean {
  if (offset === 0) {
    parent.children.unshift(node);
    return true;
  }
  let from = 0;
  for (const [index, child] of parent.children.entries()) {
    const to = from + textLength(child);
    if (offset === to) {
      parent.children.splice(index + 1, 0, node);
      return true;
    }
    if (offset > from && offset < to) {
      if (child.type === 'element') return insertAt(child, offset - from, node);
      if (child.type !== 'text') return false;
      const cut = offset - from;
      parent.children.splice(index, 1, textNode(child.value.slice(0, cut)), node, textNode(child.value.slice(cut)));
      return true;
    }
    from = to;
  }
  return false;
}
