import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Capability,
  type HookPoint,
  type PluginHost,
  type PluginLimits,
  type PluginOutcome,
  runPlugin,
  SAMPLE_INPUTS,
  WATCHDOG_GRACE_MS,
} from '../src/index.ts';

/** Runs a bundle written inline (plain JavaScript: the sandbox runs what compileBundle emits). */
function run<H extends HookPoint>(
  hook: H,
  code: string,
  options: {
    capabilities?: Capability[];
    limits?: Partial<PluginLimits>;
    host?: PluginHost;
    allowedHosts?: string[];
  } = {},
): Promise<PluginOutcome<H>> {
  return runPlugin({
    code,
    hook,
    input: SAMPLE_INPUTS[hook],
    config: { minimum: 100 },
    capabilities: options.capabilities ?? [],
    ...(options.allowedHosts ? { allowedHosts: options.allowedHosts } : {}),
    // generous unless a test is about the deadline: the test machine is shared
    limits: { timeoutMs: 1000, ...options.limits },
    ...(options.host ? { host: options.host } : {}),
  });
}

const validator = (body: string) => `export default { 'checkout.validate'(input, ctx) { ${body} } };`;
const transformer = (body: string) => `export default { 'order.confirmation.transform'(input, ctx) { ${body} } };`;
const action = (body: string) => `export default { async 'event.action'(input, ctx) { ${body} } };`;

function memoryKv(): NonNullable<PluginHost['kv']> & { store: Map<string, string> } {
  const store = new Map<string, string>();
  return {
    store,
    get: async (key) => store.get(key) ?? null,
    set: async (key, value) => {
      store.set(key, value);
    },
  };
}

/** A transformer that reports what it saw as label/value fields. */
const reporting = (checks: string) =>
  transformer(
    `const checks = ${checks}; return { fields: Object.entries(checks).map(([label, value]) => ({ label, value: String(value) })) };`,
  );

function fieldsOf(outcome: PluginOutcome<'order.confirmation.transform'>): Record<string, string> {
  if (!outcome.ok) throw new Error(`${outcome.failure}: ${outcome.message}`);
  return Object.fromEntries(outcome.output.fields.map(({ label, value }) => [label, value]));
}

