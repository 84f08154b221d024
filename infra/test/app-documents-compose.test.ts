import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { apiSchemaOf } from '@ucos/gateway/rest/openapi';
import { createTestDatabase, type TestDatabase } from '@ucos/kit/testing';
import { suiteFixture } from '@ucos/kit/testing/suite';
import { buildASTSchema, GraphQLObjectType, GraphQLSchema, parse, printSchema, visit } from 'graphql';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import {
  committedManifests,
  documentsBrokenBy,
  partnerSdkManifest,
  publishedManifests,
} from '../src/app-documents-check.ts';

/**
 * `npm run compose` names the published app documents a supergraph change would break: the
 * committed manifests always, every tenant's live versions from identity's database when given.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const current = apiSchemaOf(readFileSync(`${root}schema/supergraph.graphql`, 'utf8'));
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** the current API schema without Query.featureEnabled: a breaking change a storefront would feel */
function withoutFeatureEnabled(): GraphQLSchema {
  const config = current.toConfig();
  const { featureEnabled: _removed, ...fields } = current.getQueryType()!.toConfig().fields;
  const query = new GraphQLObjectType({ ...current.getQueryType()!.toConfig(), fields });
  return new GraphQLSchema({
    ...config,
    query,
    types: config.types.map((type) => (type.name === query.name ? query : type)),
  });
}

let db: TestDatabase;
suiteFixture(async (own) => {
  db = await createTestDatabase([{ schema: 'identity', directory: `${root}subgraphs/identity/migrations` }]);
  own({ close: () => db.drop() });
});

