import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { REFERENCE_DIR, useReferenceDocs } from '../src/reference-docs.ts';

const directory = mkdtempSync(join(tmpdir(), 'reference-'));
writeFileSync(join(directory, 'index.html'), '<h1>API reference</h1>');
writeFileSync(join(directory, 'style.css'), 'body{}');
writeFileSync(join(tmpdir(), 'secret.html'), 'not for you');

const plugin = useReferenceDocs(directory);
const yoga = createYoga({
  schema: createSchema({ typeDefs: 'type Query { ok: Boolean }' }),
  plugins: plugin ? [plugin] : [],
});
const get = (path: string) => yoga.fetch(`http://gateway${path}`);

describe('the API reference at /docs', () => {
  it('serves the pages and the stylesheet with their types', async () => {
    const page = await get('/docs/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('API reference');
    expect((await get('/docs/style.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('sends /docs to the index', async () => {
    const answer = await get('/docs');
    expect(answer.status).toBe(308);
    expect(answer.headers.get('location')).toBe('/docs/index.html');
  });

  it('answers 404 for a missing page and for anything outside its folder', async () => {
    expect((await get('/docs/nothing.html')).status).toBe(404);
    expect((await get('/docs/..%2Fsecret.html')).status).toBe(404);
    expect((await get('/docs/sub/index.html')).status).toBe(404);
  });

  it('leaves GraphQL alone', async () => {
    const answer = await yoga.fetch('http://gateway/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ ok }' }),
    });
    expect(await answer.json()).toEqual({ data: { ok: null } });
  });

  it('is off when there is no reference to serve, and finds the repository one by default', () => {
    expect(useReferenceDocs(join(directory, 'missing'))).toBeNull();
    expect(useReferenceDocs(REFERENCE_DIR)).not.toBeNull();
  });
});
