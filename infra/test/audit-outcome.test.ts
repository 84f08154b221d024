import { withoutBudget } from '@ucos/kit/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

/**
 * The audit trail records how a mutation ended from what its resolver returned, not from what the
 * client chose to read back: a business failure is a failure even when `errors` is not selected.
 */
let platform: WholePlatform;
let owner: Record<string, string>;
let admin: pg.Pool;

beforeAll(async () => {
  platform = await startWholePlatform();
  owner = (await platform.tenant('audited-shop')).bearer;
  admin = new pg.Pool({ connectionString: platform.db.adminUrl, max: 1 });
}, 120_000);
afterAll(async () => {
  await admin?.end();
  await platform?.close();
});

interface AuditRow {
  operation: string;
  outcome: string;
  error_code: string | null;
  target_type: string | null;
  target_id: string | null;
}

async function auditRows(schema: string, operation: string): Promise<AuditRow[]> {
  const { rows } = await admin.query<AuditRow>(
    `select operation, outcome, error_code, target_type, target_id from ${schema}.audit_log
      where operation = $1 order by occurred_at, id`,
    [operation],
  );
  return rows;
}

describe('audit outcome', () => {
  it('records a DUPLICATE_HANDLE productCreate as a failure when the client does not select errors', async () => {
    const create = `mutation($input: ProductCreateInput!) { productCreate(input: $input) { product { id } } }`;
    const input = { handle: 'audited-handle', title: 'Audited' };
    const first = await platform.gql(create, { input }, owner);
    const productId = first.body.data?.productCreate.product?.id;
    expect(productId).toEqual(expect.any(String));
    const second = await platform.gql(create, { input }, owner);
    // the client sees only a null product: it did not ask why
    expect(withoutBudget(second.body)).toEqual({ data: { productCreate: { product: null } } });

    expect(await auditRows('catalog', 'productCreate')).toEqual([
      {
        operation: 'productCreate',
        outcome: 'success',
        error_code: null,
        target_type: 'Product',
        target_id: productId,
      },
      {
        operation: 'productCreate',
        outcome: 'failure',
        error_code: 'DUPLICATE_HANDLE',
        target_type: null,
        target_id: null,
      },
    ]);
  });

  it('records the target and outcome when the client selects nothing but __typename', async () => {
    const answer = await platform.gql(
      `mutation { productCreate(input: { handle: "typename-only", title: "T" }) { __typename } }`,
      {},
      owner,
    );
    expect(answer.body.data?.productCreate).toEqual({ __typename: 'ProductCreatePayload' });
    const [row] = await auditRows('catalog', 'productCreate').then((rows) => rows.slice(-1));
    expect(row).toMatchObject({ outcome: 'success', target_type: 'Product', target_id: expect.any(String) });
  });

  it('records only the mutation fields that ran: a skipped field is not a failure', async () => {
    const answer = await platform.gql(
      `mutation {
        kept: warehouseCreate(input: { code: "AUD-1", name: "Audited" }) { warehouse { id } }
        skipped: warehouseCreate(input: { code: "AUD-2", name: "Skipped" }) @skip(if: true) { warehouse { id } }
      }`,
      {},
      owner,
    );
    expect(answer.body.errors).toBeUndefined();
    expect(await auditRows('inventory', 'warehouseCreate')).toEqual([
      {
        operation: 'warehouseCreate',
        outcome: 'success',
        error_code: null,
        target_type: 'Warehouse',
        target_id: answer.body.data?.kept.warehouse.id,
      },
    ]);
  });

  it("identity's audit trail, read through the gateway, shows the failure the client did not select", async () => {
    const answer = await platform.gql(
      `mutation { featureFlagSet(input: { key: "unselected", enabled: true, percentage: 101 }) { featureFlag { key } } }`,
      {},
      owner,
    );
    expect(withoutBudget(answer.body)).toEqual({ data: { featureFlagSet: { featureFlag: null } } });
    const trail = await platform.gql(
      `{ auditEvents(first: 5, filter: { operation: "featureFlagSet" }) { edges { node { outcome errorCode } } } }`,
      {},
      owner,
    );
    expect(trail.body.data?.auditEvents.edges).toEqual([{ node: { outcome: 'FAILURE', errorCode: 'INVALID_INPUT' } }]);
  });
});
