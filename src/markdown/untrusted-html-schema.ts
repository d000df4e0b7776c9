/**
 * What HTML an article's author may write: rehype-sanitize's default (GitHub's rules: no scripts,
 * styles, frames, forms or event handlers; links and images only over http(s), mailto and the like;
 * ids and names prefixed with `user-content-`; no classes or `data-*` attributes but GitHub's own),
 * plus a few elements of news text and of the site's quote markup (`<figure>` for block quotes). The
 * site's own classes and `data-*` attributes pass the filter without being allowed here: see
 * `rehype-sanitize-untrusted.ts`.
 */
import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

/** Elements removed with everything inside them; any other element not allowed is replaced by its content. */
const removedWithContent = [
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'svg',
  'math',
  'select',
  'textarea',
  'title',
  'noembed',
  'noframes',
  'xmp',
];

/** Elements of news text and of the site's quote markup beyond GitHub's list. */
const extraTags = ['abbr', 'cite', 'mark', 'small', 'time', 'figure', 'figcaption'];

export const untrustedHtmlSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), ...extraTags],
  strip: removedWithContent,
  attributes: {
    ...defaultSchema.attributes,
    time: ['dateTime'],
  },
};
