/**
 * The Content-Security-Policy directives every page carries in its CSP <meta> (Astro's `security.csp`
 * adds `script-src` and `style-src` with the hash of each inline script and style of the page). The
 * HTTP-only parts (`frame-ancestors`) are in public/_headers: browsers ignore them in a <meta>.
 */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Pagefind runs its search as WebAssembly, which a policy without this source refuses to compile. */
export const wasmScriptSource = "'wasm-unsafe-eval'";
