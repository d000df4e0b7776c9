/**
 * The value of a parsed YAML document, without throwing on what only shows when the value is built:
 * an alias to an anchor that does not exist (`*name`), or aliases multiplied into a huge value. Such a
 * problem is added to the document's errors, at the first alias, so it is reported like any YAML error.
 */
import { isAlias, visit, YAMLParseError, type Document } from 'yaml';

export function documentValue(document: Document): unknown {
  if (document.errors.length > 0) return undefined;
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    let at = 0;
    visit(document, (_key, node) => {
      if (!isAlias(node)) return undefined;
      at = node.range?.[0] ?? 0;
      return visit.BREAK;
    });
    const reason = error instanceof Error ? error.message : String(error);
    document.errors.push(new YAMLParseError([at, at + 1], 'BAD_ALIAS', reason));
    return undefined;
  }
}
