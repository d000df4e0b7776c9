import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderOgImage } from '../../../src/lib/og-image';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** A fresh cache folder, so the card is really drawn. */
const cacheless = () => mkdtempSync(join(tmpdir(), 'quotewire-og-'));

describe('renderOgImage', () => {
  it('draws a 1200×630 PNG with the shipped font, for short and very long titles', async () => {
    for (const title of ['Short', 'A very long headline that goes on '.repeat(8)]) {
      const png = await renderOgImage({ title, kicker: '13 March 2023', siteName: 'Quotewire' });
      expect(Buffer.from(png.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    }
  });

  it('draws dark text on the light, opaque card', async () => {
    const png = await renderOgImage({ title: 'Council approves the harbour plan', siteName: 'Quotewire' }, cacheless());
    const { channels, isOpaque } = await sharp(png).stats();
    expect(isOpaque).toBe(true);
    // The background is #fdfcf9; glyphs of the title (#1c1b19) are the darkest pixels.
    expect(channels.map((channel) => channel.max)).toEqual([253, 252, 249]);
    expect(Math.max(...channels.map((channel) => channel.min))).toBeLessThan(40);
  });

  it('does not fail on characters the font lacks', async () => {
    const png = await renderOgImage({ title: '习近平 وزير 🎈', siteName: 'Quotewire' });
    expect(pngSize(png).width).toBe(1200);
  });
});
