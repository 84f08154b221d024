import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Each domain's newest migration on the day the tenant policy got one helper. Those and everything
 * before them have run in production and stay as written; every later migration (and every
 * migration of a domain not listed) enables RLS with `select enable_tenant_isolation('x');` (kit
 * migration 0004) instead of writing the policy out again.
 */
const WRITTEN_BEFORE_THE_RULE: Record<string, number> = {
  catalog: 44,
  finance: 4,
  fulfillment: 22,
  identity: 70,
  inventory: 33,
  kit: 11,
  notifications: 1,
  orders: 25,
  procurement: 12,
  webhooks: 1,
  workflows: 30,
};

const SUBGRAPHS = new URL('../../', import.meta.url);

const withoutComments = (sql: string) => sql.replace(/--[^\n]*/g, '').replace(/\/\*[\s\S]*?\*\//g, '');

/** What a migration writes out by hand that `enable_tenant_isolation` does, one line a problem. */
export function handWrittenTenantPolicy(sql: string): string[] {
  const text = withoutComments(sql);
  const problems: string[] = [];
  for (const [, table] of text.matchAll(
    /alter\s+table\s+(?:only\s+)?([\w.]+)\s+(?:enable|force)\s+row\s+level\s+security/gi,
  ))
    problems.push(`${table}: row level security enabled by hand`);
  for (const [, policy, table] of text.matchAll(/create\s+policy\s+(\w+)\s+on\s+([\w.]+)[^;]*app\.tenant_id/gi))
    problems.push(`${table}: tenant policy ${policy} written by hand`);
  for (const [, table, body] of text.matchAll(
    /create\s+table\s+(?:if\s+not\s+exists\s+)?([\w.]+)\s*\(([\s\S]*?)\)\s*(?:partition\s+by[^;]*)?;/gi,
  )) {
    const name = table!.split('.').pop()!;
    const isolated = new RegExp(`enable_tenant_isolation\\(\\s*'(?:\\w+\\.)?${name}'\\s*\\)`, 'i').test(text);
    if (/\btenant_id\b/i.test(body!) && !isolated)
      problems.push(`${table}: tenant table without enable_tenant_isolation`);
  }
  return problems;
}

const newMigrations = () =>
  readdirSync(SUBGRAPHS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((domain) => {
      const directory = new URL(`${domain.name}/migrations/`, SUBGRAPHS);
      let files: string[];
      try {
        files = readdirSync(directory);
      } catch {
        return [];
      }
      const before = WRITTEN_BEFORE_THE_RULE[domain.name] ?? 0;
      return files
        .filter((file) => /^\d{4}_.*\.sql$/.test(file) && Number(file.slice(0, 4)) > before)
        .map((file) => ({
          name: `${domain.name}/migrations/${file}`,
          sql: readFileSync(new URL(file, directory), 'utf8'),
        }));
    });

describe('the tenant policy in migrations', () => {
  it('is enabled through enable_tenant_isolation in every migration written since the helper', () => {
    const problems = newMigrations().flatMap(({ name, sql }) =>
      handWrittenTenantPolicy(sql).map((problem) => `${name}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  it('the baseline names migrations that exist (a renumbered domain would slip past the rule)', () => {
    for (const [domain, newest] of Object.entries(WRITTEN_BEFORE_THE_RULE)) {
      const files = readdirSync(new URL(`${domain}/migrations/`, SUBGRAPHS));
      expect(
        files.some((file) => Number(file.slice(0, 4)) === newest),
        `${domain} ${newest}`,
      ).toBe(true);
    }
  });

  it('accepts a tenant table isolated through the helper, and a table without tenants', () => {
    const sql = `
      create table carrier_notes (tenant_id uuid not null, id uuid not null, body text not null,
        primary key (tenant_id, id));
      select enable_tenant_isolation('carrier_notes');
      create table carrier_codes (code text primary key);
      -- create policy tenant_isolation on old using (tenant_id = current_setting('app.tenant_id'))
    `;
    expect(handWrittenTenantPolicy(sql)).toEqual([]);
  });

  it('refuses the policy written by hand, and a tenant table left without it', () => {
    const sql = `
      create table carrier_notes (tenant_id uuid not null, id uuid primary key);
      alter table carrier_notes enable row level security;
      alter table carrier_notes force row level security;
      create policy tenant_isolation on carrier_notes
        using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
      create table if not exists carrier_events (tenant_id uuid not null, at timestamptz not null);
    `;
    expect(handWrittenTenantPolicy(sql)).toEqual([
      'carrier_notes: row level security enabled by hand',
      'carrier_notes: row level security enabled by hand',
      'carrier_notes: tenant policy tenant_isolation written by hand',
      'carrier_notes: tenant table without enable_tenant_isolation',
      'carrier_events: tenant table without enable_tenant_isolation',
    ]);
  });
});
