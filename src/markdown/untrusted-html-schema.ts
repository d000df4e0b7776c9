/**
 * What HTML an article may contain: rehype-sanitize's default (GitHub's rules: no scripts, styles,
 * frames, forms or event handlers; links and images only over http(s), mailto and the like; ids and
 * names prefixed with `user-content-`), plus the few elements and attributes the site's own markup
 * and news text need.
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

/** Inline elements news text uses beyond GitHub's list. */
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
