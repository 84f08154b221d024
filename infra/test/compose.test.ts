import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { changesBetween } from '../src/supergraph.ts';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url);

describe('schema/ (the committed contract)', () => {
  it('is current and composes: npm run compose -- --check', async () => {
    const { stdout } = await run(process.execPath, ['infra/src/compose.ts', '--check'], { cwd: root });
    expect(stdout).toContain('schema/ is current');
  });

  it('reports a removed field as a breaking change and an added one as safe', async () => {
    const current = readFileSync(new URL('schema/supergraph.graphql', root), 'utf8');
    const withoutSlug = current.replace(
      '{\n  id: ID!\n  slug: String!\n  name: String!\n  createdAt',
      '{\n  id: ID!\n  name: String!\n  createdAt',
    );
    expect(withoutSlug).not.toBe(current);
    const removed = await changesBetween(current, withoutSlug);
    expect(removed.breaking.map((change) => change.message)).toEqual([expect.stringContaining("'slug' was removed")]);
    const added = await changesBetween(withoutSlug, current);
    expect(added.breaking).toEqual([]);
    expect(added.safe.length).toBeGreaterThan(0);
  });
});
