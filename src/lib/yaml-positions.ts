/**
 * Where a field sits in a YAML document, as the 1-based line and column an editor jumps to. Shared by
 * the frontmatter and registry checks and by the lint, which points at override fields.
 */
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export type FieldPath = readonly (string | number)[];

export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface YamlSource {
  readonly document: Document | null;
  readonly lineCounter: LineCounter;
  /** 1-based line of the file where the YAML starts (2 for frontmatter after its `---`). */
  readonly firstLine: number;
}

/** 1-based line and column of the character at `offset` in `text`. */
export function positionIn(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * Position of the value at `path`; of its key when `atKey` is set or the value is missing; of the
 * nearest parent that exists otherwise, so a missing field points at the group it belongs in.
 * `undefined` when not even the first step of the path exists.
 */
export function positionOf(source: YamlSource, path: FieldPath, atKey = false): Position | undefined {
  const offset = source.document ? offsetOf(source.document, path, atKey) : undefined;
  if (offset === undefined) return undefined;
  const { line, col } = source.lineCounter.linePos(offset);
  return { line: line + source.firstLine - 1, column: col };
}

function offsetOf(document: Document, path: FieldPath, atKey: boolean): number | undefined {
  let node: unknown = document.contents;
  let best: number | undefined;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === part);
      if (!pair) return best;
      const keyNode = pair.key as Node;
      const valueNode = pair.value as Node | null;
      best = !atKey && valueNode?.range ? valueNode.range[0] : keyNode.range?.[0];
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part] as Node | undefined;
      if (!item) return best;
      best = item.range?.[0] ?? best;
      node = item;
    } else {
      return best;
    }
  }
  return best;
}