describe('the sandbox', () => {
  it('runs a validator and returns its verdict', async () => {
    const outcome = await run(
      'checkout.validate',
      validator(
        `return input.subtotal.amount < ctx.config.minimum * 1000 ? { allow: false, message: 'Orders start at 1000', field: 'lines' } : { allow: true };`,
      ),
    );
    expect(outcome).toMatchObject({
      ok: true,
      output: { allow: false, message: 'Orders start at 1000', field: 'lines' },
    });
  });

  it('stops an infinite loop at the deadline: interrupted, not waited for', async () => {
    const outcome = await run('checkout.validate', validator('for (;;) {}'), { limits: { timeoutMs: 50 } });
    expect(outcome).toMatchObject({ ok: false, failure: 'timeout' });
    // the margin is the interrupt check interval plus a loaded test machine
    expect(outcome.durationMs).toBeLessThan(50 + 150);
  });

  it('stops a loop of expensive built-ins that QuickJS itself would not check for minutes, by stopping its worker', async () => {
    const [stuck, neighbour] = await Promise.all([
      run('checkout.validate', validator(`const big = 'x'.repeat(100000); for (;;) big.split('');`), {
        limits: { timeoutMs: 50, memoryBytes: 64 * 1024 * 1024 },
      }),
      run('checkout.validate', validator(`return { allow: false, message: 'still here' };`)),
    ]);
    expect(stuck).toMatchObject({ ok: false, failure: 'timeout', message: expect.stringMatching(/stopped/) });
    // from the moment its sandbox was ready (starting a worker thread is not the plugin's time)
    expect(stuck.durationMs).toBeLessThan(50 + WATCHDOG_GRACE_MS + 300);
    expect(neighbour).toMatchObject({ ok: true, output: { allow: false, message: 'still here' } });
    // the next call gets a fresh worker
    expect(await run('checkout.validate', validator('return { allow: true };'))).toMatchObject({ ok: true });
  });

  it('stops a loop hidden in a getter the host would read, and in a microtask', async () => {
    const getter = await run('checkout.validate', validator('return { get allow() { for (;;) {} } };'), {
      limits: { timeoutMs: 50 },
    });
    expect(getter).toMatchObject({ ok: false, failure: 'timeout' });
    const microtask = await run(
      'checkout.validate',
      validator('return Promise.resolve().then(() => { for (;;) {} });'),
      { limits: { timeoutMs: 50 } },
    );
    expect(microtask).toMatchObject({ ok: false, failure: 'timeout' });
  });

  it('stops a call waiting on a host call that never answers at the deadline', async () => {
    const hanging: PluginHost = { kv: { get: () => new Promise(() => {}), set: async () => {} } };
    const outcome = await run('event.action', action(`await ctx.kv.get('x'); return { status: 'done' };`), {
      capabilities: ['kv'],
      host: hanging,
      limits: { timeoutMs: 80 },
    });
    expect(outcome).toMatchObject({ ok: false, failure: 'timeout' });
    expect(outcome.durationMs).toBeLessThan(80 + 150);
  });

  it('reports a promise that can never settle instead of waiting for the deadline', async () => {
    const outcome = await run('checkout.validate', validator('return new Promise(() => {});'), {
      limits: { timeoutMs: 1000 },
    });
    expect(outcome).toMatchObject({ ok: false, failure: 'error', message: expect.stringMatching(/never settles/) });
    expect(outcome.durationMs).toBeLessThan(500);
  });

  it('stops memory bombs: one huge allocation, a growing array, a flood of objects, many medium strings', async () => {
    const bombs = {
      huge: `globalThis.keep = 'x'.repeat(64 * 1024 * 1024); return { allow: true };`,
      growing: 'const hoard = []; for (;;) hoard.push(hoard.length);',
      objects: 'const hoard = []; for (;;) hoard.push({ n: hoard.length });',
      // each string is far below the limit: the watch on the module's memory stops these
      strings: `const hoard = []; for (;;) hoard.push('x'.repeat(64 * 1024) + hoard.length);`,
    };
    for (const [name, body] of Object.entries(bombs)) {
      const outcome = await run('checkout.validate', validator(body), {
        limits: { memoryBytes: 4 * 1024 * 1024, timeoutMs: 3000 },
      });
      // the memory watch looks at the same checkpoints as the deadline; when those are far apart the
      // watchdog stops the call first: either way it ends within the limits
      expect(outcome, name).toMatchObject({
        ok: false,
        failure: name === 'strings' ? expect.stringMatching(/^(memory|timeout)$/) : 'memory',
      });
      expect(outcome.durationMs, name).toBeLessThan(3000 + WATCHDOG_GRACE_MS + 500);
      const next = await run('checkout.validate', validator('return { allow: true };'));
      expect(next, `after ${name}`).toMatchObject({ ok: true });
    }
  });

  it('counts memory against the call that grew it, not against a call waiting at the same time', async () => {
    let release: () => void = () => {};
    const slow: PluginHost = {
      kv: {
        get: () => new Promise((resolve) => (release = () => resolve('v'))),
        set: async () => {},
      },
    };
    const waiting = run('event.action', action(`await ctx.kv.get('k'); return { status: 'done' };`), {
      capabilities: ['kv'],
      host: slow,
      limits: { memoryBytes: 1024 * 1024, timeoutMs: 3000 },
    });
    // a legitimate big call meanwhile grows the shared memory far past the waiting call's limit
    const big = await run(
      'checkout.validate',
      validator(
        `const parts = []; for (let i = 0; i < 48; i++) parts.push('x'.repeat(1024 * 1024) + i); return { allow: parts.length === 48 };`,
      ),
      { limits: { memoryBytes: 256 * 1024 * 1024, timeoutMs: 3000 } },
    );
    release();
    expect(big).toMatchObject({ ok: true, output: { allow: true } });
    expect(await waiting).toMatchObject({ ok: true, output: { status: 'done' } });
  });

  it('stops deep recursion with a stack overflow, and the next call runs normally', async () => {
    const outcome = await run('checkout.validate', validator('const dive = (n) => dive(n + 1) + 1; return dive(0);'));
    expect(outcome).toMatchObject({ ok: false, failure: 'error', message: expect.stringMatching(/stack overflow/) });
    const next = await run('checkout.validate', validator('return { allow: true };'));
    expect(next).toMatchObject({ ok: true, output: { allow: true } });
  });

  it('refuses an output over the size limit', async () => {
    const outcome = await run('checkout.validate', validator(`return { allow: false, message: 'x'.repeat(200000) };`), {
      limits: { maxOutputBytes: 64 * 1024 },
    });
    expect(outcome).toMatchObject({ ok: false, failure: 'output-too-large' });
    // multi-byte characters count as the bytes they take
    const wide = await run(
      'order.confirmation.transform',
      transformer(`return { fields: [{ label: 'a', value: '€'.repeat(900) }] };`),
      { limits: { maxOutputBytes: 1000 } },
    );
    expect(wide).toMatchObject({ ok: false, failure: 'output-too-large' });
  });

  it('keeps the first log lines of a flood and says the rest were dropped', async () => {
    const outcome = await run(
      'checkout.validate',
      validator(
        `const long = 'x'.repeat(5000); for (let i = 0; i < 100000; i++) console.log('line', i, long); return { allow: true };`,
      ),
      { capabilities: ['log'], limits: { maxLogLines: 20, timeoutMs: 1000 } },
    );
    expect(outcome).toMatchObject({ ok: true, output: { allow: true } });
    expect(outcome.logs).toHaveLength(21);
    expect(outcome.logs[0]?.message.startsWith('line 0 xxx')).toBe(true);
    expect(outcome.logs[0]?.message.length).toBeLessThanOrEqual(2001);
    expect(outcome.logs.at(-1)).toMatchObject({ level: 'warn', message: expect.stringMatching(/dropped/) });
  });

  it('logs through console and ctx.log with levels, objects as JSON', async () => {
    const outcome = await run(
      'checkout.validate',
      validator(`console.warn('low stock', { sku: 'A' }); ctx.log.error(new Error('bad')); return { allow: true };`),
      { capabilities: ['log'] },
    );
    expect(outcome.logs.map(({ level, message }) => [level, message])).toEqual([
      ['warn', 'low stock {"sku":"A"}'],
      ['error', 'Error: bad'],
    ]);
  });

  it('exposes no host globals: no process, require, fetch, timers, file system or module loading', async () => {
    const outcome = await run(
      'order.confirmation.transform',
      `export default { async 'order.confirmation.transform'(input, ctx) {
        const global = Function('return this')();
        let imported = 'no';
        try { await import('fs'); imported = 'yes'; } catch (error) { imported = 'refused'; }
        const checks = {
          process: typeof process, require: typeof require, fetch: typeof fetch, setTimeout: typeof setTimeout,
          Buffer: typeof Buffer, Deno: typeof Deno, Bun: typeof Bun, performance: typeof performance,
          std: typeof std, os: typeof os, host: typeof host, sameGlobal: String(global === globalThis),
          globals: Object.getOwnPropertyNames(globalThis).filter((name) => !/^[A-Z]/.test(name)).sort().join(','),
          imported,
          ctxKeys: Object.keys(ctx).sort().join(','),
        };
        return { fields: Object.entries(checks).map(([label, value]) => ({ label, value: String(value) })) };
      } };`,
    );
    const fields = fieldsOf(outcome);
    for (const name of [
      'process',
      'require',
      'fetch',
      'setTimeout',
      'Buffer',
      'Deno',
      'Bun',
      'performance',
      'std',
      'os',
      'host',
    ]) {
      expect(fields[name], name).toBe('undefined');
    }
    expect(fields.imported).toBe('refused');
    expect(fields.ctxKeys).toBe('config,fetch,kv,log');
    // only the language's own functions and the console the sandbox installs
    expect(fields.globals?.split(',')).toEqual(expect.arrayContaining(['console', 'globalThis', 'parseInt']));
    expect(fields.globals).not.toMatch(/process|require|host|prepare|run\b/);
  });

  it('leaves the host’s prototypes alone and starts every call from a clean realm', async () => {
    const polluted = await run(
      'order.confirmation.transform',
      `Object.prototype.polluted = 'yes'; Array.prototype.push = () => 0; globalThis.leak = 'yes';
       export default { 'order.confirmation.transform'() {
         JSON.parse('{"__proto__": {"polluted": "yes"}}');
         return JSON.parse('{"fields": [], "__proto__": {"polluted": "yes"}}');
       } };`,
    );
    expect(polluted).toMatchObject({ ok: true, output: { fields: [] } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(polluted.ok ? polluted.output : null)).toBe(Object.prototype);
    expect(Object.hasOwn(polluted.ok ? polluted.output : {}, '__proto__')).toBe(false);
    expect([1].push(2)).toBe(2);

    const next = await run(
      'order.confirmation.transform',
      reporting(`{ polluted: typeof ({}).polluted, leak: typeof globalThis.leak, push: [].push(1) }`),
    );
    expect(fieldsOf(next)).toEqual({ polluted: 'undefined', leak: 'undefined', push: '1' });
  });

  it('fixes the clock at the call start and seeds Math.random from the input', async () => {
    const before = Date.now();
    const code = transformer(`
      const first = Date.now();
      let spins = 0; while (Date.now() === first && spins < 2000000) spins++;
      return { fields: [
        { label: 'now', value: String(first) },
        { label: 'stood', value: String(Date.now() === first && new Date().getTime() === first) },
        { label: 'spins', value: String(spins) },
        { label: 'parsed', value: String(new Date('2020-01-01T00:00:00Z').getTime()) },
        { label: 'random', value: String(Math.random()) },
      ] };`);
    const first = fieldsOf(await run('order.confirmation.transform', code, { limits: { timeoutMs: 2000 } }));
    const after = Date.now();
    expect(Number(first.now)).toBeGreaterThanOrEqual(before);
    expect(Number(first.now)).toBeLessThanOrEqual(after);
    expect(first.stood).toBe('true');
    expect(first.spins).toBe('2000000');
    expect(first.parsed).toBe(String(Date.UTC(2020, 0, 1)));
    const again = fieldsOf(await run('order.confirmation.transform', code, { limits: { timeoutMs: 2000 } }));
    expect(again.random).toBe(first.random);
  });

  it('denies an undeclared capability, even when the plugin catches the error', async () => {
    const kv = memoryKv();
    const undeclaredKv = await run(
      'event.action',
      action(`try { await ctx.kv.set('k', 'v'); } catch (error) {} return { status: 'done' };`),
      { host: { kv } },
    );
    expect(undeclaredKv).toMatchObject({
      ok: false,
      failure: 'capability-denied',
      message: expect.stringMatching(/kv/),
    });
    expect(kv.store.size).toBe(0);
    const undeclaredLog = await run('checkout.validate', validator(`console.log('hi'); return { allow: true };`));
    expect(undeclaredLog).toMatchObject({
      ok: false,
      failure: 'capability-denied',
      message: expect.stringMatching(/log/),
    });
    const httpInValidator = await run(
      'checkout.validate',
      validator(`ctx.fetch('https://erp.example.com'); return { allow: true };`),
      {
        capabilities: ['http'],
        allowedHosts: ['erp.example.com'],
      },
    );
    expect(httpInValidator).toMatchObject({
      ok: false,
      failure: 'capability-denied',
      message: expect.stringMatching(/http/),
    });
  });

  it('keeps a per-call key-value store behind the kv capability', async () => {
    const kv = memoryKv();
    const code = action(
      `const seen = Number((await ctx.kv.get('seen')) ?? 0) + 1; await ctx.kv.set('seen', String(seen)); return { status: 'done', message: String(seen) };`,
    );
    const first = await run('event.action', code, { capabilities: ['kv'], host: { kv } });
    const second = await run('event.action', code, { capabilities: ['kv'], host: { kv } });
    expect(first).toMatchObject({ ok: true, output: { message: '1' } });
    expect(second).toMatchObject({ ok: true, output: { message: '2' } });
    expect(kv.store.get('seen')).toBe('2');
  });

  it('bounds host calls: a loop or an endless async recursion of kv calls ends with an error', async () => {
    const kv = memoryKv();
    const loop = await run(
      'event.action',
      action(`for (let i = 0; i < 100000; i++) await ctx.kv.get('k' + i); return { status: 'done' };`),
      {
        capabilities: ['kv'],
        host: { kv },
        limits: { timeoutMs: 1000 },
      },
    );
    expect(loop).toMatchObject({ ok: false, failure: 'error', message: expect.stringMatching(/too many host calls/) });
    const recursion = await run(
      'event.action',
      action(`const again = async (n) => { await ctx.kv.set('n', String(n)); return again(n + 1); }; return again(0);`),
      { capabilities: ['kv'], host: { kv }, limits: { timeoutMs: 1000 } },
    );
    expect(recursion).toMatchObject({ ok: false, failure: 'error' });
    // a key that is an object runs its toString in the sandbox, under the deadline
    const sneaky = await run(
      'event.action',
      action(`await ctx.kv.get({ toString() { for (;;) {} } }); return { status: 'done' };`),
      { capabilities: ['kv'], host: { kv }, limits: { timeoutMs: 50 } },
    );
    expect(sneaky).toMatchObject({ ok: false, failure: 'timeout' });
  });

  it('reports a plugin that throws, synchronously or asynchronously, with its message', async () => {
    expect(await run('checkout.validate', validator(`throw new TypeError('no cart');`))).toMatchObject({
      ok: false,
      failure: 'error',
      message: 'TypeError: no cart',
    });
    expect(await run('checkout.validate', validator(`throw 'plain';`))).toMatchObject({
      failure: 'error',
      message: 'plain',
    });
    expect(await run('event.action', action(`await null; throw new Error('later');`))).toMatchObject({
      failure: 'error',
      message: 'Error: later',
    });
    expect(await run('checkout.validate', 'export default {}; throw new Error("at load");')).toMatchObject({
      failure: 'error',
      message: expect.stringMatching(/at load/),
    });
  });

  it('checks the output shape of the hook', async () => {
    expect(await run('checkout.validate', validator(`return { allow: 'yes' };`))).toMatchObject({
      ok: false,
      failure: 'invalid-output',
    });
    expect(await run('checkout.validate', validator(`return { allow: false };`))).toMatchObject({
      failure: 'invalid-output',
      message: expect.stringMatching(/message/),
    });
    expect(
      await run(
        'cart.price.adjust',
        `export default { 'cart.price.adjust'() { return { adjustments: [{ lineId: 'nope', amount: { amount: -1, currency: 'USD' }, reason: 'x' }] }; } };`,
      ),
    ).toMatchObject({
      failure: 'invalid-output',
      message: expect.stringMatching(/not a line of this cart.*must be EUR/),
    });
    const rate = (fields: string) =>
      `{ code: 'standard', name: 'Standard', amount: { amount: 495, currency: 'EUR' }, estimatedDaysMin: 2, estimatedDaysMax: 4, ${fields} }`;
    expect(
      await run(
        'shipping.rates',
        `export default { 'shipping.rates'() { return { rates: [${rate("amount: { amount: -5, currency: 'USD' }")}, ${rate('estimatedDaysMax: 1')}] }; } };`,
      ),
    ).toMatchObject({
      failure: 'invalid-output',
      message: expect.stringMatching(/must be EUR.*must not be negative.*before estimatedDaysMin.*offered twice/),
    });
    expect(await run('event.action', action('return;'))).toMatchObject({ ok: true, output: { status: 'done' } });
    expect(await run('checkout.validate', validator(`return { allow: true, extra: () => 1 };`))).toMatchObject({
      ok: true,
      output: { allow: true },
    });
  });

  it('answers an input it cannot pass to the sandbox with an error outcome, not a throw', async () => {
    const outcome = await runPlugin({
      code: validator('return { allow: true };'),
      hook: 'checkout.validate',
      input: { ...SAMPLE_INPUTS['checkout.validate'], cartId: (() => 'x') as unknown as string },
      config: {},
      capabilities: [],
    });
    expect(outcome).toMatchObject({ ok: false, failure: 'error', message: expect.stringMatching(/not JSON/) });
    expect(await run('checkout.validate', validator('return { allow: true };'))).toMatchObject({ ok: true });
  });

  it('says which hook is missing', async () => {
    expect(await run('cart.line.validate', validator('return { allow: true };'))).toMatchObject({
      ok: false,
      failure: 'missing-hook',
      message: expect.stringMatching(/cart\.line\.validate/),
    });
    expect(await run('checkout.validate', 'export const x = 1;')).toMatchObject({ failure: 'missing-hook' });
  });

  it('does not let a misbehaving call affect a concurrent well-behaved one', async () => {
    const kv = memoryKv();
    const good = action(`
      await ctx.kv.set('mine', 'a'); const value = await ctx.kv.get('mine');
      return { status: 'done', message: value + ':' + typeof globalThis.leak + ':' + typeof ({}).polluted };`);
    const bad = action(`
      globalThis.leak = 1; Object.prototype.polluted = 1;
      await ctx.kv.get('x');
      const hoard = []; for (;;) hoard.push(hoard.length);`);
    const looping = action(`await ctx.kv.get('x'); for (;;) {}`);
    const outcomes = await Promise.all([
      run('event.action', bad, {
        capabilities: ['kv'],
        host: { kv: memoryKv() },
        limits: { memoryBytes: 4 << 20, timeoutMs: 500 },
      }),
      run('event.action', good, { capabilities: ['kv'], host: { kv } }),
      run('event.action', looping, { capabilities: ['kv'], host: { kv: memoryKv() }, limits: { timeoutMs: 60 } }),
      run('event.action', good, { capabilities: ['kv'], host: { kv } }),
    ]);
    expect(outcomes.map((outcome) => (outcome.ok ? outcome.output.message : outcome.failure))).toEqual([
      'memory',
      'a:undefined:undefined',
      'timeout',
      'a:undefined:undefined',
    ]);
  });
});

describe('the http capability', () => {
  let server: Server;
  let base: string;
  const received: Array<{ method: string; url: string; body: string; type: string }> = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => {
        body += chunk;
      });
      request.on('end', () => {
        received.push({
          method: request.method ?? '',
          url: request.url ?? '',
          body,
          type: String(request.headers['content-type']),
        });
        if (request.url === '/redirect') {
          response.writeHead(302, { location: 'http://169.254.169.254/' }).end();
          return;
        }
        response.writeHead(201, { 'content-type': 'application/json' }).end('{"id":"erp-1"}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('posts to an allow-listed host from an action hook', async () => {
    const outcome = await run(
      'event.action',
      action(`const answer = await ctx.fetch('${base}/orders', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input.event.data) });
        return { status: answer.status === 201 ? 'done' : 'retry', message: answer.body };`),
      { capabilities: ['http'], allowedHosts: [new URL(base).host], limits: { timeoutMs: 1000 } },
    );
    expect(outcome).toMatchObject({ ok: true, output: { status: 'done', message: '{"id":"erp-1"}' } });
    expect(received.at(-1)).toMatchObject({ method: 'POST', url: '/orders', type: 'application/json' });
    expect(JSON.parse(received.at(-1)?.body ?? '')).toMatchObject({ orderId: 'ord_1' });
  });

  it('denies a host that is not on the allow-list, another port of it, or another scheme', async () => {
    const count = received.length;
    for (const url of ['http://169.254.169.254/latest/meta-data', `http://127.0.0.1:1/`, 'file:///etc/passwd']) {
      const outcome = await run('event.action', action(`await ctx.fetch('${url}'); return { status: 'done' };`), {
        capabilities: ['http'],
        allowedHosts: [new URL(base).host],
      });
      expect(outcome, url).toMatchObject({ ok: false, failure: 'capability-denied' });
    }
    expect(received.length).toBe(count);
  });

  it('does not follow a redirect off the allow-list', async () => {
    const outcome = await run(
      'event.action',
      action(
        `const answer = await ctx.fetch('${base}/redirect'); return { status: 'done', message: String(answer.status) };`,
      ),
      { capabilities: ['http'], allowedHosts: [new URL(base).host], limits: { timeoutMs: 1000 } },
    );
    expect(outcome).toMatchObject({ ok: true, output: { message: '302' } });
  });
});
