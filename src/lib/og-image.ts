/**
 * Link-preview images (Open Graph / Twitter cards), drawn at build time: satori lays the card out as
 * SVG with the serif shipped in `@fontsource/source-serif-4`, sharp (libvips) rasterises it to PNG. Nothing
 * is fetched; text the font lacks is drawn as blank space rather than failing the build.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { cachedFile, cacheKey } from './file-cache';
import { OG_IMAGE_SIZE } from './urls';

// A type alias, not an interface, so it can be an endpoint's props (an index-signature type).
export type OgCard = {
  /** The headline or page title, drawn large. */
  readonly title: string;
  /** A short line above the title: a date, a section name. */
  readonly kicker?: string | undefined;
  /** The site's name, drawn in the footer of the card. */
  readonly siteName: string;
};

// The build runs bundled code from a temporary folder, so resolve the package from the project root.
const requireFromProject = createRequire(join(process.cwd(), 'package.json'));
const fontFile = (subset: string, weight: 400 | 700): Buffer =>
  readFileSync(
    requireFromProject.resolve(`@fontsource/source-serif-4/files/source-serif-4-${subset}-${weight}-normal.woff`),
  );

let fonts: Parameters<typeof satori>[1]['fonts'] | undefined;
function loadFonts(): NonNullable<typeof fonts> {
  fonts ??= (['latin', 'latin-ext'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: 'Source Serif 4',
      data: fontFile(subset, weight),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

// Fixed light palette (the card is seen outside the site, in other apps' themes): global.css light values.
const palette = { bg: '#fdfcf9', text: '#1c1b19', muted: '#5a564f', accent: '#8a1c1c', rule: '#d9d4c9' };

/** Long headlines get a smaller size so they fit the card in at most four lines. */
function titleSize(title: string): number {
  if (title.length <= 60) return 72;
  if (title.length <= 110) return 60;
  return 48;
}

// satori sizes boxes like CSS `box-sizing: content-box`: padding and border add to width and height.
const inset = { x: 72, y: 56, accentRule: 16 };

function card({ title, kicker, siteName }: OgCard) {
  const text = (content: string, style: Record<string, string | number>) => ({
    type: 'div',
    props: { style: { display: 'flex', ...style }, children: content },
  });
  return {
    type: 'div',
    props: {
      style: {
        width: OG_IMAGE_SIZE.width - 2 * inset.x,
        height: OG_IMAGE_SIZE.height - 2 * inset.y - inset.accentRule,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: `${inset.y}px ${inset.x}px`,
        background: palette.bg,
        borderTop: `${inset.accentRule}px solid ${palette.accent}`,
        fontFamily: 'Source Serif 4',
        color: palette.text,
      },
      children: [
        {
          type: 'div',
          props: {
            style: { display: 'flex', flexDirection: 'column', gap: 24 },
            children: [
              ...(kicker ? [text(kicker, { fontSize: 32, color: palette.muted })] : []),
              text(title.length > 180 ? `${title.slice(0, 177)}…` : title, {
                fontSize: titleSize(title),
                fontWeight: 700,
                lineHeight: 1.15,
              }),
            ],
          },
        },
        text(siteName, {
          fontSize: 36,
          fontWeight: 700,
          color: palette.accent,
          borderTop: `2px solid ${palette.rule}`,
          paddingTop: 20,
        }),
      ],
    },
  };
}

/**
 * Drawing a card costs about 30 ms of CPU (satori 8 ms, sharp 23 ms: 2.5 minutes for 5000 articles), so
 * cards are kept between builds in Astro's cache folder (`CACHE_DIR`, read as astro.config.mjs does),
 * keyed by the card's layout tree, the fonts and the renderers' versions: a rebuild draws only new or
 * changed cards.
 */
export const OG_CACHE_DIR = join(resolve(process.env['CACHE_DIR'] ?? 'node_modules/.astro'), 'og-images');

/** The card as a 1200×630 PNG. */
export async function renderOgImage(content: OgCard, cacheDir = OG_CACHE_DIR): Promise<Uint8Array<ArrayBuffer>> {
  const tree = card(content);
  const key = cacheKey(JSON.stringify(tree), JSON.stringify(OG_IMAGE_SIZE), renderersId());
  return cachedFile(cacheDir, key, '.png', async () => {
    const svg = await satori(tree, { ...OG_IMAGE_SIZE, fonts: loadFonts() });
    // resvg took 66 ms to rasterise and encode a card that libvips draws in 23 ms, with the same pixels.
    // The card is opaque: no alpha channel.
    return new Uint8Array(await sharp(Buffer.from(svg)).removeAlpha().png().toBuffer());
  });
}

let renderers: string | undefined;
/** What else decides the pixels: the font files and the versions of satori, sharp and libvips. */
function renderersId(): string {
  const version = (name: string) =>
    (JSON.parse(readFileSync(join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
      .version;
  renderers ??= cacheKey(
    version('satori'),
    version('sharp'),
    sharp.versions.vips,
    ...loadFonts().map((font) => new Uint8Array(font.data as Buffer)),
  );
  return renderers;
}
