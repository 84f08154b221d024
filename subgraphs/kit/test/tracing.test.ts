import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { afterAll, describe, expect, it } from 'vitest';
import { createEnvelope } from '../src/events/event.ts';
import {
  currentTraceparent,
  extractTraceContext,
  inSpan,
  startTracing,
  type Tracing,
  tracingEnabled,
} from '../src/tracing.ts';

describe('tracing', () => {
  it('is off without an endpoint: nothing installed, spans are no-ops, events carry no trace', async () => {
    const off = startTracing({ serviceName: 'test', endpoint: undefined });
    expect(tracingEnabled()).toBe(false);
    expect(await inSpan('work', {}, async () => 42)).toBe(42);
    expect(currentTraceparent()).toBeNull();
    expect(
      createEnvelope({ type: 'x.y', tenantId: crypto.randomUUID(), aggregateType: 'a', aggregateId: '1', payload: {} }),
    ).not.toHaveProperty('traceparent');
    await off.shutdown();
  });

  describe('on, sampling none of the traces', () => {
    const exporter = new InMemorySpanExporter();
    let tracing: Tracing;
    afterAll(() => tracing?.shutdown());

    it('still exports the spans that end in error, and an event made inside a span continues its trace', async () => {
      tracing = startTracing({ serviceName: 'test', endpoint: undefined, exporter, ratio: 0 });
      expect(tracingEnabled()).toBe(true);
      let traceparent: string | null = null;
      await inSpan('fine', {}, async () => {
        traceparent =
          createEnvelope({
            type: 'x.y',
            tenantId: crypto.randomUUID(),
            aggregateType: 'a',
            aggregateId: '1',
            payload: {},
          }).traceparent ?? null;
      });
      await expect(
        inSpan('broken', {}, async () => {
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(exporter.getFinishedSpans().map((span) => span.name)).toEqual(['broken']);
      // the envelope names the span it was made in (unsampled: flags 00), and a consumer continues it
      expect(traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-00$/);
      const continued = await inSpan('consume', { parent: extractTraceContext(traceparent) }, async () =>
        currentTraceparent(),
      );
      expect(continued?.split('-')[1]).toBe((traceparent as unknown as string).split('-')[1]);
    });
  });
});
