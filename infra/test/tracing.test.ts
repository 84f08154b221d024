// One checkout, one trace: the gateway's request, its query plan and fetches, each subgraph's server
// span and SQL, the calls between domains, the outbox relay's publish and every consumer the order's
// events reach — exported over OTLP/HTTP to a receiver in this process, and asserted as a tree.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTracing, type Tracing } from '@ucos/kit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUYER_ADDRESS, checkoutOrder, okAs, sellableVariant, until } from './platform-fixtures.ts';
import { startWholePlatform, type WholePlatform } from './whole-platform.ts';

interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  service: string;
  attributes: Record<string, string | number | boolean>;
  status?: { code?: number };
}

/** An OTLP/HTTP (JSON) trace receiver, as Jaeger or a collector would be. */
async function startReceiver(): Promise<{ url: string; spans: ReceivedSpan[]; server: Server }> {
  const spans: ReceivedSpan[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.url === '/v1/traces') {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        for (const resource of body.resourceSpans ?? []) {
          const service = resource.resource?.attributes?.find((a: { key: string }) => a.key === 'service.name')?.value
            ?.stringValue;
          for (const scope of resource.scopeSpans ?? []) {
            for (const span of scope.spans ?? []) {
              const attributes: ReceivedSpan['attributes'] = {};
              for (const attribute of span.attributes ?? []) {
                const value = attribute.value ?? {};
                attributes[attribute.key] = value.stringValue ?? value.intValue ?? value.boolValue ?? value.doubleValue;
              }
              spans.push({ ...span, service, attributes });
            }
          }
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans, server };
}

describe('tracing: a checkout is one trace, end to end', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let tracing: Tracing;
  let platform: WholePlatform;

  beforeAll(async () => {
    receiver = await startReceiver();
    tracing = startTracing({ serviceName: 'ucos-test-platform', endpoint: receiver.url });
    platform = await startWholePlatform();
  }, 120_000);

  afterAll(async () => {
    await platform?.close();
    await tracing?.shutdown();
    await new Promise((resolve) => receiver?.server.close(resolve));
  });

  it('links the gateway, the subgraphs, their SQL, the calls between them, the publish and the consumers', async () => {
    const { bearer } = await platform.tenant('traced');
    const ok = okAs(platform, bearer);
    const { variantId } = await sellableVariant(ok, {
      handle: 'lamp',
      title: 'Lamp',
      sku: 'LAMP-1',
      amount: 2500,
      onHand: 5,
    });
    await checkoutOrder(ok, variantId, 1);

    const byId = (spans: ReceivedSpan[]) => new Map(spans.map((span) => [span.spanId, span]));
    // a span is exported when it ends, so a consumer still running has sent its statements but not
    // itself: the trace is whole once every span's parent has arrived too
    const whole = (traceId: string) => {
      const ids = new Set(receiver.spans.filter((span) => span.traceId === traceId).map((span) => span.spanId));
      return receiver.spans.every(
        (span) => span.traceId !== traceId || !span.parentSpanId || ids.has(span.parentSpanId),
      );
    };
    // the gateway's server span of the checkout mutation is the root of its trace
    const root = await until(
      async () => {
        return (
          receiver.spans.find(
            (span) =>
              span.name === 'gateway /graphql' &&
              span.attributes['graphql.operation.type'] === 'mutation' &&
              receiver.spans.some(
                (other) => other.traceId === span.traceId && other.name === 'consume orders.order.created',
              ) &&
              whole(span.traceId),
          ) ?? null
        );
      },
      'the whole checkout trace with the order-created consumer',
      200,
    );
    expect(root.parentSpanId ?? '').toBe('');
    const trace = receiver.spans.filter((span) => span.traceId === root.traceId);
    const spans = byId(trace);
    const ancestors = (span: ReceivedSpan) => {
      const chain: string[] = [];
      for (
        let at = span.parentSpanId ? spans.get(span.parentSpanId) : undefined;
        at;
        at = at.parentSpanId ? spans.get(at.parentSpanId) : undefined
      ) {
        chain.push(at.name);
      }
      return chain;
    };
    const names = trace.map((span) => span.name);
    // every span of the trace hangs from the root: no orphan
    for (const span of trace) if (span !== root) expect(ancestors(span).at(-1), span.name).toBe('gateway /graphql');

    // the query plan and a fetch to orders, whose server span carries tenant and operation
    expect(names).toContain('gateway.plan');
    const ordersServer = trace.find((span) => span.name === 'orders /graphql');
    expect(ordersServer, names.join(', ')).toBeDefined();
    expect(ancestors(ordersServer!)).toContain('gateway.fetch');
    expect(ordersServer!.attributes['ucos.tenant_id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(ordersServer!.attributes['graphql.operation.type']).toBe('mutation');
    // orders' SQL, inside its request
    const sql = trace.filter((span) => span.name === 'pg.query' && ancestors(span).includes('orders /graphql'));
    expect(sql.some((span) => String(span.attributes['db.statement']).includes('outbox'))).toBe(true);
    // orders calls inventory (the reservation) and catalog (prices) directly, in the same trace
    const reservation = trace.find(
      (span) => span.name === 'inventory /graphql' && ancestors(span).includes('call inventory'),
    );
    expect(reservation, names.join(', ')).toBeDefined();
    expect(trace.some((span) => span.name === 'catalog /graphql' && ancestors(span).includes('call catalog'))).toBe(
      true,
    );
    // the event: published by the relay as a child of the request, consumed as a child of the publish
    const publish = trace.find((span) => span.name === 'publish orders.order.created');
    expect(publish).toBeDefined();
    expect(ancestors(publish!)).toContain('orders /graphql');
    const consumers = trace.filter((span) => span.name === 'consume orders.order.created');
    expect(consumers.length).toBeGreaterThanOrEqual(2);
    for (const consumer of consumers) {
      expect(consumer.parentSpanId).toBe(publish!.spanId);
      expect(consumer.attributes['messaging.consumer.group.name']).toBeTruthy();
    }
    // and what a consumer does in the database nests in its span
    expect(trace.some((span) => span.name === 'pg.query' && ancestors(span)[0]?.startsWith('consume '))).toBe(true);
  }, 120_000);

  it("names on every event the request that started its chain and its direct cause, in every domain's outbox", async () => {
    const { bearer } = await platform.tenant('caused');
    const ok = okAs(platform, bearer);
    const { variantId } = await sellableVariant(ok, {
      handle: 'vase',
      title: 'Vase',
      sku: 'VASE-1',
      amount: 1800,
      onHand: 3,
    });
    const cart = await ok(`mutation { cartCreate(input: { currency: "EUR" }) { cart { id } errors { code } } }`);
    const cartId = cart.cartCreate.cart.id;
    await ok(`mutation($input: CartLinesAddInput!) { cartLinesAdd(input: $input) { errors { code } } }`, {
      input: { cartId, lines: [{ variantId, quantity: 1 }] },
    });
    // a workflow on orders.order.created: its run starts in the consumer that handles the order's event
    const created = await ok(
      `mutation($input: WorkflowCreateFromTemplateInput!) { workflowCreateFromTemplate(input: $input) {
        workflow { id } errors { code message } } }`,
      { input: { template: 'high-value-order-hold', parameters: [{ key: 'threshold', value: '1000' }] } },
    );
    await ok(`mutation($input: WorkflowIdInput!) { workflowEnable(input: $input) { errors { code message } } }`, {
      input: { id: created.workflowCreateFromTemplate.workflow.id },
    });
    const requestId = `checkout-${randomUUID()}`;
    const placed = await platform.gql(
      `mutation($input: CheckoutCompleteInput!) { checkoutComplete(input: $input) { order { id } errors { code } } }`,
      {
        input: {
          cartId,
          idempotencyKey: randomUUID(),
          email: 'buyer@example.com',
          shippingAddress: BUYER_ADDRESS,
          payment: { provider: 'test', token: 'tok_ok' },
        },
      },
      { ...bearer, 'x-request-id': requestId },
    );
    expect(placed.body.data?.checkoutComplete.errors).toEqual([]);
    expect(placed.headers.get('x-request-id')).toBe(requestId);

    const admin = new pg.Client({ connectionString: platform.db.adminUrl });
    await admin.connect();
    try {
      const { rows: schemas } = await admin.query<{ schema: string }>(
        `select table_schema as schema from information_schema.tables where table_name = 'outbox' order by 1`,
      );
      const chain = async () => {
        const rows: { schema: string; type: string; event_id: string; correlation_id: string; causation_id: string }[] =
          [];
        for (const { schema } of schemas) {
          const found = await admin.query(
            `select $2::text as schema, type, event_id::text, correlation_id, causation_id from "${schema}".outbox
              where correlation_id = $1 order by id`,
            [requestId, schema],
          );
          rows.push(...found.rows);
        }
        return rows;
      };
      // the request's own events: orders' order, caused by the request itself
      const orderCreated = await until(
        async () => (await chain()).find((row) => row.type === 'orders.order.created') ?? null,
        'orders.order.created in the request chain',
      );
      expect(orderCreated).toMatchObject({ schema: 'orders', causation_id: requestId });
      // orders reserved the stock by calling inventory: the same request, named in inventory's event
      const reserved = (await chain()).find((row) => row.type === 'inventory.reservation.created');
      expect(reserved).toMatchObject({ schema: 'inventory', correlation_id: requestId });
      // what the order's consumers emitted in other domains: caused by the order's event, same chain
      const effects = await until(async () => {
        const rows = (await chain()).filter((row) => row.causation_id === orderCreated.event_id);
        return rows.length > 0 ? rows : null;
      }, 'an event caused by orders.order.created');
      // the workflow the order started (its approval task), in workflows' outbox
      expect(effects.map((effect) => effect.schema)).toContain('workflows');
    } finally {
      await admin.end();
    }
  }, 120_000);
});
