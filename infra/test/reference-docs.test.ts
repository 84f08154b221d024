import { readFileSync } from 'node:fs';
import { readRouteTable } from '@ucos/gateway/rest/routes';
import { type GraphQLSchema, parse, validate } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReference } from '../src/reference/build.ts';
import { type ApiReference, referenceOf } from '../src/reference/model.ts';
import { apiSchemaOf, subgraphSchemas } from '../src/supergraph.ts';

/** The reference is generated from the committed supergraph; compose.test.ts proves it is current. */
const supergraph = readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8');
let api: GraphQLSchema;
let reference: ApiReference;

beforeAll(async () => {
  api = apiSchemaOf(supergraph);
  reference = referenceOf(api, await subgraphSchemas());
}, 60_000);

const operation = (kind: 'query' | 'mutation', name: string) => {
  const found = reference.operations.find((candidate) => candidate.kind === kind && candidate.name === name);
  if (!found) throw new Error(`${kind} ${name} is not in the reference`);
  return found;
};

describe('the API reference', () => {
  it('documents every root field of the API once, in the domain that serves it', () => {
    const roots = [
      ...Object.keys(api.getQueryType()?.getFields() ?? {}).map((name) => `query ${name}`),
      ...Object.keys(api.getMutationType()?.getFields() ?? {}).map((name) => `mutation ${name}`),
    ].sort();
    expect(reference.operations.map((entry) => `${entry.kind} ${entry.name}`).sort()).toEqual(roots);
    expect(operation('mutation', 'checkoutComplete').domain).toBe('orders');
    expect(operation('query', 'financeTrialBalance').domain).toBe('finance');
    expect(operation('query', 'node').domain).toBe('platform');
  });

  it('gives every operation an example that runs against the API schema', () => {
    const invalid = reference.operations
      .map((entry) => ({ entry, errors: validate(api, parse(entry.example.document)) }))
      .filter(({ errors }) => errors.length > 0)
      .map(({ entry, errors }) => `${entry.name}: ${errors.map((error) => error.message).join('; ')}`);
    expect(invalid).toEqual([]);
    for (const entry of reference.operations) expect(entry.cost, entry.name).toBeGreaterThan(0);
  });

  it('lists the error codes each mutation can return, from its payload', () => {
    const checkout = operation('mutation', 'checkoutComplete').errorCodes.map((code) => code.code);
    expect(checkout).toEqual(expect.arrayContaining(['INSUFFICIENT_STOCK', 'CART_EMPTY', 'IDEMPOTENCY_KEY_REUSED']));
    const withErrors = reference.operations.filter((entry) => entry.kind === 'mutation' && entry.errorCodes.length > 0);
    const mutations = reference.operations.filter((entry) => entry.kind === 'mutation');
    // every mutation answers a payload with typed errors (the API's convention)
    expect(withErrors.length).toBe(mutations.length);
  });

  it('says who may call each operation, from the subgraph access rules', () => {
    expect(operation('mutation', 'productCreate').access).toMatch(/scope `catalog:/);
    expect(operation('mutation', 'checkoutComplete').access).toContain('a signed-in shopper');
    expect(operation('mutation', 'sessionCreate').access).toMatch(/^public/);
    expect(operation('query', 'financeTrialBalance').access).toBe(
      'any of the scopes `finance:read`, `finance:write`, `finance:manage`',
    );
  });

  it('renders an index, a page per domain with an anchor per operation, and the three guides', async () => {
    const pages = new Map((await buildReference(api)).map((page) => [page.path, page.html]));
    expect([...pages.keys()]).toEqual(
      expect.arrayContaining([
        'index.html',
        'orders.html',
        'frontend-teams.html',
        'partners.html',
        'storefront-builders.html',
      ]),
    );
    for (const entry of reference.operations) {
      expect(pages.get(`${entry.domain}.html`), entry.name).toContain(`id="${entry.kind}-${entry.name}"`);
    }
    expect(pages.get('orders.html')).toContain('<a href="orders.html#type-CheckoutCompleteInput">');
    expect(pages.get('index.html')).toContain('RATE_LIMITED');
  });

  it('lists every REST route on the index, linked to the operation it runs, and names it on that operation', async () => {
    const routes = readRouteTable();
    const withRoutes = referenceOf(api, await subgraphSchemas(), routes);
    expect(withRoutes.rest).toHaveLength(routes.length);
    for (const route of withRoutes.rest) {
      const documented = withRoutes.operations.find(
        (candidate) => candidate.kind === route.kind && candidate.name === route.rootField,
      );
      expect(documented?.rest, `${route.method} ${route.path}`).toContainEqual({
        method: route.method,
        path: route.path,
      });
      expect(route.domain).toBe(documented?.domain);
    }
    expect(withRoutes.rest.find((route) => route.path === '/rest/v1/stock-adjustments')).toMatchObject({
      method: 'POST',
      kind: 'mutation',
      rootField: 'stockAdjust',
      domain: 'inventory',
      storefront: false,
    });
    const pages = new Map((await buildReference(api, routes)).map((page) => [page.path, page.html]));
    expect(pages.get('index.html')).toContain(
      '<td><code>POST /rest/v1/stock-adjustments</code></td><td>Sets (<code>setOnHand</code>)',
    );
    expect(pages.get('index.html')).toContain(
      '<a href="inventory.html#mutation-stockAdjust"><code>stockAdjust</code></a>',
    );
    const product = pages.get('catalog.html') ?? '';
    const section = product.slice(product.indexOf('id="query-variantBySku"'));
    expect(section.slice(0, section.indexOf('</section>'))).toContain(
      '<dt>REST</dt><dd><a href="index.html#rest"><code>GET /rest/v1/variants/by-sku/{sku}</code></a></dd>',
    );
  });
});
