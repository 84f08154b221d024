// The Next.js apps of `npm start`: the storefront and the admin portal, as production servers
// (`next start`) over a cached production build. The build is redone only when an app's inputs
// changed (its sources, the generated documents, @ucos/clients, @ucos/ui, the lockfile), so after the first
// start the apps are up in about a second. UCOS_APPS=dev runs `next dev` instead, UCOS_APPS=off
// starts neither.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export type AppsMode = 'production' | 'dev' | 'off';

export interface AppSpec {
  name: 'storefront' | 'admin';
  dir: string;
  port: number;
  env: Record<string, string>;
}

export interface RunningApp {
  name: string;
  url: string;
  /** resolves when the app answers (or rejects when it could not start) */
  ready: Promise<void>;
  stop(): Promise<void>;
}

const nextBin = () => createRequire(import.meta.url).resolve('next/dist/bin/next');
const STAMP = 'ucos-build-stamp';

/** Hash of everything a production build depends on; a changed hash means rebuild. */
async function buildInputsHash(root: string, appDir: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (dir: string) => {
    if (!existsSync(dir)) return;
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (['node_modules', '.next', 'results'].includes(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else {
        hash.update(path);
        hash.update(await readFile(path));
      }
    }
  };
  await walk(join(appDir, 'src'));
  await walk(join(root, 'clients/src'));
  await walk(join(root, 'apps/ui/src'));
  for (const file of [join(appDir, 'next.config.ts'), join(appDir, 'package.json'), join(root, 'package-lock.json')]) {
    if (existsSync(file)) hash.update(await readFile(file));
  }
  return hash.digest('hex');
}

function run(args: string[], cwd: string, env: Record<string, string>, log: (line: string) => void): ChildProcess {
  const child = spawn(process.execPath, [nextBin(), ...args], {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // its own process group, so stopping it also stops next's workers
    detached: true,
  });
  const forward = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) log(line);
  };
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  return child;
}

const exited = (child: ChildProcess) =>
  new Promise<number>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code ?? 1));
  });

async function stopChild(child: ChildProcess | undefined) {
  if (!child || child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const done = exited(child);
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
  const timer = setTimeout(() => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 5000);
  await done;
  clearTimeout(timer);
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000), redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`not ready within ${timeoutMs / 1000}s`);
}

/** Whether `next build` must run first (no build yet, or its inputs changed since). */
export async function needsBuild(root: string, app: AppSpec): Promise<boolean> {
  const stamp = join(app.dir, '.next', STAMP);
  const current = await readFile(stamp, 'utf8').catch(() => '');
  return current !== (await buildInputsHash(root, app.dir));
}

