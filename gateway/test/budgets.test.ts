import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLogger } from '@ucos/kit/logger';
import { type DocumentNode, Kind, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BUDGETS, loadConfig } from '../src/config.ts';
import { createGateway, type Gateway } from '../src/gateway.ts';
import { analyseCost, MAX_PAGE_SIZE } from '../src/query-cost.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The default budgets leave room for what the apps really send: every trusted document of the
 * storefront and the admin, priced by the gateway's cost model over the committed supergraph with
 * every page-size variable at its maximum.
 */
let gateway: Gateway;
beforeAll(async () => {
  const { config } = loadConfig({
    NODE_ENV: 'test',
    INTERNAL_TOKEN_SECRET: 'budgets-test-internal-secret-0123456789',
    IDENTITY_URL: 'http://127.0.0.1:9',
    SUPERGRAPH_PATH: `${root}schema/supergraph.graphql`,
  });
  gateway = await createGateway(config, { logger: createLogger('gateway', 'silent') });
});
afterAll(() => gateway?.stop());

function costs(app: string): { name: string; cost: number }[] {
  const manifest = JSON.parse(
    readFileSync(`${root}apps/${app}/src/generated/persisted-documents.json`, 'utf8'),
  ) as Record<string, string>;
  return Object.values(manifest).map((text) => {
    const document: DocumentNode = parse(text);
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    const name = operation && 'name' in operation ? operation.name?.value : undefined;
    const report = analyseCost(gateway.gateway.schema, document, name, { first: MAX_PAGE_SIZE, last: MAX_PAGE_SIZE });
    expect(report.violations).toEqual([]);
    return { name: name ?? '(anonymous)', cost: report.cost };
  });
}

describe('the default budgets fit normal use', () => {
  it('a storefront shopper can load 50 of the heaviest pages a minute', () => {
    const heaviest = Math.max(...costs('storefront').map(({ cost }) => cost));
    expect(heaviest).toBeGreaterThan(100);
    expect(heaviest * 50).toBeLessThanOrEqual(DEFAULT_BUDGETS.storefrontClientPoints);
  });

  it('an admin user can load 100 of the heaviest pages a minute, each well under the per-request cap', () => {
    const all = costs('admin');
    const heaviest = Math.max(...all.map(({ cost }) => cost));
    expect(heaviest * 100).toBeLessThanOrEqual(DEFAULT_BUDGETS.points);
    expect(heaviest * 4).toBeLessThanOrEqual(DEFAULT_BUDGETS.maxRequestPoints);
  });

  it('a sign-in fits a thousand times in an anonymous address’s minute', () => {
    const signIn = costs('admin').find(({ name }) => name === 'SignInForm_SessionCreate');
    expect(signIn).toBeDefined();
    expect((signIn?.cost ?? Infinity) * 1000).toBeLessThanOrEqual(DEFAULT_BUDGETS.anonymousPoints);
  });
});
