// The README's OpenTelemetry example, run against a real tracer provider with an in-memory exporter:
// one span per call with its attributes and status, and the span's traceparent on every request.
import { readFileSync } from 'node:fs';
import { propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { apiKey } from '@vendor-clients/auth';
import { createClientCore, NotFoundError } from '@vendor-clients/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allBindings, getUserWith } from '../test/fixtures.js';
import { fakeClock, json, startServer, type TestServer } from '../test/server.js';
import { tracing } from './opentelemetry.js';

const getUser = getUserWith('header_key');

describe('OpenTelemetry hooks (README example)', () => {
  const exporter = new InMemorySpanExporter();
  let server: TestServer;
  let flakyCalls = 0;

  beforeAll(async () => {
    trace.setGlobalTracerProvider(
      new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }),
    );
    propagation.setGlobalPropagator(new W3CTraceContextPropagator());
    server = await startServer((req, res) => {
      if (req.url.endsWith('/missing')) json(res, 404, { message: 'no such user' });
      else if (req.url.endsWith('/flaky') && flakyCalls++ === 0) json(res, 503, { message: 'busy' });
      else json(res, 200, { id: 'u1' });
    });
  });
  afterAll(async () => {
    await server.close();
    trace.disable();
    propagation.disable();
  });

  it('gives one span per call, with attributes and status, and its traceparent on each request', async () => {
    const client = createClientCore({
      baseUrl: `${server.origin}/api`,
      bindings: allBindings,
      auth: apiKey('k-123'),
      clock: fakeClock(),
      hooks: tracing,
    });
    await client.call(getUser, { path: { id: 'ok' } });
    await client.call(getUser, { path: { id: 'flaky' } });
    await expect(client.call(getUser, { path: { id: 'missing' } })).rejects.toBeInstanceOf(NotFoundError);

    const cases = [
      { id: 'ok', status: 200, resends: undefined, code: SpanStatusCode.UNSET, events: [], requests: 1 },
      { id: 'flaky', status: 200, resends: 1, code: SpanStatusCode.UNSET, events: [503], requests: 2 },
      { id: 'missing', status: 404, resends: undefined, code: SpanStatusCode.ERROR, events: [], requests: 1 },
    ];
    const spans = exporter.getFinishedSpans();
    expect(spans).toHaveLength(cases.length);
    for (const [i, want] of cases.entries()) {
      const span = spans[i]!;
      expect(span.name).toBe('getUser');
      expect(span.kind).toBe(SpanKind.CLIENT);
      expect(span.attributes).toEqual({
        'http.request.method': 'GET',
        'url.full': `${server.origin}/api/users/${want.id}`,
        'http.response.status_code': want.status,
        ...(want.resends ? { 'http.request.resend_count': want.resends } : {}),
      });
      expect(span.status.code).toBe(want.code);
      expect(span.events.map((e) => e.attributes?.['http.response.status_code'])).toEqual(want.events);
      const { traceId, spanId } = span.spanContext();
      const sent = server.requests.filter((r) => r.url.endsWith(`/${want.id}`));
      expect(sent.map((r) => r.headers.traceparent)).toEqual(
        Array(want.requests).fill(`00-${traceId}-${spanId}-01`),
      );
    }
    expect(new Set(spans.map((s) => s.spanContext().traceId)).size).toBe(3);
  });

  it('is in the README as it is here', () => {
    const example = readFileSync(new URL('./opentelemetry.ts', import.meta.url), 'utf8');
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``);
  });
});
