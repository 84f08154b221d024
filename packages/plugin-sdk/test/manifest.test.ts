import { describe, expect, it } from 'vitest';
import { compileBundle, MANIFEST_JSON_SCHEMA, parseManifest, validateConfig } from '../src/index.ts';

const valid = {
  name: 'minimum-order-value',
  version: '1.2.0-beta.1',
  hooks: [{ point: 'checkout.validate', failurePolicy: 'refuse', timeoutMs: 50 }],
  capabilities: ['log'],
  configSchema: { type: 'object', required: ['minimum'], properties: { minimum: { type: 'integer', minimum: 0 } } },
};

describe('parseManifest', () => {
  it('accepts a valid manifest and types it', () => {
    const parsed = parseManifest(valid);
    expect(parsed).toEqual({ ok: true, manifest: valid });
  });

  it('reports every problem, each at its path', () => {
    const parsed = parseManifest({
      name: 'Bad Name',
      version: '1.0',
      hooks: [
        { point: 'checkout.validate', failurePolicy: 'ignore', timeoutMs: 5000 },
        { point: 'order.delete', failurePolicy: 'allow' },
      ],
      capabilities: ['kv', 'fs'],
      configSchema: {},
      extra: true,
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual(
      expect.arrayContaining([
        { path: 'extra', message: 'is not a known property' },
        { path: 'name', message: expect.stringMatching(/must match pattern/) },
        { path: 'version', message: expect.stringMatching(/must match pattern/) },
        { path: 'hooks.0.failurePolicy', message: 'must be one of "refuse", "allow"' },
        { path: 'hooks.0.timeoutMs', message: 'must be <= 1000' },
        { path: 'hooks.1.point', message: expect.stringMatching(/^must be one of "cart.line.validate"/) },
        { path: 'hooks.1.timeoutMs', message: 'is required' },
        { path: 'capabilities.1', message: 'must be one of "kv", "http", "log"' },
      ]),
    );
    expect(parsed.problems).toHaveLength(8);
  });

  it('reports the rules across fields: each hook once, http with hosts and an action hook, a usable config schema', () => {
    const parsed = parseManifest({
      ...valid,
      hooks: [valid.hooks[0], valid.hooks[0]],
      capabilities: ['http'],
      configSchema: { type: 'object', properties: { minimum: { type: 'nonsense' } } },
    });
    expect(parsed).toEqual({
      ok: false,
      problems: expect.arrayContaining([
        { path: 'hooks.1.point', message: 'checkout.validate is declared twice' },
        { path: 'allowedHosts', message: 'the http capability needs at least one allowed host' },
        { path: 'capabilities', message: 'http is only available to action hooks (event.action)' },
        { path: expect.stringMatching(/^configSchema/), message: expect.any(String) },
      ]),
    });
    expect(parseManifest({ ...valid, configSchema: { type: 'array' } })).toEqual({
      ok: false,
      problems: [{ path: 'configSchema.type', message: 'must be "object"' }],
    });
    expect(parseManifest({ ...valid, allowedHosts: ['erp.example.com'] })).toMatchObject({
      ok: false,
      problems: [{ path: 'allowedHosts', message: 'allowed hosts need the http capability' }],
    });
    expect(
      parseManifest({
        ...valid,
        hooks: [{ point: 'event.action', failurePolicy: 'allow', timeoutMs: 1000 }],
        capabilities: ['http'],
        allowedHosts: ['erp.example.com', '127.0.0.1:8080', 'https://evil.example.com/'],
      }),
    ).toEqual({
      ok: false,
      problems: [{ path: 'allowedHosts.2', message: expect.stringMatching(/must match pattern/) }],
    });
  });

  it('declares admin actions on admin.action only, each once, and its own extensions name only them', () => {
    const button = (action: object) => ({
      point: 'ORDER_PANEL',
      title: 'Tiers',
      schema: { blocks: [{ type: 'button', label: 'Go', action }] },
    });
    const withActions = {
      ...valid,
      hooks: [
        ...valid.hooks,
        { point: 'admin.action', failurePolicy: 'refuse', timeoutMs: 200, actions: [{ name: 'recalculate-tier' }] },
      ],
      uiExtensions: [button({ name: 'recalculate-tier' }), button({ plugin: valid.name, name: 'recalculate-tier' })],
    };
    expect(parseManifest(withActions)).toMatchObject({ ok: true });
    const problems = (manifest: object) => {
      const parsed = parseManifest(manifest);
      return parsed.ok ? [] : parsed.problems.map((problem) => problem.path);
    };
    expect(
      problems({
        ...valid,
        hooks: [
          { ...valid.hooks[0], actions: [{ name: 'x' }] },
          { point: 'admin.action', failurePolicy: 'refuse', timeoutMs: 200, actions: [{ name: 'a' }, { name: 'a' }] },
        ],
        uiExtensions: [button({ name: 'launch' }), button({ plugin: 'other-plugin', name: 'a' })],
      }),
    ).toEqual([
      'hooks.0.actions',
      'hooks.1.actions.1.name',
      'uiExtensions.0.schema.blocks.0.action.name',
      'uiExtensions.1.schema.blocks.0.action.plugin',
    ]);
    expect(problems({ ...valid, hooks: [{ point: 'admin.action', failurePolicy: 'allow', timeoutMs: 10 }] })).toEqual([
      'hooks.0.actions',
    ]);
  });

  it('refuses what is not an object at all', () => {
    expect(parseManifest('manifest')).toEqual({ ok: false, problems: [{ path: '', message: 'must be object' }] });
    expect(MANIFEST_JSON_SCHEMA.required).toContain('configSchema');
  });
});

describe('validateConfig', () => {
  it('checks a config against the manifest’s schema, with formats, naming each problem', () => {
    expect(validateConfig(valid, { minimum: 10 })).toEqual([]);
    expect(validateConfig(valid, { minimum: 'ten' })).toEqual([{ path: 'minimum', message: 'must be integer' }]);
    expect(validateConfig(valid, {})).toEqual([{ path: 'minimum', message: 'is required' }]);
    const withUrl = { configSchema: { type: 'object', properties: { url: { type: 'string', format: 'uri' } } } };
    expect(validateConfig(withUrl, { url: 'not a url' })).toEqual([
      { path: 'url', message: 'must match format "uri"' },
    ]);
  });
});

describe('compileBundle', () => {
  it('compiles TypeScript to one ES module and lists the hooks it implements', async () => {
    const compiled = await compileBundle(
      `import type { Plugin } from '@ucos/plugin-sdk';
       enum Limit { Minimum = 100 }
       export default { 'checkout.validate'(input) { return input.subtotal.amount < Limit.Minimum ? { allow: false as const, message: 'small' } : { allow: true as const }; } } satisfies Plugin;`,
      'ts',
    );
    expect(compiled).toMatchObject({ ok: true, hooks: ['checkout.validate'] });
    if (!compiled.ok) return;
    expect(compiled.code).not.toMatch(/import|satisfies|enum /);
    expect(compiled.code).toMatch(/export\s*{[^}]*as default/);
  });

  it('says where the syntax is wrong', async () => {
    expect(await compileBundle('export default {\n  "checkout.validate"() { return { allow: true ', 'js')).toEqual({
      ok: false,
      message: expect.stringMatching(/^2:\d+ Expected "}"/),
    });
  });

  it('refuses imports, a missing default export, unknown hooks and values that are not functions', async () => {
    expect(
      await compileBundle(
        `import fs from 'node:fs'; export default { 'checkout.validate'() { fs.readFileSync('/etc/passwd'); return { allow: true }; } };`,
        'ts',
      ),
    ).toEqual({
      ok: false,
      message: expect.stringMatching(/cannot import "node:fs"/),
    });
    expect(await compileBundle(`import { x } from './other'; export default { x };`, 'js')).toMatchObject({
      ok: false,
    });
    expect(await compileBundle(`export const x = 1;`, 'js')).toEqual({
      ok: false,
      message: 'the default export must be an object mapping hook points to functions',
    });
    expect(await compileBundle(`export default { 'order.delete'() {} };`, 'js')).toEqual({
      ok: false,
      message: 'not hook points: order.delete',
    });
    expect(await compileBundle(`export default { 'checkout.validate': 1 };`, 'js')).toEqual({
      ok: false,
      message: 'not functions: checkout.validate',
    });
    expect(await compileBundle(`for (;;) {} export default {};`, 'js')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/interrupted/),
    });
    // a top level QuickJS would not interrupt for minutes: its worker is stopped
    expect(
      await compileBundle(`const big = 'x'.repeat(100000); for (;;) big.split(''); export default {};`, 'js'),
    ).toEqual({ ok: false, message: 'the bundle did not load within 250 ms (its sandbox was stopped)' });
  });
});
