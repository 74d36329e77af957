import { context, propagation, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { defineHooks, type HookCall } from '@vendor-clients/runtime';

const tracer = trace.getTracer('vendor-clients');
const spans = new WeakMap<HookCall, Span>();

/** A CLIENT span per call, named after the operation, and its `traceparent` on every request. */
export const tracing = defineHooks({
  onRequest({ call, method, url, attempt, headers }) {
    let span = spans.get(call);
    if (!span) {
      const attributes = { 'http.request.method': method, 'url.full': url };
      span = tracer.startSpan(call.operationId, { kind: SpanKind.CLIENT, attributes });
      spans.set(call, span);
    }
    if (attempt > 1) span.setAttribute('http.request.resend_count', attempt - 1);
    propagation.inject(trace.setSpan(context.active(), span), headers);
  },
  onResponse({ call, status, final }) {
    const span = spans.get(call);
    if (!span) return;
    if (!final) return void span.addEvent('retry or redirect', { 'http.response.status_code': status });
    span.setAttribute('http.response.status_code', status);
    if (status >= 400) span.setStatus({ code: SpanStatusCode.ERROR, message: `HTTP ${status}` });
    span.end();
  },
  onError({ call, error, final }) {
    const span = spans.get(call);
    if (!span || !final) return;
    span.recordException(error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
    span.end();
  },
});
