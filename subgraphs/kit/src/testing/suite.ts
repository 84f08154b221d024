import { afterAll, beforeAll } from 'vitest';

/** Something a suite starts and must end: a server or harness (`close`), a test database (`drop`), a pool (`end`). */
export type SuiteResource = { close(): unknown } | { drop(): unknown } | { end(): unknown };

/** Registers `resource` to be ended after the file's tests, and returns it. */
export type Own = <Resource extends SuiteResource>(resource: Resource) => Resource;

const end = async (resource: SuiteResource): Promise<void> => {
  if ('close' in resource) await resource.close();
  else if ('drop' in resource) await resource.drop();
  else await resource.end();
};

/**
 * A test file's shared setup: `start` runs once before its tests; everything it passed to `own` is
 * ended after them, the last started first, also when `start` failed halfway (what was started by then).
 * `timeoutMs` is `start`'s, as `beforeAll`'s.
 *
 * ```ts
 * let finance: FinanceHarness;
 * suiteFixture(async (own) => {
 *   const db = own(await createTestDatabase([{ schema: 'finance', directory: MIGRATIONS }]));
 *   finance = own(await startFinance(db));
 * });
 * ```
 *
 * In `@ucos/kit/testing/suite`, apart from `@ucos/kit/testing`, which tools outside vitest import too.
 */
export function suiteFixture(start: (own: Own) => Promise<unknown>, timeoutMs?: number): void {
  const owned: SuiteResource[] = [];
  beforeAll(async () => {
    await start((resource) => {
      owned.push(resource);
      return resource;
    });
  }, timeoutMs);
  afterAll(async () => {
    for (const resource of owned.splice(0).reverse()) await end(resource);
  });
}
