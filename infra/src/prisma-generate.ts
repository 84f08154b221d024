// Runs `prisma generate` for one subgraph without the schema engine: Prisma 7's CLI wants to
// download it at start-up, which this environment cannot do, and generate does not use it. The
// stub is only ever set for `generate`, never for migrate commands (they would silently do nothing).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const stubDir = mkdtempSync(join(tmpdir(), 'ucos-prisma-'));
const stub = join(stubDir, 'schema-engine');
writeFileSync(stub, '#!/bin/sh\necho "schema engine stub: only prisma generate is supported" >&2\nexit 1\n');
chmodSync(stub, 0o755);

const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');
const result = spawnSync(process.execPath, [prismaCli, 'generate', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: stub, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' },
});
process.exit(result.status ?? 1);
