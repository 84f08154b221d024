import { ok, rules, TextCap } from '@ucos/kit';
import { type HookRefusal, type PluginHookRunner, type ProductDraft, refusalPath } from '@ucos/kit/plugin-hooks';
import type { CatalogDatabase } from '../db.ts';
import { type CatalogResult, catalogFail } from './errors.ts';
import type { ProductInput, ProductUpdateInput } from './products-store.ts';
import { productsByIds } from './products-store.ts';
import { variantsOfProducts } from './variants-store.ts';

/** The product fields a `product.save.transform` plugin may rewrite (only those it returned). */
export interface ProductChanges {
  handle?: string;
  title?: string;
  description?: string | null;
  attributes?: { name: string; value: string }[];
}

const TRANSFORM = 'product.save.transform' as const;

/** A plugin's refusal as the payload error PLUGIN_REFUSED, on `["input", …the field it names]`. */
export const pluginRefused = (refusal: HookRefusal) =>
  catalogFail('PLUGIN_REFUSED', refusal.message, refusalPath(refusal.field));

/**
 * The tenant's product plugins, before a product is written: `product.save.transform` plugins
 * rewrite handle, title, description or attributes (each sees the changes of those before it), then
 * `product.save.validate` plugins judge the product as it would be saved. They run outside the
 * write's transaction (a plugin may take up to its timeout); an update's version check still catches
 * a change made meanwhile. Without an installation of either hook nothing is read or run.
 */
async function productSaveHooks(
  plugins: PluginHookRunner,
  tenantId: string,
  draft: () => Promise<ProductDraft | null>,
  isNew: boolean,
): Promise<CatalogResult<ProductChanges>> {
  const [transforms, validators] = await Promise.all([
    plugins.installed(tenantId, TRANSFORM),
    plugins.installed(tenantId, 'product.save.validate'),
  ]);
  if (!transforms && !validators) return ok({});
  const product = await draft();
  // a product that is not there: the write answers NOT_FOUND
  if (!product) return ok({});
  let changes: ProductChanges = {};
  const transformed = await plugins.transform(tenantId, TRANSFORM, { product, isNew }, (input, output) => {
    changes = { ...changes, ...output.changes };
    return { input: { ...input, product: { ...input.product, ...output.changes } } };
  });
  if (!transformed.allow) return pluginRefused(transformed);
  const rewrite = rewriteProblem(changes);
  if (rewrite) return rewrite;
  const verdict = await plugins.validate(tenantId, 'product.save.validate', transformed.input);
  if (!verdict.allow) return pluginRefused(verdict);
  return ok(changes);
}

/**
 * The SDK's output check bounds a rewrite loosely (255 characters); the API's own rules are
 * stricter, and a plugin must not store what a member could not type.
 */
function rewriteProblem(changes: ProductChanges) {
  const problem = (field: string, message: string) =>
    catalogFail('INVALID_INPUT', `A plugin rewrote the ${field}: ${message}`, ['input', field]);
  if (
    changes.handle !== undefined &&
    (changes.handle.length > TextCap.name || !rules.HANDLE_PATTERN.test(changes.handle))
  ) {
    return problem('handle', `at most ${TextCap.name} lower-case letters or digits, single dashes between them`);
  }
  if (changes.title !== undefined && (changes.title.length > TextCap.name || changes.title.trim() === '')) {
    return problem('title', `1 to ${TextCap.name} characters, not blank`);
  }
  return null;
}

/** `productCreate`'s input through the plugins: the changes to make to it, or a refusal. */
export function beforeProductCreate(
  plugins: PluginHookRunner,
  tenantId: string,
  input: ProductInput,
): Promise<CatalogResult<ProductChanges>> {
  return productSaveHooks(
    plugins,
    tenantId,
    async () => ({
      id: null,
      handle: input.handle,
      title: input.title,
      description: input.description ?? null,
      status: input.status ?? 'DRAFT',
      attributes: input.attributes ?? [],
      variants: (input.variants ?? []).map((variant) => ({
        sku: variant.sku,
        title: variant.title ?? null,
        weightGrams: variant.weightGrams ?? null,
      })),
    }),
    true,
  );
}

/** `productUpdate`'s input through the plugins: they see the product as the update would leave it. */
export function beforeProductUpdate(
  db: CatalogDatabase,
  plugins: PluginHookRunner,
  tenantId: string,
  input: ProductUpdateInput,
): Promise<CatalogResult<ProductChanges>> {
  return productSaveHooks(
    plugins,
    tenantId,
    () =>
      db.run(async (sql) => {
        const [current] = await productsByIds(sql, [input.id], false);
        if (!current) return null;
        const variants = await variantsOfProducts(sql, [input.id]);
        return {
          id: current.id,
          handle: input.handle ?? current.handle,
          title: input.title ?? current.title,
          description: input.description ?? current.description,
          status: current.status,
          attributes: input.attributes ?? current.attributes,
          variants: variants.map((variant) => ({
            sku: variant.sku,
            title: variant.title,
            weightGrams: variant.weightGrams,
          })),
        };
      }),
    false,
  );
}