describe('published app documents at compose time', () => {
  it('the committed manifests (the in-repo apps and the outside storefront) all fit the committed supergraph', () => {
    const manifests = committedManifests(root);
    expect(manifests.map(({ source }) => source.split(':')[0])).toEqual([
      'storefront (built-in)',
      'admin (built-in)',
      'outside storefront (fixture)',
    ]);
    expect(documentsBrokenBy(current, manifests)).toEqual([]);
  });

  it('a change that removes a field names the manifest and the document it breaks', () => {
    const broken = documentsBrokenBy(withoutFeatureEnabled(), committedManifests(root));
    expect(broken).toContainEqual(
      expect.objectContaining({
        source: expect.stringMatching(/^outside storefront \(fixture\)/),
        operation: 'OutsideFeature',
        code: 'INVALID_AGAINST_SCHEMA',
        message: expect.stringMatching(/featureEnabled/),
      }),
    );
  });

  it('checks the partner SDK’s operations too, named by its version, and names the one a change breaks', async () => {
    const sdk = await partnerSdkManifest(root);
    const { version } = JSON.parse(readFileSync(`${root}packages/partner-sdk/package.json`, 'utf8'));
    expect(sdk?.source).toBe(`partner SDK ${version}: packages/partner-sdk/src/operations.ts`);
    const operations = Object.values(sdk?.documents ?? {}).map((text) => /(?:query|mutation) (\w+)/.exec(text)?.[1]);
    expect(operations).toEqual(
      expect.arrayContaining([
        'PartnerSdk_Viewer',
        'PartnerSdk_StockAdjust',
        'PartnerSdk_ShipmentShip',
        'PartnerSdk_SupplierBillCreate',
        'PartnerSdk_PaymentRunPost',
        'PartnerSdk_ReturnReceive',
      ]),
    );
    expect(documentsBrokenBy(current, [sdk!])).toEqual([]);
    // a supergraph without Shipment.trackingNumber: every SDK operation selecting it is named
    const schema = buildASTSchema(
      visit(parse(printSchema(current)), {
        FieldDefinition: (field, _key, _parent, _path, ancestors) => {
          const owner = ancestors.at(-1) as { kind?: string; name?: { value: string } } | undefined;
          return owner?.name?.value === 'Shipment' && field.name.value === 'trackingNumber' ? null : undefined;
        },
      }),
    );
    const broken = documentsBrokenBy(schema, [sdk!]).map(({ source, operation }) => ({ source, operation }));
    expect(broken).toEqual(
      expect.arrayContaining([
        { source: sdk?.source, operation: 'PartnerSdk_ShipmentShip' },
        { source: sdk?.source, operation: 'PartnerSdk_Order' },
      ]),
    );
    expect(broken.map(({ operation }) => operation)).not.toContain('PartnerSdk_StockAdjust');
  });

  it('names the SDK’s supplier bill, payment run and return operations a change breaks, and only those', async () => {
    const sdk = (await partnerSdkManifest(root))!;
    const without = (owner: string, name: string) =>
      buildASTSchema(
        visit(parse(printSchema(current)), {
          FieldDefinition: (field, _key, _parent, _path, ancestors) => {
            const type = ancestors.at(-1) as { name?: { value: string } } | undefined;
            return type?.name?.value === owner && field.name.value === name ? null : undefined;
          },
        }),
      );
    const brokenBy = (schema: ReturnType<typeof without>) =>
      [...new Set(documentsBrokenBy(schema, [sdk]).map(({ operation }) => operation))].sort();
    expect(brokenBy(without('SupplierBill', 'holdReasons'))).toEqual([
      'PartnerSdk_SupplierBill',
      'PartnerSdk_SupplierBillCancel',
      'PartnerSdk_SupplierBillCreate',
      'PartnerSdk_SupplierBillRelease',
    ]);
    expect(brokenBy(without('FinancePaymentRun', 'lines'))).toEqual([
      'PartnerSdk_PaymentRun',
      'PartnerSdk_PaymentRunCancel',
      'PartnerSdk_PaymentRunCreate',
      'PartnerSdk_PaymentRunLineRemove',
      'PartnerSdk_PaymentRunLineUpdate',
      'PartnerSdk_PaymentRunPost',
    ]);
    expect(brokenBy(without('Return', 'history'))).toEqual([
      'PartnerSdk_Return',
      'PartnerSdk_ReturnApprove',
      'PartnerSdk_ReturnReceive',
      'PartnerSdk_ReturnRefund',
      'PartnerSdk_ReturnReject',
      'PartnerSdk_ReturnRequest',
    ]);
  });

  it("reads every tenant's live versions from identity's database and names tenant, app and version", async () => {
    const admin = new pg.Pool({ connectionString: db.adminUrl, max: 1 });
    try {
      const tenantId = crypto.randomUUID();
      const appId = crypto.randomUUID();
      const document = 'query Mine { featureEnabled(key: "x") }';
      const other = 'query Other { __typename }';
      await admin.query(`insert into identity.tenants (tenant_id, slug, name) values ($1, 'compose-shop', 'Shop')`, [
        tenantId,
      ]);
      await admin.query(
        `insert into identity.apps (tenant_id, id, kind, name, grace_seconds) values ($1, $2, 'storefront', 'Web', 3600)`,
        [tenantId, appId],
      );
      // version 1 is in its grace period, version 2 is current; both count
      for (const [version, text] of [
        [1, document],
        [2, other],
      ] as const) {
        await admin.query(
          `insert into identity.app_document_versions (tenant_id, app_id, version, documents, document_count)
           values ($1, $2, $3, $4, 1)`,
          [tenantId, appId, version, JSON.stringify({ [sha(text)]: text })],
        );
      }
      const manifests = await publishedManifests(db.adminUrl);
      expect(manifests.map(({ source }) => source)).toEqual([
        `tenant compose-shop, app "Web" (${appId}), version 2 (current)`,
        `tenant compose-shop, app "Web" (${appId}), version 1 (in its grace period)`,
      ]);
      expect(documentsBrokenBy(current, manifests)).toEqual([]);
      expect(documentsBrokenBy(withoutFeatureEnabled(), manifests)).toEqual([
        expect.objectContaining({
          source: `tenant compose-shop, app "Web" (${appId}), version 1 (in its grace period)`,
          hash: sha(document),
          operation: 'Mine',
        }),
      ]);
    } finally {
      await admin.end();
    }
  });
});
