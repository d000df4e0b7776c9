/**
 * Debian's Chromium as the project's tools drive it (the end-to-end tests, `npm run lighthouse`): no
 * browser is downloaded by npm here. `CHROMIUM_PATH` points at another Chrome (GitHub's runner has one).
 */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Headless, as root, offline: no sandbox, no GPU, no QUIC, no first-run or background traffic. */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
