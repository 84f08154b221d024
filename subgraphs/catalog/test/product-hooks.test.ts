import { noPluginHooks, type PluginHookRunner } from '@ucos/kit/plugin-hooks';
import { describe, expect, it } from 'vitest';
import { beforeProductCreate } from '../src/data/product-hooks.ts';

/**
 * Catalog's product plugins without a sandbox: the runner answers as a tenant's plugins would, so
 * the rules catalog adds around them are seen alone (the real plugins run in
 * infra/test/plugin-hooks-gateway.test.ts).
 */
const tenant = crypto.randomUUID();
const input = { handle: 'mug', title: 'Mug', variants: [{ sku: 'MUG-1', title: 'Blue' }] };

/** A runner whose transformers rewrite with `changes` and whose validators answer `verdict`. */
function runner(changes: Record<string, unknown>, verdict: Awaited<ReturnType<PluginHookRunner['validate']>>) {
  const seen: unknown[] = [];
  const hooks: PluginHookRunner = {
    ...noPluginHooks,
    installed: async () => true,
    async transform(_tenantId, _hook, hookInput, apply) {
      seen.push(hookInput);
      const step = apply(hookInput, { changes } as never, { plugin: 'p' });
      return 'refuse' in step
        ? { allow: false, message: step.refuse, field: null, plugin: 'p' }
        : { allow: true, input: step.input };
    },
    async validate(_tenantId, _hook, hookInput) {
      seen.push(hookInput);
      return verdict;
    },
  };
  return { hooks, seen };
}

describe('product plugins in catalog', () => {
  it('hands the transformers the product as it would be saved, the validators the rewritten one, and returns the rewrite', async () => {
    const { hooks, seen } = runner({ title: 'Mug deluxe' }, { allow: true });
    expect(await beforeProductCreate(hooks, tenant, input)).toEqual({ ok: true, value: { title: 'Mug deluxe' } });
    expect(seen[0]).toEqual({
      product: {
        id: null,
        handle: 'mug',
        title: 'Mug',
        description: null,
        status: 'DRAFT',
        attributes: [],
        variants: [{ sku: 'MUG-1', title: 'Blue', weightGrams: null }],
      },
      isNew: true,
    });
    expect((seen[1] as { product: { title: string } }).product.title).toBe('Mug deluxe');
  });

  it('a refusal is PLUGIN_REFUSED on the field the plugin names', async () => {
    const { hooks } = runner({}, { allow: false, message: 'No mugs', field: 'variants.0.sku', plugin: 'p' });
    expect(await beforeProductCreate(hooks, tenant, input)).toEqual({
      ok: false,
      errors: [{ code: 'PLUGIN_REFUSED', message: 'No mugs', field: ['input', 'variants', '0', 'sku'] }],
    });
  });

  it('a rewrite past what a member may type is refused, not stored', async () => {
    const long = runner({ title: 'M'.repeat(201) }, { allow: true });
    const blank = runner({ title: '   ' }, { allow: true });
    const handle = runner({ handle: `m${'-x'.repeat(100)}` }, { allow: true });
    for (const { hooks } of [long, blank, handle]) {
      const result = await beforeProductCreate(hooks, tenant, input);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.errors[0]?.code).toBe('INVALID_INPUT');
    }
  });

  it('without plugins nothing runs and nothing changes', async () => {
    expect(await beforeProductCreate(noPluginHooks, tenant, input)).toEqual({ ok: true, value: {} });
  });
});
