import { execFileSync } from 'node:child_process';
import { chmod, chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPool } from '@ucos/kit';
import { createCertificateAuthority, issueCertificate } from '@ucos/kit/tls-certificates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedServer, startEmbeddedPostgres } from '../src/embedded-postgres.ts';

let dir: string;
let server: EmbeddedServer;
const files: Record<string, string> = {};

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * As root the embedded server runs as the OS user "postgres" (the machine's PostgreSQL package has
 * one; embedded-postgres creates it otherwise), which must own its private key.
 */
function serverUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  return { uid: id('-u'), gid: id('-g') };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ucos-db-tls-'));
  // as root the server runs as another user, which must be able to enter the folder and read its key
  await chmod(dir, 0o755);
  const [platform, stranger] = await Promise.all([
    createCertificateAuthority({ commonName: 'db test CA' }),
    createCertificateAuthority({ commonName: 'somebody else' }),
  ]);
  const database = await issueCertificate(platform, { commonName: 'ucos-pg', hosts: ['127.0.0.1'], usage: 'server' });
  const write = async (name: string, text: string) => {
    files[name] = join(dir, name);
    await writeFile(files[name], text, { mode: 0o644 });
  };
  await Promise.all([
    write('ca.crt', platform.cert),
    write('stranger.crt', stranger.cert),
    write('server.crt', database.cert),
    write('server.key', database.key),
  ]);
  // PostgreSQL refuses a key others can read; it must belong to the server's user
  await chmod(files['server.key']!, 0o600);
  const user = serverUser();
  if (user) await chown(files['server.key']!, user.uid, user.gid);
  server = await startEmbeddedPostgres({
    dataDir: join(dir, 'data'),
    port: await freePort(),
    persistent: false,
    flags: ['-c', 'ssl=on', '-c', `ssl_cert_file=${files['server.crt']}`, '-c', `ssl_key_file=${files['server.key']}`],
  });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function connectionOf(url: string) {
  const pool = createPool({ url, max: 1, applicationName: 'database-tls-test' });
  try {
    const { rows } = await pool.query<{ ssl: boolean; version: string | null }>(
      'select ssl, version from pg_stat_ssl where pid = pg_backend_pid()',
    );
    return rows[0];
  } finally {
    await pool.end();
  }
}

describe('the kit pool with sslmode=verify-full in DATABASE_URL', () => {
  it('connects over TLS to a server whose certificate chains to sslrootcert and names its host', async () => {
    const url = `${server.url}?sslmode=verify-full&sslrootcert=${encodeURIComponent(files['ca.crt']!)}`;
    expect(await connectionOf(url)).toEqual({ ssl: true, version: 'TLSv1.3' });
  });

  it('refuses a server certificate from another CA', async () => {
    const url = `${server.url}?sslmode=verify-full&sslrootcert=${encodeURIComponent(files['stranger.crt']!)}`;
    await expect(connectionOf(url)).rejects.toThrow(/self[- ]signed|unable to verify|certificate/i);
  });

  it('refuses a server whose certificate does not name the host connected to', async () => {
    const url = `${server.url.replace('127.0.0.1', 'localhost')}?sslmode=verify-full&sslrootcert=${encodeURIComponent(files['ca.crt']!)}`;
    await expect(connectionOf(url)).rejects.toThrow(/altnames|Hostname|does not match/i);
  });
});
