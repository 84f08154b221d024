import { ownerCaller } from './caller.ts';
/**
 * The demo tenant's purchasing, through the public API as its owner, so the Procurement screens
 * are not empty: four suppliers (one billing in USD), a supplier item for every demo variant with a
 * preferred supplier each, the purchase order approval workflow enabled, and orders in DRAFT,
 * SUBMITTED (its approval waits in the Tasks inbox) and SENT. Whatever exists is kept: a restart
 * adds nothing. Returns what it did.
 */

export const DEMO_SUPPLIERS = [
  {
    code: 'NORDIC',
    name: 'Nordic Wholesale AB',
    currency: 'EUR',
    email: 'orders@nordic-wholesale.example',
    leadTimeDays: 5,
  },
  { code: 'GLOBEX', name: 'Globex Trading Inc.', currency: 'USD', email: 'sales@globex.example', leadTimeDays: 21 },
  {
    code: 'ALPINE',
    name: 'Alpine Supplies GmbH',
    currency: 'EUR',
    email: 'einkauf@alpine-supplies.example',
    leadTimeDays: 7,
  },
  { code: 'MUGS', name: 'Mugs & Co', currency: 'EUR', email: 'hello@mugsandco.example', leadTimeDays: 10 },
] as const;

/** USD → EUR for the demo's USD supplier (base minor units per supplier minor unit). */
export const DEMO_USD_RATE = '0.92';
/** The approval workflow: one approver above 1,000.00, two above 10,000.00 (base currency). */
export const DEMO_PO_APPROVAL = { name: 'purchase-order-approval', single: 100_000, double: 1_000_000 };

const ITEMS_PER_CALL = 500;

