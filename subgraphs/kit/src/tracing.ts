import {
  type Attributes,
  type Context,
  context,
  INVALID_SPAN_CONTEXT,
  propagation,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  type TextMapGetter,
  trace,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  ParentBasedSampler,
  type ReadableSpan,
  type Sampler,
  SamplingDecision,
  type SpanExporter,
  type SpanProcessor,
  TraceIdRatioBasedSampler,
} from '@opentelemetry/sdk-trace-base';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { z } from 'zod';

/** The variables every process reads for tracing (spread into its env shape by `standaloneEnvShape`). */
export const tracingEnvShape = {
  /** OTLP/HTTP collector base URL (Jaeger, the OpenTelemetry Collector); unset: no tracing at all */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  /** share of traces kept (0..1); a span that ended in error is kept whatever the ratio */
  OTEL_TRACES_SAMPLER_RATIO: z.coerce.number().min(0).max(1).default(1),
};

export interface TracingOptions {
  serviceName: string;
  endpoint: string | undefined;
  ratio?: number;
  /** a test's exporter instead of OTLP over HTTP */
  exporter?: SpanExporter;
}

export interface Tracing {
  /** exports what is buffered and stops */
  shutdown(): Promise<void>;
}

const TRACER = '@ucos/kit';
let enabled = false;

/** Whether a tracer provider is installed: without one every helper here is a no-op. */
export const tracingEnabled = () => enabled;

/**
 * Installs OpenTelemetry for this process when an endpoint (or a test exporter) is given: W3C
 * `traceparent` propagation, async context, a parent-based ratio sampler whose unsampled spans are
 * still recorded so that the ones ending in error can be exported anyway, and batched OTLP export.
 * Without an endpoint nothing is installed and the API stays the no-op it is by default. One per
 * process: the first call wins (several services sharing a process share it).
 */
export function startTracing(options: TracingOptions): Tracing {
  if (enabled || (!options.endpoint && !options.exporter)) return { shutdown: async () => {} };
  const exporter =
    options.exporter ?? new OTLPTraceExporter({ url: `${options.endpoint!.replace(/\/$/, '')}/v1/traces` });
  const provider = new BasicTracerProvider({
    resource: new Resource({ 'service.name': options.serviceName }),
    sampler: alwaysRecord(new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(options.ratio ?? 1) })),
    spanProcessors: [new KeepErrorsProcessor(exporter)],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  enabled = true;
  return {
    async shutdown() {
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
      enabled = false;
    },
  };
}

/** The sampler's decision, except that a span it drops is still recorded (unsampled): its end may be an error. */
function alwaysRecord(sampler: Sampler): Sampler {
  return {
    shouldSample(...args) {
      const result = sampler.shouldSample(...args);
      return result.decision === SamplingDecision.NOT_RECORD
        ? { ...result, decision: SamplingDecision.RECORD }
        : result;
    },
    toString: () => `AlwaysRecord{${sampler.toString()}}`,
  };
}

/** Sampled spans go out in batches; an unsampled span that ended in error goes out too. */
class KeepErrorsProcessor implements SpanProcessor {
  readonly #batch: BatchSpanProcessor;
  readonly #exporter: SpanExporter;

  constructor(exporter: SpanExporter) {
    this.#exporter = exporter;
    this.#batch = new BatchSpanProcessor(exporter, { scheduledDelayMillis: 500 });
  }

  onStart(span: Parameters<SpanProcessor['onStart']>[0], parent: Context): void {
    this.#batch.onStart(span, parent);
  }

  onEnd(span: ReadableSpan): void {
    const sampled = (span.spanContext().traceFlags & 1) === 1;
    if (sampled) this.#batch.onEnd(span);
    else if (span.status.code === SpanStatusCode.ERROR) this.#exporter.export([span], () => {});
  }

  forceFlush(): Promise<void> {
    return this.#batch.forceFlush();
  }

  shutdown(): Promise<void> {
    return this.#batch.shutdown();
  }
}

const tracer = () => trace.getTracer(TRACER);

/** Runs `work` inside a new span (child of the active one, or of `parent`); errors mark it and rethrow. */
export async function inSpan<T>(
  name: string,
  options: { kind?: SpanKind; attributes?: Attributes; parent?: Context },
  work: (span: Span) => Promise<T>,
): Promise<T> {
  if (!enabled) return work(trace.wrapSpanContext(INVALID_SPAN_CONTEXT));
  const parent = options.parent ?? context.active();
  return tracer().startActiveSpan(
    name,
    { kind: options.kind ?? SpanKind.INTERNAL, ...(options.attributes ? { attributes: options.attributes } : {}) },
    parent,
    async (span) => {
      try {
        return await work(span);
      } catch (error) {
        span.recordException(error as Error);
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}

/** The active trace as a W3C `traceparent` value, for an event envelope or a header; null when none. */
export function currentTraceparent(): string | null {
  if (!enabled) return null;
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent ?? null;
}

/** Adds `traceparent` (and `tracestate`) of the active trace to outgoing HTTP headers. */
export function injectTraceHeaders(headers: Record<string, string> | Headers): void {
  if (!enabled) return;
  if (headers instanceof Headers) {
    propagation.inject(context.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
  } else {
    propagation.inject(context.active(), headers);
  }
}

const headerGetter: TextMapGetter<Headers> = {
  get: (carrier, key) => carrier.get(key) ?? undefined,
  keys: (carrier) => [...carrier.keys()],
};

/** The trace context a request or an event carries (ROOT when none, or tracing is off). */
export function extractTraceContext(source: Headers | string | null | undefined): Context {
  if (!enabled || !source) return ROOT_CONTEXT;
  if (typeof source === 'string') return propagation.extract(ROOT_CONTEXT, { traceparent: source });
  return propagation.extract(ROOT_CONTEXT, source, headerGetter);
}

/** The active span's ids, for log lines: empty without tracing. */
export function traceIds(): { traceId?: string; spanId?: string } {
  if (!enabled) return {};
  const span = trace.getActiveSpan()?.spanContext();
  return span && span.traceId !== '' ? { traceId: span.traceId, spanId: span.spanId } : {};
}

/**
 * The server span of every GraphQL request a Yoga server answers (subgraphs and the gateway): child
 * of the caller's `traceparent`, named after the service, with operation, tenant and request id
 * added once known; everything the request does runs inside it.
 */
export function useRequestSpans(service: string): Plugin {
  return {
    instrumentation: {
      request({ request }, wrapped) {
        if (!enabled) return wrapped();
        return inSpan(
          `${service} ${new URL(request.url).pathname}`,
          {
            kind: SpanKind.SERVER,
            parent: extractTraceContext(request.headers),
            attributes: { 'ucos.service': service },
          },
          async () => {
            await wrapped();
          },
        );
      },
    },
    onExecute({ args }) {
      if (!enabled) return;
      const span = trace.getActiveSpan();
      if (!span) return;
      const ctx = args.contextValue as { auth?: { tenantId?: string | null }; requestId?: string } | undefined;
      const operation = (args.document as DocumentNode).definitions.find(
        (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
      );
      span.setAttributes({
        'graphql.operation.type': operation?.operation ?? 'unknown',
        'graphql.operation.name': args.operationName ?? operation?.name?.value ?? '',
        ...(ctx?.auth?.tenantId ? { 'ucos.tenant_id': ctx.auth.tenantId } : {}),
        ...(ctx?.requestId ? { 'ucos.request_id': ctx.requestId } : {}),
      });
    },
  };
}

export { SpanKind };