/** Builds (when needed) then serves one app; the returned handle is usable at once. */
export function startApp(root: string, app: AppSpec, mode: Exclude<AppsMode, 'off'>, quiet = false): RunningApp {
  const url = `http://127.0.0.1:${app.port}`;
  const log = (line: string) => {
    if (!quiet) process.stdout.write(`[${app.name}] ${line}\n`);
  };
  let child: ChildProcess | undefined;
  let stopped = false;
  const ready = (async () => {
    if (mode === 'production' && (await needsBuild(root, app))) {
      const started = performance.now();
      log('building (next build; cached for the next start)…');
      const inputs = await buildInputsHash(root, app.dir);
      child = run(['build'], app.dir, app.env, log);
      const code = await exited(child);
      if (stopped) return;
      if (code !== 0) throw new Error(`${app.name}: next build failed (exit ${code})`);
      // a source edited while the build ran may or may not be in it: no stamp, the next start rebuilds
      if ((await buildInputsHash(root, app.dir)) === inputs) await writeFile(join(app.dir, '.next', STAMP), inputs);
      else log('sources changed during the build: it will be redone on the next start');
      log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    if (stopped) return;
    const args = mode === 'dev' ? ['dev'] : ['start'];
    child = run([...args, '--port', String(app.port), '--hostname', '127.0.0.1'], app.dir, app.env, log);
    await waitForHttp(url, child, mode === 'dev' ? 120_000 : 30_000);
  })();
  ready.catch(() => {}); // the caller reports it
  return {
    name: app.name,
    url,
    ready,
    async stop() {
      stopped = true;
      await stopChild(child);
    },
  };
}

export function appsMode(env: Record<string, string | undefined> = process.env): AppsMode {
  const value = env.UCOS_APPS ?? 'production';
  return value === 'dev' || value === 'off' ? value : 'production';
}

/** The trusted-documents manifests the gateway loads: the apps' generated persisted documents. */
export function appManifests(root: string): string[] {
  return ['apps/storefront/src/generated/persisted-documents.json', 'apps/admin/src/generated/persisted-documents.json']
    .map((path) => join(root, path))
    .filter((path) => existsSync(path));
}

/**
 * The demo storefront's publishable key, created once through the API and kept in the state dir
 * (a key's secret is shown only at creation). A stored key that no longer works is replaced.
 */
export async function demoStorefrontKey(
  gatewayUrl: string,
  stateDir: string,
  ownerAccessToken: string,
): Promise<string> {
  const file = join(stateDir, 'storefront-key.json');
  const stored = await readFile(file, 'utf8')
    .then((text) => (JSON.parse(text) as { key?: string }).key)
    .catch(() => undefined);
  if (stored && (await keyWorks(gatewayUrl, stored))) return stored;
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ownerAccessToken}` },
    body: JSON.stringify({
      query: `mutation DemoStorefrontKey($input: StorefrontKeyCreateInput!) { storefrontKeyCreate(input: $input) { secret errors { code message } } }`,
      variables: {
        input: {
          name: 'Demo storefront (npm start)',
          // the in-repo storefront is the tenant's built-in storefront app (Settings → Apps)
          appId: await builtInStorefrontApp(gatewayUrl, ownerAccessToken),
        },
      },
    }),
  });
  const body = (await response.json()) as { data?: { storefrontKeyCreate?: { secret?: string | null } } };
  const key = body.data?.storefrontKeyCreate?.secret;
  if (!key) throw new Error(`cannot create the demo storefront key: ${JSON.stringify(body)}`);
  await writeFile(file, JSON.stringify({ key }, null, 2), { mode: 0o600 });
  return key;
}

async function builtInStorefrontApp(gatewayUrl: string, ownerAccessToken: string): Promise<string | null> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ownerAccessToken}` },
    body: JSON.stringify({ query: 'query DemoApps { apps(first: 20) { edges { node { id kind builtIn } } } }' }),
  });
  const body = (await response.json().catch(() => null)) as {
    data?: { apps?: { edges: { node: { id: string; kind: string; builtIn: boolean } }[] } };
  } | null;
  return body?.data?.apps?.edges.find(({ node }) => node.builtIn && node.kind === 'STOREFRONT')?.node.id ?? null;
}

async function keyWorks(gatewayUrl: string, key: string): Promise<boolean> {
  // the gateway only runs trusted documents for publishable keys: ask with one the storefront ships
  const manifest = await readFile(
    new URL('../../apps/storefront/src/generated/persisted-documents.json', import.meta.url),
    'utf8',
  ).catch(() => '{}');
  const entry = Object.entries(JSON.parse(manifest) as Record<string, string>).find(([, document]) =>
    document.startsWith('query AccountPage_Me'),
  );
  const body = entry
    ? { extensions: { persistedQuery: { version: 1, sha256Hash: entry[0].replace(/^sha256:/, '') } } }
    : { query: '{ viewer { kind } }' };
  try {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-publishable-key': key },
      body: JSON.stringify(body),
    });
    const result = (await response.json()) as { data?: { viewer?: { kind?: string } } };
    return result.data?.viewer?.kind === 'PUBLISHABLE_KEY';
  } catch {
    return false;
  }
}
