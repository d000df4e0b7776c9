import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderOgImage } from '../../../src/lib/og-image';

const card = { title: 'Council approves the rezoning plan', kicker: '13 March 2023', siteName: 'Quotewire' };

describe('renderOgImage between builds', () => {
  it('draws a card once and reads it from the cache after that', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'og-cache-'));
    const drawn = await renderOgImage(card, cache);
    const [file, ...others] = readdirSync(cache);
    expect(file).toMatch(/^[0-9a-f]{64}\.png$/);
    expect(others).toEqual([]);
    // Replace the cached file: the next call must return it instead of drawing again.
    writeFileSync(join(cache, file!), 'cached bytes');
    expect(Buffer.from(await renderOgImage({ ...card }, cache)).toString()).toBe('cached bytes');
    expect(drawn.length).toBeGreaterThan(1000);
  });

  it('draws a changed card afresh under its own key', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'og-cache-'));
    await renderOgImage(card, cache);
    await renderOgImage({ ...card, title: 'Council rejects the rezoning plan' }, cache);
    await renderOgImage({ ...card, kicker: '14 March 2023' }, cache);
    expect(readdirSync(cache)).toHaveLength(3);
  });
});
