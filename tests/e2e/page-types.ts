/**
 * The kinds of page the site has, one example of each: every page of a build grouped by the shape of
 * its address (`people/jake-sullivan/` and `people/xi-jinping/` are one kind), plus the kinds the
 * issues specify, so a page that has not been built yet is missed, not skipped.
 */
import { readdirSync } from 'node:fs';
import { seedSlug } from './seed';

export interface PageType {
  /** The address shape: `people/*` */
  readonly kind: string;
  /** One page of that kind, relative to the base: `people/jake-sullivan/`. */
  readonly path: string;
}

/** Pages the issues call for, whether or not they are built yet. */
export const specifiedPages = [
  '',
  `articles/${seedSlug}/`,
  'people/',
  'people/jake-sullivan/',
  'quotes/',
  'events/',
  'search/',
];

/** Every page of a build, as paths relative to its base: `''`, `people/jake-sullivan/`. */
export function builtPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => file.slice(0, -'index.html'.length))
    .sort();
}

/** The pages built and the pages specified, once each. */
export function allPages(dir: string): string[] {
  return [...new Set([...specifiedPages, ...builtPages(dir)])].sort();
}

export function pageTypes(dir: string): PageType[] {
  const pages = allPages(dir);
  const byKind = new Map<string, string>();
  for (const path of pages) {
    const kind =
      path
        .split('/')
        .filter(Boolean)
        .map((part, i) => (i === 0 ? part : '*'))
        .join('/') || 'home';
    if (!byKind.has(kind)) byKind.set(kind, path);
  }
  return [...byKind].map(([kind, path]) => ({ kind, path }));
}
