import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../src/errors.ts';
import { createInternalClient, type InternalClientOptions } from '../src/internal-client.ts';
import { INTERNAL_TOKEN_HEADER, internalTokenKey, verifyInternalToken } from '../src/internal-token.ts';

const key = internalTokenKey('internal-client-test-secret-0123456789abcdef');
const call = { caller: 'orders', tenantId: '00000000-0000-4000-8000-000000000001', scopes: ['inventory:read'] };

const Ping = parse('query Ping { ping }') as TypedDocumentNode<{ ping: string }, Record<string, never>>;
const Reserve = parse('mutation Reserve($key: String!) { reserve(key: $key) }') as TypedDocumentNode<
  { reserve: boolean },
  { key: string }
>;

type Behaviour = 'ok' | 'fail' | 'hang' | 'graphql-error';

/** A real HTTP callee whose next answers are scripted; every request it received is counted. */
class ScriptedCallee {
  readonly server: Server;
  script: Behaviour[] = [];
  fallback: Behaviour = 'ok';
  received = 0;
  readonly hanging: ServerResponse[] = [];

  constructor() {
    this.server = createServer((request, response) => this.#answer(request, response));
  }

  get url() {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/graphql`;
  }

  async #answer(request: IncomingMessage, response: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    this.received += 1;
    // every call carries a service token for the caller's tenant
    const token = request.headers[INTERNAL_TOKEN_HEADER] as string;
    const auth = await verifyInternalToken(key, token);
    if (auth.tenantId !== call.tenantId || auth.subject !== 'orders') throw new Error('wrong token');
    const behaviour = this.script.shift() ?? this.fallback;
    const query = (JSON.parse(Buffer.concat(chunks).toString()) as { query: string }).query;
    const json = (status: number, body: unknown) =>
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (behaviour === 'hang') return void this.hanging.push(response);
    if (behaviour === 'fail') return json(503, { errors: [{ message: 'overloaded' }] });
    if (behaviour === 'graphql-error')
      return json(200, { errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] });
    json(200, { data: query.includes('reserve') ? { reserve: true } : { ping: 'pong' } });
  }
}

const callees: ScriptedCallee[] = [];
async function callee(): Promise<ScriptedCallee> {
  const created = new ScriptedCallee();
  created.server.listen(0, '127.0.0.1');
  await once(created.server, 'listening');
  callees.push(created);
  return created;
}

const fast = (overrides: Partial<InternalClientOptions> = {}): InternalClientOptions => ({
  service: 'inventory',
  timeoutMs: 300,
  retry: { attempts: 3, initialDelayMs: 5, maxDelayMs: 20 },
  breaker: { failures: 5, halfOpenAfterMs: 200 },
  ...overrides,
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

afterEach(() => {
  for (const created of callees) for (const response of created.hanging.splice(0)) response.destroy();
});
afterAll(async () => {
  for (const created of callees) {
    created.server.closeAllConnections();
    created.server.close();
  }
});

describe('internal client: retry', () => {
  it('retries a query through two failures and answers', async () => {
    const server = await callee();
    server.script = ['fail', 'fail'];
    const client = createInternalClient(server.url, key, fast());
    await expect(client.request(Ping, {}, call)).resolves.toEqual({ ping: 'pong' });
    expect(server.received).toBe(3);
  });

  it('gives up after the configured attempts with SERVICE_UNAVAILABLE naming only the service', async () => {
    const server = await callee();
    server.fallback = 'fail';
    const client = createInternalClient(server.url, key, fast());
    const error = await refusal(client.request(Ping, {}, call));
    expect(error.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(error.message).toBe('Service "inventory" is unavailable.');
    expect(error.message).not.toContain('127.0.0.1');
    expect(server.received).toBe(3);
  });

  it('retries a query whose attempt hung past the timeout', async () => {
    const server = await callee();
    server.script = ['hang'];
    const client = createInternalClient(server.url, key, fast({ timeoutMs: 150 }));
    const started = performance.now();
    await expect(client.request(Ping, {}, call)).resolves.toEqual({ ping: 'pong' });
    expect(server.received).toBe(2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('never retries a mutation that is not marked idempotent', async () => {
    const server = await callee();
    server.script = ['fail'];
    const client = createInternalClient(server.url, key, fast());
    expect((await refusal(client.request(Reserve, { key: 'k1' }, call))).extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(server.received).toBe(1);
  });

  it('never retries a mutation whose attempt hung (it may have landed)', async () => {
    const server = await callee();
    server.script = ['hang'];
    const client = createInternalClient(server.url, key, fast({ timeoutMs: 150 }));
    expect((await refusal(client.request(Reserve, { key: 'k1' }, call))).extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(server.received).toBe(1);
  });

  it('retries a mutation the caller marks idempotent (it carries an idempotency key)', async () => {
    const server = await callee();
    server.script = ['fail', 'fail'];
    const client = createInternalClient(server.url, key, fast());
    await expect(client.request(Reserve, { key: 'k1' }, { ...call, idempotent: true })).resolves.toEqual({
      reserve: true,
    });
    expect(server.received).toBe(3);
  });

  it('does not retry an answer the callee gave on purpose (a GraphQL error)', async () => {
    const server = await callee();
    server.script = ['graphql-error'];
    const client = createInternalClient(server.url, key, fast());
    expect((await refusal(client.request(Ping, {}, call))).extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(server.received).toBe(1);
    expect(client.circuit).toBe('closed');
  });

  it('makes one attempt only with attempts: 1', async () => {
    const server = await callee();
    server.script = ['fail'];
    const client = createInternalClient(server.url, key, fast({ retry: { attempts: 1 } }));
    await refusal(client.request(Ping, {}, call));
    expect(server.received).toBe(1);
  });
});

describe('internal client: circuit breaker', () => {
  it('opens after consecutive failures, then fails fast without a request leaving', async () => {
    const server = await callee();
    server.fallback = 'fail';
    const client = createInternalClient(
      server.url,
      key,
      fast({ retry: { attempts: 1 }, breaker: { failures: 3, halfOpenAfterMs: 60_000 } }),
    );
    for (let i = 0; i < 3; i++) await refusal(client.request(Ping, {}, call));
    expect(server.received).toBe(3);
    expect(client.circuit).toBe('open');
    const started = performance.now();
    const error = await refusal(client.request(Ping, {}, call));
    expect(error.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(error.message).toBe('Service "inventory" is unavailable.');
    expect(performance.now() - started).toBeLessThan(500);
    expect(server.received).toBe(3);
  });

  it('stops retrying once the circuit opens mid-retry', async () => {
    const server = await callee();
    server.fallback = 'fail';
    const client = createInternalClient(
      server.url,
      key,
      fast({ retry: { attempts: 5, initialDelayMs: 1 }, breaker: { failures: 2, halfOpenAfterMs: 60_000 } }),
    );
    await refusal(client.request(Ping, {}, call));
    expect(server.received).toBe(2);
    expect(client.circuit).toBe('open');
  });

  it('half-opens after the pause: a successful probe closes it, a failed one opens it again', async () => {
    const server = await callee();
    server.fallback = 'fail';
    const client = createInternalClient(
      server.url,
      key,
      fast({ retry: { attempts: 1 }, breaker: { failures: 2, halfOpenAfterMs: 150 } }),
    );
    await refusal(client.request(Ping, {}, call));
    await refusal(client.request(Ping, {}, call));
    expect(client.circuit).toBe('open');

    await new Promise((resolve) => setTimeout(resolve, 200));
    await refusal(client.request(Ping, {}, call)); // the probe fails
    expect(server.received).toBe(3);
    expect(client.circuit).toBe('open');
    await refusal(client.request(Ping, {}, call)); // fails fast again
    expect(server.received).toBe(3);

    await new Promise((resolve) => setTimeout(resolve, 200));
    server.fallback = 'ok';
    await expect(client.request(Ping, {}, call)).resolves.toEqual({ ping: 'pong' });
    expect(client.circuit).toBe('closed');
    await expect(client.request(Ping, {}, call)).resolves.toEqual({ ping: 'pong' });
    expect(server.received).toBe(5);
  });

  it('counts a callee that is down (connection refused) and a hung one', async () => {
    const server = await callee();
    const url = server.url;
    server.server.close();
    await once(server.server, 'close');
    const down = createInternalClient(
      url,
      key,
      fast({ retry: { attempts: 1 }, breaker: { failures: 2, halfOpenAfterMs: 60_000 } }),
    );
    await refusal(down.request(Ping, {}, call));
    await refusal(down.request(Ping, {}, call));
    expect(down.circuit).toBe('open');

    const hung = await callee();
    hung.fallback = 'hang';
    const slow = createInternalClient(
      hung.url,
      key,
      fast({ timeoutMs: 100, retry: { attempts: 1 }, breaker: { failures: 2, halfOpenAfterMs: 60_000 } }),
    );
    await refusal(slow.request(Ping, {}, call));
    await refusal(slow.request(Ping, {}, call));
    expect(slow.circuit).toBe('open');
    await refusal(slow.request(Ping, {}, call));
    expect(hung.received).toBe(2);
  });

  it('keeps one circuit per client: another callee is not affected', async () => {
    const broken = await callee();
    broken.fallback = 'fail';
    const healthy = await callee();
    const options = fast({ retry: { attempts: 1 }, breaker: { failures: 1, halfOpenAfterMs: 60_000 } });
    const inventory = createInternalClient(broken.url, key, options);
    const catalog = createInternalClient(healthy.url, key, { ...options, service: 'catalog' });
    await refusal(inventory.request(Ping, {}, call));
    expect(inventory.circuit).toBe('open');
    await expect(catalog.request(Ping, {}, call)).resolves.toEqual({ ping: 'pong' });
  });
});

describe('internal client: documents', () => {
  it('refuses a document with more than one operation (it is sent as printed, once)', async () => {
    const two = parse('query A { ping } query B { ping }') as TypedDocumentNode<
      { ping: string },
      Record<string, never>
    >;
    const client = createInternalClient('http://127.0.0.1:1/graphql', key, fast());
    await expect(client.request(two, {}, call)).rejects.toThrow('exactly one operation');
  });
});
