import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { createTestDatabase, type TestDatabase } from '@ucos/kit/testing';
import { inSpan, startTracing, type Tracing } from '@ucos/kit/tracing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectIdentityDatabase, type IdentityConnections } from '../src/db.ts';

const MIGRATIONS = new URL('../migrations/', import.meta.url);

describe("identity's Prisma statements in a trace", () => {
  const exporter = new InMemorySpanExporter();
  let tracing: Tracing;
  let db: TestDatabase;
  let identity: IdentityConnections;
  beforeAll(async () => {
    tracing = startTracing({ serviceName: 'identity-test', endpoint: undefined, exporter, ratio: 1 });
    db = await createTestDatabase([{ schema: 'identity', directory: MIGRATIONS }]);
    identity = connectIdentityDatabase(db.serviceUrl('identity'), 2);
  });
  afterAll(async () => {
    await identity?.close();
    await db?.drop();
    await tracing?.shutdown();
  });

  it('are spans of the request, in a unit of work and outside one, with their SQL and never their values', async () => {
    const tenantId = crypto.randomUUID();
    const request = await inSpan('request', {}, async (span) => {
      await identity.root.as(tenantId).run((tx) => tx.role.findMany({ where: { name: 'secret-role-name' } }));
      await identity.prisma.tenant.count();
      return span.spanContext().spanId;
    });
    // exported in batches: wait for the request's own span, which ends last
    for (let waited = 0; waited < 10_000; waited += 50) {
      if (exporter.getFinishedSpans().some((span) => span.name === 'request')) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const statements = exporter.getFinishedSpans().filter((span) => span.name === 'pg.query');
    const texts = statements.map((span) => String(span.attributes['db.statement']));
    expect(statements.every((span) => span.parentSpanId === request)).toBe(true);
    // the unit of work: its tenant set first, then the model's read; then the count on the pool
    expect(texts.some((text) => text.includes('app.tenant_id'))).toBe(true);
    expect(texts.some((text) => /from "identity"\."roles"/i.test(text))).toBe(true);
    expect(texts.some((text) => /count.*"identity"\."tenants"/is.test(text))).toBe(true);
    expect(texts.join('\n')).not.toContain('secret-role-name');
  });
});
