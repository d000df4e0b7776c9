/**
 * Serves a built site's folder the way a static host does: under its base path ("/" or "/quotewire/"),
 * each folder's index.html, and the site's 404.html with status 404 for anything else (including any
 * address outside the base, so a link that forgot the base fails).
 */
import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

export interface ServedSite {
  /** Address of the site's home page, base included: `http://127.0.0.1:PORT/quotewire/`. */
  readonly url: string;
  close(): Promise<void>;
}

export async function serveSite(dir: string, base: string): Promise<ServedSite> {
  const files = sirv(dir, { dev: true, etag: false });
  const notFound = readFileSync(join(dir, '404.html'));
  const sendNotFound = (response: ServerResponse) => {
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound);
  };
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (!path.startsWith(base)) return sendNotFound(response);
    request.url = `/${path.slice(base.length)}`;
    files(request, response, () => sendNotFound(response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
