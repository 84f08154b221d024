import { createPool } from '@ucos/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectCatalogPool } from '../src/db.ts';

/**
 * All five subgraphs can share one process (the embedded host): catalog's int8-as-number choice
 * must stay on catalog's pool, never change how another subgraph's pool reads int8.
 */
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) throw new Error('DATABASE_URL is not set: run the tests through vitest (its setup provides one)');

let catalog: ReturnType<typeof connectCatalogPool>;
let another: ReturnType<typeof createPool>;
beforeAll(() => {
  catalog = connectCatalogPool(serverUrl, 1);
  another = createPool({ url: serverUrl, max: 1, applicationName: 'another-subgraph' });
});
afterAll(async () => {
  await catalog.end();
  await another.end();
});

describe("catalog's int8 parser", () => {
  it('reads count(*) as a number on the catalog pool and as a string on any other pool', async () => {
    const sql = 'select count(*) as n, 5000000000::int8 as big from generate_series(1, 3)';
    expect((await catalog.query(sql)).rows).toEqual([{ n: 3, big: 5_000_000_000 }]);
    expect((await another.query(sql)).rows).toEqual([{ n: '3', big: '5000000000' }]);
  });
});
