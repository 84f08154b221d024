import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';

/** the generated API reference (`npm run compose` writes it), beside the gateway in the repository */
export const REFERENCE_DIR = fileURLToPath(new URL('../../docs/reference/', import.meta.url));

const PAGE = /^\/docs\/([a-z][a-z0-9-]*\.(?:html|css))$/;
const contentType = (name: string) => (name.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/html; charset=utf-8');

/**
 * Serves the API reference at `/docs/` for developers running the platform (not in production,
 * where it is published as static files): only the reference's own flat file names, never a path.
 */
export function useReferenceDocs(directory: string = REFERENCE_DIR): Plugin | null {
  if (!existsSync(directory)) return null;
  return {
    async onRequest({ request, url, endResponse }) {
      if (request.method !== 'GET' || !url.pathname.startsWith('/docs')) return;
      if (url.pathname === '/docs' || url.pathname === '/docs/') {
        endResponse(new Response(null, { status: 308, headers: { location: '/docs/index.html' } }));
        return;
      }
      const name = PAGE.exec(url.pathname)?.[1];
      const body = name ? await readFile(`${directory}/${name}`).catch(() => null) : null;
      endResponse(
        name && body
          ? new Response(body, { headers: { 'content-type': contentType(name), 'cache-control': 'no-cache' } })
          : new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } }),
      );
    },
  };
}
