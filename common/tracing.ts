import { context, propagation, trace, SpanKind, SpanStatusCode } from '@opentelemetry/api';
import type { Span } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor, ConsoleSpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import { enumEnv, stringEnv } from './env.ts';
import type { Env } from './env.ts';

/**
 * OpenTelemetry tracing across the gateway and the subgraphs. Off by default. When on, @apollo/gateway's own
 * spans (gateway.request / plan / fetch / postprocessing) are recorded, the W3C `traceparent` header carries the
 * trace to subgraph processes, and each subgraph request is a server span under the gateway's fetch span.
 */
export type TracingExporter = 'off' | 'console' | 'otlp';

export interface TracingConfig {
  readonly exporter: TracingExporter;
  /** OTLP/HTTP traces endpoint, e.g. http://collector.example.invalid:4318/v1/traces. */
  readonly otlpUrl: string;
  readonly serviceName: string;
}

/** PLANTGRAPH_TRACING (off | console | otlp) and the standard OTEL_EXPORTER_OTLP_TRACES_ENDPOINT. */
export function tracingConfigFromEnv(env: Env, serviceName: string): TracingConfig {
  return Object.freeze({
    exporter: enumEnv(env, 'PLANTGRAPH_TRACING', ['off', 'console', 'otlp'] as const, 'off'),
    otlpUrl: stringEnv(env, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', 'http://127.0.0.1:4318/v1/traces'),
    serviceName: stringEnv(env, 'OTEL_SERVICE_NAME', serviceName),
  });
}

export interface Tracing {
  shutdown(): Promise<void>;
}

/**
 * Registers the global tracer provider, context manager and W3C propagator. `exporter` may also be a
 * SpanExporter object (tests pass an in-memory one; it is flushed span by span). Returns null when off.
 */
export function startTracing(config: TracingConfig, exporter?: SpanExporter): Tracing | null {
  if (config.exporter === 'off' && exporter === undefined) return null;
  const provider = new BasicTracerProvider({ resource: new Resource({ 'service.name': config.serviceName }) });
  if (exporter !== undefined) provider.addSpanProcessor(new SimpleSpanProcessor(exporter));
  else if (config.exporter === 'console') provider.addSpanProcessor(new SimpleSpanProcessor(new ConsoleSpanExporter()));
  else provider.addSpanProcessor(new BatchSpanProcessor(new OTLPTraceExporter({ url: config.otlpUrl })));
  provider.register({ contextManager: new AsyncLocalStorageContextManager().enable(), propagator: new W3CTraceContextPropagator() });
  return {
    async shutdown() {
      await provider.shutdown();
      trace.disable(); context.disable(); propagation.disable();
    },
  };
}

/** Writes the active trace context (traceparent/tracestate) into outgoing headers; a no-op when tracing is off. */
export function injectTraceHeaders(set: (name: string, value: string) => void): void {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  for (const [k, v] of Object.entries(carrier)) set(k, v);
}

const tracer = trace.getTracer('plantgraph');

/**
 * Runs `fn` inside a server span continuing the trace in `headers` (lower-cased). The span is named
 * `<name>` and ends when `fn` settles; a thrown error marks it as failed.
 */
export async function withServerSpan<T>(name: string, headers: Readonly<Record<string, string>>, attributes: Readonly<Record<string, string>>, fn: (span: Span) => Promise<T>): Promise<T> {
  const parent = propagation.extract(context.active(), headers);
  return tracer.startActiveSpan(name, { kind: SpanKind.SERVER, attributes: { ...attributes } }, parent, async (span) => {
    try {
      return await fn(span);
    } catch (e) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw e;
    } finally {
      span.end();
    }
  });
}
