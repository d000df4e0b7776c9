/**
 * npm run schema
 * Regenerates, from the zod schemas, the JSON Schemas editors' tools read (.vscode/*.schema.json) and the
 * field reference in CONTRIBUTING.md (between its markers). Run it after changing a schema.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  articleJsonSchema,
  articleSchemaFile,
  jsonFile,
  registryJsonSchema,
  registrySchemaFile,
  withFieldReference,
} from '../src/lib/editor-schema';

writeFileSync(articleSchemaFile, jsonFile(articleJsonSchema()));
writeFileSync(registrySchemaFile, jsonFile(registryJsonSchema()));
writeFileSync('CONTRIBUTING.md', withFieldReference(readFileSync('CONTRIBUTING.md', 'utf8')));
console.log(`wrote ${articleSchemaFile}, ${registrySchemaFile} and the field reference in CONTRIBUTING.md`);