export async function seedDemoProcurement(gatewayUrl: string, accessToken: string): Promise<string[]> {
  const call = ownerCaller(gatewayUrl, accessToken);
  const done: string[] = [];
  const { suppliers } = await call<{ suppliers: { totalCount: number } }>('{ suppliers { totalCount } }');
  if (suppliers.totalCount > 0) return done;

  await call(
    `mutation($input: ProcurementSettingsUpdateInput!) { procurementSettingsUpdate(input: $input) { errors { code message } } }`,
    {
      input: {
        buyerName: 'UCOS Demo Store',
        receiptOverTolerancePercent: 5,
        matchQuantityTolerancePercent: 0,
        matchPriceTolerancePercent: 2,
        matchPriceToleranceAmount: 50,
      },
    },
  );

  const supplierIds: string[] = [];
  for (const supplier of DEMO_SUPPLIERS) {
    const { supplierCreate } = await call<{ supplierCreate: { supplier: { id: string } } }>(
      `mutation($input: SupplierCreateInput!) { supplierCreate(input: $input) { supplier { id } errors { code message } } }`,
      { input: { ...supplier, paymentTermsDays: 30, earlyPaymentDiscountPercent: 2, earlyPaymentDiscountDays: 10 } },
    );
    supplierIds.push(supplierCreate.supplier.id);
    await call(
      `mutation($input: SupplierContactAddInput!) { supplierContactAdd(input: $input) { errors { code message } } }`,
      {
        input: {
          supplierId: supplierCreate.supplier.id,
          name: `${supplier.code.toLowerCase()} account manager`,
          email: supplier.email,
          role: 'Sales',
        },
      },
    );
  }

  // every variant: a preferred supplier (the first three take turns) and a second offer from Mugs & Co for some
  const variants: { id: string; sku: string }[] = [];
  let after: string | null = null;
  for (;;) {
    const page: {
      products: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { variants: { id: string; sku: string }[] } }[];
      };
    } = await call(
      'query($after: String) { products(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { variants { id sku } } } } }',
      { after },
    );
    for (const edge of page.products.edges) variants.push(...edge.node.variants);
    if (!page.products.pageInfo.hasNextPage || !page.products.pageInfo.endCursor) break;
    after = page.products.pageInfo.endCursor;
  }
  const unitCost = (index: number) => 150 + ((index * 137) % 2400);
  const bySupplier = new Map<string, Record<string, unknown>[]>();
  variants.forEach((variant, index) => {
    const supplierId = supplierIds[index % 3] as string;
    const usd = index % 3 === 1;
    const list = bySupplier.get(supplierId) ?? [];
    list.push({
      variantId: variant.id,
      supplierSku: `${DEMO_SUPPLIERS[index % 3]?.code}-${variant.sku}`,
      unitCost: usd ? Math.round(unitCost(index) * 1.08) : unitCost(index),
      packSize: [1, 6, 12][index % 3],
      minimumOrderQuantity: index % 5 === 0 ? 24 : 1,
      preferred: true,
    });
    bySupplier.set(supplierId, list);
    if (index % 4 === 0) {
      const mugs = bySupplier.get(supplierIds[3] as string) ?? [];
      mugs.push({ variantId: variant.id, unitCost: unitCost(index) + 40, packSize: 1 });
      bySupplier.set(supplierIds[3] as string, mugs);
    }
  });
  for (const [supplierId, items] of bySupplier) {
    for (let start = 0; start < items.length; start += ITEMS_PER_CALL) {
      await call(
        `mutation($input: SupplierItemsSetInput!) { supplierItemsSet(input: $input) { errors { code message field } } }`,
        { input: { supplierId, items: items.slice(start, start + ITEMS_PER_CALL) } },
      );
    }
  }
  done.push(`${DEMO_SUPPLIERS.length} suppliers with items for ${variants.length} variants`);

  // the approval workflow, so a large order waits in the Tasks inbox
  const { workflows } = await call<{ workflows: { edges: { node: { name: string } }[] } }>(
    '{ workflows(first: 100) { edges { node { name } } } }',
  );
  if (!workflows.edges.some((edge) => edge.node.name === DEMO_PO_APPROVAL.name)) {
    const created = await call<{ workflowCreateFromTemplate: { workflow: { id: string } } }>(
      `mutation($input: WorkflowCreateFromTemplateInput!) { workflowCreateFromTemplate(input: $input) {
        workflow { id } errors { code message } } }`,
      {
        input: {
          template: 'purchase-order-approval',
          parameters: [
            { key: 'name', value: DEMO_PO_APPROVAL.name },
            { key: 'single', value: String(DEMO_PO_APPROVAL.single) },
            { key: 'double', value: String(DEMO_PO_APPROVAL.double) },
          ],
        },
      },
    );
    await call('mutation($input: WorkflowIdInput!) { workflowEnable(input: $input) { errors { code message } } }', {
      input: { id: created.workflowCreateFromTemplate.workflow.id },
    });
    done.push(`${DEMO_PO_APPROVAL.name} enabled`);
  }

  const { warehouses } = await call<{ warehouses: { edges: { node: { id: string } }[] } }>(
    '{ warehouses(first: 10) { edges { node { id } } } }',
  );
  const warehouseId = warehouses.edges[0]?.node.id;
  if (!warehouseId || variants.length < 12) return done;
  // reorder points above the stock of a few variants, so the Replenishment screen has suggestions
  await call(
    `mutation($input: StockLevelReorderPolicyBulkSetInput!) { stockLevelReorderPolicyBulkSet(input: $input) {
      errors { code message } } }`,
    {
      input: {
        policies: variants.slice(12, 36).map((variant, index) => ({
          variantId: variant.id,
          warehouseId,
          reorderPoint: 400 + index * 10,
          reorderQuantity: 50,
        })),
      },
    },
  );
  done.push('reorder points for 24 variants');
  const order = async (
    supplier: number,
    lines: { variant: number; quantity: number }[],
    extra: Record<string, unknown> = {},
  ) => {
    const { purchaseOrderCreate } = await call<{
      purchaseOrderCreate: { purchaseOrder: { id: string; number: string } };
    }>(
      `mutation($input: PurchaseOrderCreateInput!) { purchaseOrderCreate(input: $input) {
        purchaseOrder { id number } errors { code message field } } }`,
      {
        input: {
          supplierId: supplierIds[supplier],
          warehouseId,
          expectedAt: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10),
          lines: lines.map((line) => ({
            variantId: (variants[line.variant] as { id: string }).id,
            quantity: line.quantity,
            taxRate: 19,
          })),
          ...extra,
        },
      },
    );
    return purchaseOrderCreate.purchaseOrder;
  };
  const move = (name: string, purchaseOrderId: string) =>
    call(
      `mutation($input: PurchaseOrder${name}Input!) { purchaseOrder${name}(input: $input) { errors { code message } } }`,
      { input: { purchaseOrderId } },
    );
  const draft = await order(0, [
    { variant: 0, quantity: 24 },
    { variant: 3, quantity: 12 },
  ]);
  const usd = await order(1, [{ variant: 1, quantity: 12 }], { exchangeRate: DEMO_USD_RATE });
  // small: approved by rule at once, then sent to the supplier (a mail with its PDF)
  const sent = await order(2, [{ variant: 2, quantity: 6 }]);
  await move('Submit', sent.id);
  await move('Send', sent.id);
  // large: above the workflow's threshold, it waits for an approver in the Tasks inbox
  const waiting = await order(0, [
    { variant: 6, quantity: 480 },
    { variant: 9, quantity: 240 },
  ]);
  await move('Submit', waiting.id);
  done.push(
    `purchase orders ${draft.number} and ${usd.number} (drafts), ${sent.number} (sent), ${waiting.number} (awaiting approval)`,
  );
  return done;
}
