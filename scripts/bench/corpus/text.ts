/** Small text helpers for the corpus generator. */

/** Replaces `{slot}` with its value; a slot without a value is a bug in the caller. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_whole, slot: string) => {
    const value = values[slot];
    if (value === undefined) throw new Error(`no value for {${slot}} in "${template}"`);
    return value;
  });
}

/** "Ada Lindqvist" -> "ada-lindqvist": the engine's id for a person not in the registry. */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /\w/.test(word)).length;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
