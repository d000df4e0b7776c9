/**
 * Every kind of content problem the checks report, with the short title a GitHub annotation shows.
 * CONTRIBUTING.md explains each one under a heading with its id (a test keeps the two in step).
 */
export const rules = {
  yaml: 'Not valid YAML',
  frontmatter: 'Frontmatter field',
  registry: 'People registry entry',
  'empty-body': 'Article without text',
  'duplicate-id': 'Duplicate person id',
  'duplicate-slug': 'Duplicate article slug',
  'unknown-person': 'Unknown person id',
  'override-unmatched': 'Correction matches nothing',
  'override-ambiguous': 'Correction matches more than one',
  'unbalanced-quotes': 'Unbalanced quote marks',
  'raw-html': 'Raw HTML in the text',
  'unregistered-speaker': 'Quoted person not in the registry',
  analysis: 'Analysis warning',
} as const;

export type Rule = keyof typeof rules;
