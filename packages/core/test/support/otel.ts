// An OpenTelemetry SDK for tests: spans in memory, async context (so a flow's span parents the calls inside
// it), and the W3C propagator, which the OpenTelemetry Node SDK registers by default.
import { context, propagation } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, beforeEach } from 'vitest';

/** A tracer provider whose finished spans are in `spans()`; cleared before each test. */
export function useTracing() {
  const exporter = new InMemorySpanExporter();
  const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const manager = new AsyncLocalStorageContextManager();
  beforeAll(() => {
    context.setGlobalContextManager(manager.enable());
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  });
  afterAll(() => {
    context.disable();
    propagation.disable();
  });
  beforeEach(() => exporter.reset());
  const spans = (): ReadableSpan[] => exporter.getFinishedSpans();
  return {
    tracerProvider,
    spans,
    /** The finished span named `name` (the only one, or the `index`th). */
    span(name: string, index = 0): ReadableSpan {
      const found = spans().filter((s) => s.name === name);
      const span = found[index];
      if (!span)
        throw new Error(
          `no span ${name} #${index}; finished: ${spans()
            .map((s) => s.name)
            .join(', ')}`,
        );
      return span;
    },
    /** The spans whose parent is `parent`. */
    children(parent: ReadableSpan): ReadableSpan[] {
      return spans().filter((s) => s.parentSpanContext?.spanId === parent.spanContext().spanId);
    },
    /** Every attribute value of every span and span event, as text, to look for secrets in. */
    allAttributeText(): string {
      return JSON.stringify(spans().map((s) => [s.name, s.attributes, s.events, s.status]));
    },
  };
}
