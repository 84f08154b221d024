// What the revocation check adds to a request: `node gateway/bench/revocation-check.ts`.
// Builds a list holding 100,000 revoked sessions and 100,000 subjects' grants versions (far more
// than a busy platform keeps for one access-token lifetime) and times a million checks.
import { createLogger } from '@ucos/kit/logger';
import { createRevocationList, type FeedFetch } from '../src/auth-revocations.ts';

const SIZE = 100_000;
const CHECKS = 1_000_000;
const tenantId = crypto.randomUUID();
const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
const subjects = Array.from({ length: SIZE }, () => crypto.randomUUID());
const records = [
  ...Array.from({ length: SIZE }, () => ({ sessionId: crypto.randomUUID(), expiresAt })),
  ...subjects.map((subjectId) => ({ tenantId, subjectId, version: 2, reason: 'TOKEN_OUTDATED', expiresAt })),
];
const body = JSON.stringify({ asOf: new Date().toISOString(), records });
const feed: FeedFetch = async () => ({ status: 200, json: async () => JSON.parse(body) });

const list = createRevocationList({
  identityUrl: 'http://identity.invalid',
  internalTokenKey: new TextEncoder().encode('x'.repeat(32)),
  fetch: feed,
  logger: createLogger('bench', 'silent'),
  pollMs: 60_000,
  maxStaleMs: 120_000,
});
const loadStarted = performance.now();
await list.start();
const loadMs = performance.now() - loadStarted;

const tokens = Array.from({ length: 1000 }, (_, index) => ({
  sessionId: crypto.randomUUID(),
  tenantId,
  subject: subjects[index * 7] ?? crypto.randomUUID(),
  grantsVersion: 2,
}));
let refused = 0;
const started = performance.now();
for (let index = 0; index < CHECKS; index += 1) if (list.check(tokens[index % tokens.length]!)) refused += 1;
const elapsed = performance.now() - started;
await list.close();
const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
console.log(
  JSON.stringify({
    records: records.length,
    initialLoadMs: Math.round(loadMs),
    checks: CHECKS,
    nsPerCheck: Math.round((elapsed * 1e6) / CHECKS),
    refused,
    heapUsedMb: Math.round(heapMb),
  }),
);
