import pg from 'pg';
import type { Own } from '../src/testing/suite.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing.ts';

/**
 * A fresh database with the kit's fixture migrations (`test/fixtures/migrations`: notes, the outbox…)
 * in `schema`, and a connected admin client on it (outside RLS, to arrange and inspect rows); both are
 * `own`ed, so a `suiteFixture` ends them after the file's tests (the client first).
 */
export async function fixtureDatabase(own: Own, schema: string): Promise<{ db: TestDatabase; admin: pg.Client }> {
  const db = own(await createTestDatabase([{ schema, directory: new URL('./fixtures/migrations/', import.meta.url) }]));
  const admin = own(new pg.Client({ connectionString: db.adminUrl }));
  await admin.connect();
  return { db, admin };
}
