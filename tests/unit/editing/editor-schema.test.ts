/** The editor-facing copies of the schemas stay in step with the zod schemas the site checks with. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  articleJsonSchema,
  articleSchemaFile,
  fieldReference,
  jsonFile,
  registryJsonSchema,
  registrySchemaFile,
  withFieldReference,
} from '../../../src/lib/editor-schema';
import { rules } from '../../../src/lib/lint/rules';

const contributing = readFileSync('CONTRIBUTING.md', 'utf8');
const stale = 'is out of date: run `npm run schema` and commit the result';

describe('the JSON Schemas for editors', () => {
  it('are the committed files, regenerated from the zod schemas', () => {
    expect(readFileSync(articleSchemaFile, 'utf8'), `${articleSchemaFile} ${stale}`).toBe(
      jsonFile(articleJsonSchema()),
    );
    expect(readFileSync(registrySchemaFile, 'utf8'), `${registrySchemaFile} ${stale}`).toBe(
      jsonFile(registryJsonSchema()),
    );
  });

  it('describe every field, so an editor sees its meaning on hover', () => {
    const undescribed: string[] = [];
    const walk = (schema: Record<string, unknown>, path: string) => {
      const properties = (schema['properties'] ?? {}) as Record<string, Record<string, unknown>>;
      for (const [name, property] of Object.entries(properties)) {
        if (typeof property['description'] !== 'string') undescribed.push(`${path}${name}`);
        walk(property, `${path}${name}.`);
        if (property['items']) walk(property['items'] as Record<string, unknown>, `${path}${name}[].`);
      }
    };
    walk(articleJsonSchema() as Record<string, unknown>, '');
    walk(registryJsonSchema() as Record<string, unknown>, 'people[].');
    expect(undescribed).toEqual([]);
  });

  it('require what the site requires and reject unknown fields', () => {
    const article = articleJsonSchema();
    expect(article.required).toEqual(['title', 'published']);
    expect(article.additionalProperties).toBe(false);
  });

  it('are wired for the registry in the VS Code settings', () => {
    const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8')) as Record<
      string,
      Record<string, string[]>
    >;
    expect(settings['yaml.schemas']?.[`./${registrySchemaFile}`]).toEqual(['content/people.yaml']);
  });
});

describe('CONTRIBUTING.md', () => {
  it('has the field reference generated from the schemas', () => {
    expect(contributing, `the field reference in CONTRIBUTING.md ${stale}`).toBe(withFieldReference(contributing));
    expect(fieldReference()).toContain('| `published` | yes | a date in quotes, "YYYY-MM-DD" |');
    expect(fieldReference()).toContain('#### `overrides.quotes[]`');
  });

  it('explains every kind of error and warning the checks report, under its name', () => {
    const headings = contributing.split('\n').filter((line) => line.startsWith('### `'));
    expect(headings).toEqual(Object.entries(rules).map(([id, title]) => `### \`${id}\`: ${title}`));
  });

  it('fails loudly when the markers are gone', () => {
    expect(() => withFieldReference('# Contributing\n')).toThrow(/lacks the markers/);
  });
});
