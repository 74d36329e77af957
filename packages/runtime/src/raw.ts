/**
 * `@vendor-clients/runtime/raw`: an openapi-fetch client, typed by path, on top of a core made by
 * `createClientCore` (or a generated factory). Its Requests go through the core's pipeline: the same
 * credentials per operation, retries, timeouts, redirect and path-parameter safety. It is an entry of
 * its own so that only code that imports it carries openapi-fetch.
 */
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import {
  anyBody,
  type BodyEncoder,
  binaryBody,
  defaultBody,
  multipartBody,
  textBody,
  yamlBody,
} from './body.js';
import { type ClientCore, seamOf } from './client.js';
import { type HeaderRecord, headerRecord } from './headers.js';
import { checkHooks, type DefinedHooks } from './hook-seam.js';
import type { OperationSpec } from './operation.js';
import { checkPathParams, serializePath } from './path-params.js';
import { type ReadBody, type RequestContext, release } from './pipeline.js';
import { type DefinedValidation, startValidation, type ValidationMode } from './validation-seam.js';

export type { Client as RawClient } from 'openapi-fetch';

/**
 * Options of ours a raw call takes beside openapi-fetch's: `raw.GET(path, { params, hooks })`.
 * openapi-fetch puts options it does not know on the Request it builds, which is where they are read.
 */
export interface RawCallOptions {
  /** `defineHooks(...)` for this call only, run after the client's. */
  hooks?: DefinedHooks;
  /** This call's validation mode (`'off'`, `'report'`, `'strict'`), or a validation of its own. */
  validate?: ValidationMode | DefinedValidation;
}

const JSON_TYPE = /[/+]json\b/i;

/**
 * @param core What `createClientCore` (or a generated `create<Vendor>` / `create<Vendor>Client`) returned.
 * @param operations Every operation of the spec, so each raw call gets the credentials its operation takes.
 */
export function createRawClient<Paths extends {}>(
  core: ClientCore,
  operations: readonly OperationSpec[] = [],
): Client<Paths> {
  const seam = seamOf(core, 'createRawClient');
  const { baseHref, headers, authFor, send, secrets } = seam;
  const byRoute = new Map(operations.map((op) => [routeKey(op.method, op.path), op]));

  // openapi-fetch's serialiser is synchronous and knows neither the operation nor the media type it
  // defaults to, and it JSON-stringifies bytes and text: it only leaves a token for the body here, and
  // the guard, which knows the operation, encodes it as the main client does (some encoders are async).
  const pending = new Map<string, { body: unknown; type: string | undefined }>();
  let bodies = 0;
  const bodySerializer = (body: unknown, headers?: Headers | Record<string, string | undefined>) => {
    // fetch writes a FormData with its boundary, and openapi-fetch then sets no content type.
    if (body instanceof FormData) return body;
    const token = `\u0000raw body ${++bodies}\u0000`;
    const type = headers instanceof Headers ? headers.get('content-type') : contentTypeIn(headers);
    pending.set(token, { body, type: type ?? undefined });
    return token;
  };

  // `raw` keeps openapi-fetch's semantics; its Requests go through the same pipeline.
  const contexts = new WeakMap<Request, Omit<RequestContext, 'held'>>();
  const guard: Middleware = {
    async onRequest({ request, schemaPath, params }) {
      const given = await takeBody(request);
      const op = byRoute.get(routeKey(request.method, schemaPath));
      const operationId = op?.operationId ?? `${request.method} ${schemaPath}`;
      checkPathParams(operationId, schemaPath, params.path as Record<string, unknown> | undefined);
      let sent = request;
      if (given) {
        // The type the caller set, else the operation's own (openapi-fetch's default is JSON).
        const headers: HeaderRecord = {
          'content-type': given.type ?? op?.requestContentType ?? 'application/json',
        };
        const body = await encoderFor(headers['content-type']!)(given.body, headers, operationId);
        const sentHeaders = new Headers(request.headers);
        sentHeaders.set('content-type', headers['content-type']!);
        sent = new Request(request, { body: body as BodyInit, headers: sentHeaders });
      }
      contexts.set(sent, { operationId, auth: authFor(operationId, op?.security), read: streamBody });
      return sent === request ? undefined : sent;
    },
  };
  async function takeBody(request: Request) {
    if (!request.body || pending.size === 0) return undefined;
    const token = await request.clone().text();
    const given = pending.get(token);
    pending.delete(token);
    return given;
  }
  async function rawFetch(request: Request): Promise<Response> {
    const ctx = contexts.get(request) ?? {
      operationId: `${request.method} request`,
      auth: [],
      read: streamBody,
    };
    const { hooks, validate } = request as Request & RawCallOptions;
    checkHooks(ctx.operationId, hooks);
    const validating = startValidation(ctx.operationId, seam.validate, validate);
    const body = request.body ? new Uint8Array(await request.arrayBuffer()) : undefined;
    const held: string[] = [];
    try {
      const { body: read } = await send(
        { url: request.url, method: request.method, headers: headerRecord(request.headers), body },
        { ...ctx, signal: request.signal, hooks, held },
      );
      const response = read.value as Response;
      const type = response.headers.get('content-type');
      if (validating && request.method !== 'HEAD' && JSON_TYPE.test(type ?? '')) {
        // A copy is read (the caller still gets the whole body); under the attempt's timeout, which runs
        // until the body has ended.
        let body: unknown;
        let parsed = true;
        try {
          body = await response.clone().json();
        } catch (error) {
          // A body that is not JSON is openapi-fetch's to report, as without validation.
          if (!(error instanceof SyntaxError)) throw error;
          parsed = false;
        }
        if (parsed) {
          validating.check({
            operationId: ctx.operationId,
            status: response.status,
            body,
            type,
            log: seam.log,
            secrets,
          });
        }
      }
      return response;
    } finally {
      release(secrets, held);
    }
  }
  const raw = createClient<Paths>({
    baseUrl: baseHref,
    fetch: rawFetch,
    headers,
    pathSerializer: serializePath,
    bodySerializer,
  });
  raw.use(guard);
  return raw;
}

