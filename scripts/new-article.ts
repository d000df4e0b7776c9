/**
 * npm run new -- <pasted.txt> --title "…" --published YYYY-MM-DD [--slug s] [--strip-boilerplate] [--content dir]
 * Turns an article pasted as plain text into content/articles/<slug>.md: frontmatter skeleton, one
 * paragraph per block. Lists lines that look like the page's furniture; leaves them out only with
 * --strip-boilerplate. Never overwrites a file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { articleFile, defaultSlug } from '../src/lib/import/new-article';
import { restoreParagraphs } from '../src/lib/import/paragraphs';
import { isoDate } from '../src/schemas/fields';

const usage =
  'usage: npm run new -- <pasted.txt> --title "Headline" --published YYYY-MM-DD [--slug s] [--strip-boilerplate]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    title: { type: 'string' },
    published: { type: 'string' },
    slug: { type: 'string' },
    'strip-boilerplate': { type: 'boolean', default: false },
    content: { type: 'string', default: 'content' },
  },
});

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

const [input] = positionals;
const title = values.title?.trim();
if (!input) fail('missing: the file with the pasted text');
if (!title) fail('missing: --title "the headline"');
const published = isoDate().safeParse(values.published);
if (!published.success)
  fail(`--published: ${published.error.issues[0]?.message ?? 'expected a date like "2023-03-13"'}`);
const slug = values.slug ?? defaultSlug(title, published.data);
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) fail(`--slug: expected lower-case words and hyphens, got "${slug}"`);

const strip = values['strip-boilerplate'];
const restored = restoreParagraphs(readFileSync(input, 'utf8'), { stripBoilerplate: strip });
const target = join(values.content, 'articles', `${slug}.md`);
try {
  writeFileSync(target, articleFile({ title, published: published.data, paragraphs: restored.paragraphs }), {
    flag: 'wx',
  });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT')
    fail(`there is no folder ${dirname(target)}: run this in the project's folder, or give --content`);
  if (code !== 'EEXIST') throw error;
  console.error(`${target} already exists and was left as it is: choose another name with --slug`);
  process.exit(1);
}

console.log(`wrote ${target}: ${restored.paragraphs.length} paragraphs`);
if (restored.boilerplate.length > 0) {
  const fate = strip
    ? 'left out'
    : 'kept, each run as its own paragraph: delete them, or run again with --strip-boilerplate';
  console.log(`lines that look like the web page's furniture rather than the story (${fate}):`);
  for (const line of restored.boilerplate) console.log(`  ${input}:${line.line}  ${line.text}`);
}
console.log('next: read it against the original, then npm run validate');
