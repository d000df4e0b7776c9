/**
 * The theme script, inlined at the top of every page's <head> (ThemeScript.astro). Before the first
 * paint it applies the theme the reader saved (localStorage), so a dark page never flashes light, and
 * sets `data-js` on <html>, which reveals the theme toggle; it then handles every [data-theme-toggle]
 * button's clicks and keeps its `aria-pressed` true while the dark theme shows. Without it the page
 * follows `prefers-color-scheme` and the toggle stays hidden. It ships to every page, so it stays
 * small, and its hash goes into the page's Content-Security-Policy.
 */
import { createHash } from 'node:crypto';
import source from '../scripts/theme-init.js?raw';

export const themeScript: string = source;
export const themeScriptHash = `sha256-${createHash('sha256').update(source).digest('base64')}` as const;
