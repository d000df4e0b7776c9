/**
 * Gives top-level block N the id `p-N`, so any paragraph can be linked. It numbers the same
 * top-level blocks as the engine's `readDocument`, which is what the analysis's `paragraph` counts.
 */
import type { Root } from 'mdast';
// Declares `data.hProperties` on mdast nodes.
import type {} from 'mdast-util-to-hast';

export function remarkParagraphIds() {
  return (tree: Root): void => {
    tree.children.forEach((node, index) => {
      const data = (node.data ??= {});
      data.hProperties = { ...data.hProperties, id: `p-${index + 1}` };
    });
  };
}