function contentTypeIn(headers: Record<string, string | undefined> | undefined): string | undefined {
  const key = Object.keys(headers ?? {}).find((k) => k.toLowerCase() === 'content-type');
  return key ? headers![key] : undefined;
}

/**
 * The encoder of a raw body by its media type, the main client's: JSON (and url-encoded) as openapi-fetch
 * sends them; YAML as YAML (a string as the YAML it is); text as is; multipart with its boundary; `*\/*`
 * by the value; any other type as bytes (a Blob, an ArrayBuffer, a typed array or a string, as given).
 */
function encoderFor(type: string): BodyEncoder {
  const media = type.split(';')[0]!.trim().toLowerCase();
  if (/[/+]json$/.test(media) || media === 'application/x-www-form-urlencoded') return defaultBody;
  if (/[/+](x-)?yaml$/.test(media)) return yamlBody;
  if (media.startsWith('multipart/')) return multipartBody;
  if (media === '*/*') return anyBody;
  if (media.startsWith('text/') || /[/+]xml$/.test(media)) return textBody;
  return binaryBody;
}

/**
 * The response handed to openapi-fetch, its body still streamed (a raw caller may read it as it
 * arrives), through a stream that fails with the runtime's typed error (a timeout, a connection closed
 * mid-body) instead of the transport's, and that keeps the attempt's timeout running until it has ended.
 * A body already handed on cannot be retried: a failure while it is read fails the raw call.
 */
const streamBody: ReadBody = async (response, fail) => {
  const whole = response.toResponse();
  const source = whole.body;
  if (!source || response.opaqueRedirect) return { value: whole };
  let finish: () => void = () => {};
  const ended = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const reader = source.getReader();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const chunk = await reader.read();
        if (chunk.done) {
          finish();
          controller.close();
        } else controller.enqueue(chunk.value);
      } catch (error) {
        finish();
        controller.error(fail(error));
      }
    },
    cancel(reason) {
      finish();
      return reader.cancel(reason);
    },
  });
  const { status, statusText, headers } = whole;
  return { value: new Response(body, { status, statusText, headers }), ended };
};

function routeKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path}`;
}
