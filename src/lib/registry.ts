/** Reads and checks the people registry, `content/people.yaml`. */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { personSchema, type Person } from '../schemas/person';

export const registrySchema = z.array(personSchema, {
  error: 'expected a list of people (lines starting with "- id:")',
});

export function parseRegistry(source: string, file = 'content/people.yaml'): Person[] {
  const result = registrySchema.safeParse(parse(source) ?? []);
  if (!result.success) {
    const details = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`${file} is not a valid people registry:\n${details}`);
  }
  return result.data;
}

export function loadRegistry(file = 'content/people.yaml'): Person[] {
  return parseRegistry(readFileSync(file, 'utf8'), file);
}
