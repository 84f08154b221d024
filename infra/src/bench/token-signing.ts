// node|bun infra/src/bench/token-signing.ts — CPU per internal token: the kit's signer (node:crypto
// HMAC) against jose's SignJWT with the raw key (what the kit used before), and the subgraph's
// verification with the key imported once against a raw key each time. CPU time of this process
// (process.cpuUsage), so other work on a shared machine changes it little.
import { jwtVerify, SignJWT } from 'jose';
import type { AuthContext } from '../../../subgraphs/kit/src/auth-context.ts';
import { internalTokenKey, signInternalToken, verifyInternalToken } from '../../../subgraphs/kit/src/internal-token.ts';

const key = internalTokenKey('bench-secret-0123456789abcdef-0123456789');
const auth: AuthContext = {
  kind: 'api_key',
  subject: '7d1f0c4e-4c1a-4f7e-9a55-0a8f3f2b9c11',
  tenantId: '00000000-0000-4000-8000-000000000001',
  roles: [],
  scopes: ['catalog:read', 'inventory:read'],
  requestId: 'bench-request-id',
  clientAddress: '127.0.0.1',
};
const n = Number(process.env.TOKENS ?? 20_000);

const joseSign = () =>
  new SignJWT({
    knd: auth.kind,
    tid: auth.tenantId,
    rol: auth.roles,
    scp: auth.scopes,
    rid: auth.requestId,
    cip: auth.clientAddress,
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer('ucos-gateway')
    .setAudience('ucos-subgraphs')
    .setSubject(auth.subject ?? '')
    .setIssuedAt()
    .setExpirationTime('60s')
    .sign(key);

async function cpuMicros(work: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 500; i++) await work(); // warm-up
  const before = process.cpuUsage();
  for (let i = 0; i < n; i++) await work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / n;
}

const token = await signInternalToken(key, auth);
const rows = [
  ['sign: jose SignJWT, raw key (before)', await cpuMicros(joseSign)],
  ['sign: node:crypto HMAC (after)', await cpuMicros(() => signInternalToken(key, auth))],
  [
    'verify: jose, raw key each time (before)',
    await cpuMicros(() =>
      jwtVerify(token, key, { issuer: 'ucos-gateway', audience: 'ucos-subgraphs', algorithms: ['HS256'] }),
    ),
  ],
  ['verify: jose, key imported once (after)', await cpuMicros(() => verifyInternalToken(key, token))],
] as const;
const runtime = (globalThis as { Bun?: { version: string } }).Bun
  ? `bun ${(globalThis as { Bun?: { version: string } }).Bun?.version}`
  : `node ${process.version}`;
console.log(`| ${runtime}: ${n} tokens | CPU µs per token |\n|---|---:|`);
for (const [name, micros] of rows) console.log(`| ${name} | ${micros.toFixed(1)} |`);
