/** The Markdown file `npm run new` writes: a frontmatter skeleton and the restored paragraphs. */
import slugify from '@sindresorhus/slugify';

export interface NewArticle {
  readonly title: string;
  /** YYYY-MM-DD */
  readonly published: string;
  readonly paragraphs: readonly string[];
}

/** Words a short address can do without. */
const stopWords = new Set(
  'a an the and or but of to in on at for with by from as is are was after before over'.split(' '),
);

/** "2023-03-13-biden-seeks-phone-call-xi": the date, then the first five words of the title that carry meaning. */
export function defaultSlug(title: string, published: string): string {
  const words = slugify(title)
    .split('-')
    .filter((word) => word !== '' && !stopWords.has(word));
  return [published, ...words.slice(0, 5)].join('-');
}

export function articleFile(article: NewArticle): string {
  // A JSON string is a valid double-quoted YAML string, whatever the title holds.
  const frontmatter = [
    '---',
    `title: ${JSON.stringify(article.title)}`,
    `published: "${article.published}"`,
    '# dek: "One or two sentences under the headline."',
    '# byline: "The author, only when the source names one"',
    '# source: "The publication it comes from"',
    '# url: "https://the original article"',
    '# tags: [topic, another-topic]',
    '---',
  ];
  return `${frontmatter.join('\n')}\n\n${article.paragraphs.join('\n\n')}\n`;
}
