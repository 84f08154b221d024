import { randomUUID } from 'node:crypto';
import { type AuthContext, createEnvelope, type EventBus, encodeGlobalId } from '@ucos/kit';
import pg from 'pg';
import type { FulfillmentHarness } from './harness.ts';

/**
 * Work-queue fixtures: orders reach fulfillment's read model the way they do in production, as
 * orders' events on the bus; shipments and returns are made through the API.
 */
export interface QueueFixtures {
  /** a confirmed order of `quantity` of one variant, known to fulfillment; its global ids */
  confirmedOrder(tenantId: string, quantity: number): Promise<{ orderId: string; variantId: string }>;
  /** a shipment of one unit, from the warehouse when given; its global id */
  shipment(
    auth: Partial<AuthContext>,
    order: { orderId: string; variantId: string },
    warehouseId?: string,
  ): Promise<string>;
  /** a shipment or return moved by a mutation such as shipmentPack or returnApprove */
  move(auth: Partial<AuthContext>, mutation: string, id: string): Promise<void>;
  /** a return of one shipped unit; its global id */
  returnOf(auth: Partial<AuthContext>, order: { orderId: string; variantId: string }): Promise<string>;
  /** an owner query on the test database (bypasses RLS): to arrange rows no API makes, e.g. equal timestamps */
  admin(text: string, values?: unknown[]): Promise<pg.QueryResultRow[]>;
  close(): Promise<void>;
}

export async function queueFixtures(
  fulfillment: FulfillmentHarness,
  bus: EventBus,
  adminUrl: string,
): Promise<QueueFixtures> {
  const adminClient = new pg.Client({ connectionString: adminUrl });
  await adminClient.connect();
  const admin = async (text: string, values: unknown[] = []) => (await adminClient.query(text, values)).rows;

  async function orderEvent(tenantId: string, orderId: string, type: string, payload: Record<string, unknown>) {
    await bus.publish(
      createEnvelope({
        type,
        tenantId,
        aggregateType: 'Order',
        aggregateId: orderId,
        payload: { orderId, ...payload },
      }),
    );
  }

  async function waitForStatus(orderId: string, status: string) {
    const end = Date.now() + 5000;
    while (Date.now() < end) {
      const [row] = await admin(`select status from fulfillment.order_views where order_id = $1`, [orderId]);
      if (row?.status === status) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`order ${orderId} never became ${status} in the read model`);
  }

  async function mutate(auth: Partial<AuthContext>, query: string, variables: Record<string, unknown>) {
    const answer = await fulfillment.call(query, variables, auth);
    const payload = Object.values(answer.data ?? {})[0] as { errors: unknown[] } | undefined;
    if (!payload || payload.errors.length) throw new Error(`${query}: ${JSON.stringify(answer)}`);
    return payload as Record<string, { id: string }> & { errors: unknown[] };
  }

  return {
    admin,
    async confirmedOrder(tenantId, quantity) {
      const orderId = randomUUID();
      const variantId = randomUUID();
      await orderEvent(tenantId, orderId, 'orders.order.created', {
        customerId: null,
        currency: 'EUR',
        lines: [{ variantId, sku: 'QUEUE-MUG', quantity, unitAmount: 1250 }],
      });
      await waitForStatus(orderId, 'created');
      await orderEvent(tenantId, orderId, 'orders.order.confirmed', {});
      await waitForStatus(orderId, 'confirmed');
      return { orderId: encodeGlobalId('Order', orderId), variantId: encodeGlobalId('ProductVariant', variantId) };
    },
    async shipment(auth, order, warehouseId) {
      const created = await mutate(
        auth,
        `mutation ($input: ShipmentCreateInput!) { shipmentCreate(input: $input) { shipment { id } errors { code } } }`,
        {
          input: {
            orderId: order.orderId,
            warehouseId: warehouseId ?? null,
            lines: [{ variantId: order.variantId, quantity: 1 }],
          },
        },
      );
      return created.shipment!.id;
    },
    async move(auth, mutation, id) {
      const key = mutation.startsWith('shipment') ? 'shipmentId' : 'returnId';
      await mutate(auth, `mutation ($id: ID!) { ${mutation}(input: { ${key}: $id }) { errors { code } } }`, { id });
    },
    async returnOf(auth, order) {
      const requested = await mutate(
        auth,
        `mutation ($input: ReturnRequestInput!) { returnRequest(input: $input) { return { id } errors { code } } }`,
        { input: { orderId: order.orderId, lines: [{ variantId: order.variantId, quantity: 1 }] } },
      );
      return requested.return!.id;
    },
    close: () => adminClient.end(),
  };
}
