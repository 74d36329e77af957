import { type Credential, redactSecrets, type SchemeBinding, selectSecurity } from '@vendor-clients/auth';
import createClient, {
  type Client,
  createFinalURL,
  createQuerySerializer,
  type Middleware,
} from 'openapi-fetch';
import { type Clock, systemClock } from './clock.js';
import {
  APIConnectionError,
  ApiError,
  apiErrorFor,
  MissingCredentialsError,
  UserAbortError,
} from './errors.js';
import { type HeaderRecord, headerRecord, mergeHeaderLayers } from './headers.js';
import { type Logger, redactingLogger } from './logger.js';
import type { CallInput, OperationSpec } from './operation.js';
import { checkPathParams, fillPath, serializePath } from './path-params.js';
import { createPipeline, type RequestContext } from './pipeline.js';
import { ALWAYS_CREDENTIAL_HEADERS } from './redirect.js';
import type { RetryOptions } from './retry.js';
import { safeUrl } from './safe-url.js';
import {
  type FetchLike,
  fetchTransport,
  type HeaderReader,
  type HttpResponse,
  type Transport,
} from './transport.js';

export interface ClientCoreOptions {
  /** Where requests go; the generated factories default it to the spec's first server. */
  baseUrl: string;
  /** Custom fetch for the default transport; `globalThis.fetch` (looked up at call time) when omitted. */
  fetch?: FetchLike;
  /**
   * What moves the bytes (default: `fetch`). On Node, `createNodeTransport()` from
   * `@vendor-clients/runtime/node` is faster; whoever creates a transport closes it.
   */
  transport?: Transport;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** One credential or several (e.g. an API key and basic auth, used where each is accepted). */
  auth?: Credential | readonly Credential[];
  /** How the spec's security schemes are fed (from the generated code). */
  bindings?: readonly SchemeBinding[];
  /** Every operation of the spec, so `raw` calls get the right credentials too. */
  operations?: readonly OperationSpec[];
  /** Per-attempt timeout in ms (default 60 000). */
  timeoutMs?: number;
  /** Retry policy, or false for none (default: 2 retries of idempotent requests). */
  retry?: RetryOptions | false;
  /** Debug lines (credentials redacted). */
  logger?: Logger;
  /** Injectable time, for tests. */
  clock?: Clock;
}

/** Per-call settings; they override the client's. */
export interface CallInit {
  signal?: AbortSignal;
  headers?: Record<string, string>;
  timeoutMs?: number;
  retry?: RetryOptions | false;
}

export interface ClientCore<Paths extends {}> {
  /** The openapi-fetch client, with auth, retries, timeouts and redirect safety. */
  readonly raw: Client<Paths>;
  /** Runs one operation; resolves with the parsed success body or throws the typed error. */
  call<T = unknown>(operation: OperationSpec, input?: CallInput, init?: CallInit): Promise<T>;
}

export function createClientCore<Paths extends {}>(options: ClientCoreOptions): ClientCore<Paths> {
  const baseUrl = parseBaseUrl(options.baseUrl);
  if (options.fetch && options.transport) {
    throw new TypeError('createClientCore: pass either fetch or transport, not both');
  }
  const credentials: readonly Credential[] =
    options.auth === undefined
      ? []
      : Array.isArray(options.auth)
        ? options.auth
        : [options.auth as Credential];
  const bindings = options.bindings ?? [];
  const byRoute = new Map((options.operations ?? []).map((op) => [routeKey(op.method, op.path), op]));
  const secrets = new Set<string>();
  const log = options.logger ? redactingLogger(options.logger, secrets) : undefined;
  const credentialQueryNames = new Set(bindings.filter((b) => b.in === 'query').map((b) => b.name));
  const baseHref = baseUrl.href.replace(/\/$/, '');
  const querySerializer = createQuerySerializer();

  const send = createPipeline({
    baseOrigin: baseUrl.origin,
    transport: options.transport ?? fetchTransport(() => options.fetch ?? globalThis.fetch),
    timeoutMs: options.timeoutMs ?? 60_000,
    retry: options.retry,
    clock: options.clock ?? systemClock,
    credentialHeaders: new Set([
      ...ALWAYS_CREDENTIAL_HEADERS,
      ...bindings.filter((b) => b.in === 'header').map((b) => b.name.toLowerCase()),
    ]),
    credentialQueryNames,
    secrets,
    log,
  });

  // selectSecurity depends only on the operation's `security` (bindings and credentials are fixed per
  // client), so each operation's choice is made once.
  const chosenFor = new WeakMap<object, RequestContext['auth']>();
  /** The credentials to send for an operation, or MissingCredentialsError before anything is sent. */
  function authFor(operationId: string, security: OperationSpec['security']): RequestContext['auth'] {
    const known = security === undefined ? undefined : chosenFor.get(security);
    if (known !== undefined) return known;
    const chosen = selectSecurity(security, bindings, credentials);
    if (chosen === null) {
      throw new MissingCredentialsError(
        operationId,
        (security ?? []).map((alternative) => Object.keys(alternative)),
        credentials.map((c) => c.kind),
      );
    }
    if (security !== undefined) chosenFor.set(security, chosen);
    return chosen;
  }

  // `raw` keeps openapi-fetch's semantics; its Requests go through the same pipeline.
  const contexts = new WeakMap<Request, RequestContext>();
  const guard: Middleware = {
    onRequest({ request, schemaPath, params }) {
      const op = byRoute.get(routeKey(request.method, schemaPath));
      const operationId = op?.operationId ?? `${request.method} ${schemaPath}`;
      checkPathParams(operationId, schemaPath, params.path as Record<string, unknown> | undefined);
      contexts.set(request, { operationId, auth: authFor(operationId, op?.security) });
      return undefined;
    },
  };
  async function rawFetch(request: Request): Promise<Response> {
    const ctx = contexts.get(request) ?? { operationId: `${request.method} request`, auth: [] };
    const body = request.body ? new Uint8Array(await request.arrayBuffer()) : undefined;
    const { response } = await send(
      { url: request.url, method: request.method, headers: headerRecord(request.headers), body },
      { ...ctx, signal: request.signal },
    );
    return response.toResponse();
  }
  const raw = createClient<Paths>({
    baseUrl: baseHref,
    fetch: rawFetch,
    headers: options.headers,
    pathSerializer: serializePath,
  });
  raw.use(guard);

  // `call` builds the request itself with openapi-fetch's own URL and query serialisers, so it skips the
  // WHATWG Request/Response objects a custom transport does not need.
  async function call<T>(op: OperationSpec, input: CallInput = {}, init: CallInit = {}): Promise<T> {
    const { operationId } = op;
    // Checked and encoded in one pass; the query still goes through openapi-fetch's serialiser.
    const path = fillPath(operationId, op.path, input.path);
    const auth = authFor(operationId, op.security);
    const url = createFinalURL(path, {
      baseUrl: baseHref,
      params: { query: input.query as Record<string, unknown> },
      querySerializer,
      pathSerializer: serializePath,
    });
    const headers = mergeHeaderLayers(
      operationId,
      input.body === undefined ? undefined : { 'content-type': 'application/json' },
      options.headers,
      input.header,
      init.headers,
      op.requestContentType && input.body !== undefined
        ? { 'content-type': op.requestContentType }
        : undefined,
    );
    const serialized = serializeBody(input.body, op.requestContentType, headers);
    // Only multipart bodies need an await (their bytes come from a Response); no turn lost otherwise.
    const body = serialized instanceof Promise ? await serialized : serialized;
    const { response, url: finalUrl } = await send(
      { url, method: op.method, headers, body },
      { operationId, auth, timeoutMs: init.timeoutMs, retry: init.retry, signal: init.signal },
    );
    const shownUrl = () => redactSecrets(safeUrl(finalUrl, credentialQueryNames), secrets);
    const text = await readBody(op, response, init.signal, shownUrl);
    if (response.status < 200 || response.status > 299) {
      let error: unknown = text;
      try {
        if (text !== undefined) error = JSON.parse(text);
      } catch {
        // Not JSON: the error body stays text.
      }
      throw apiErrorFor({
        status: response.status,
        body: redactDeep(error, secrets),
        headers: safeHeaders(response.headers),
        operationId,
        method: op.method,
        url: shownUrl(),
      });
    }
    return parseSuccess(op, response, text, shownUrl) as T;
  }

  return Object.freeze({ raw, call });
}

/** The body as text, or undefined where openapi-fetch would not read one (204, HEAD, length 0). */
async function readBody(
  op: OperationSpec,
  response: HttpResponse,
  signal: AbortSignal | undefined,
  shownUrl: () => string,
): Promise<string | undefined> {
  try {
    if (response.status === 204 || op.method === 'HEAD') {
      await response.discard();
      return undefined;
    }
    const text = await response.text();
    // Only an empty body needs its headers read: `content-length: 0` (not chunked) means none at all.
    if (text === '' && response.headers.get('content-length') === '0') {
      if (!response.headers.get('transfer-encoding')?.includes('chunked')) return undefined;
    }
    return text;
  } catch (error) {
    if (signal?.aborted) throw new UserAbortError(op.operationId, signal.reason);
    throw new APIConnectionError(op.operationId, op.method, shownUrl(), error);
  }
}

/**
 * The request body as openapi-fetch would send it: JSON unless the content type says form data or
 * url-encoded. Multipart bodies get their boundary into the content-type header here; they are the only
 * ones that need a promise.
 */
function serializeBody(
  body: unknown,
  contentType: string | undefined,
  headers: HeaderRecord,
): string | Uint8Array | undefined | Promise<Uint8Array> {
  if (body === undefined) return undefined;
  const encoded = encodeBody(body, contentType);
  if (encoded instanceof FormData) {
    const form = new Response(encoded);
    headers['content-type'] = form.headers.get('content-type') ?? 'multipart/form-data';
    return form.arrayBuffer().then((bytes) => new Uint8Array(bytes));
  }
  if (headers['content-type'] === 'application/x-www-form-urlencoded') {
    return new URLSearchParams(encoded as Record<string, string>).toString();
  }
  return JSON.stringify(encoded);
}

function routeKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path}`;
}

function parseBaseUrl(value: string): URL {
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not http(s)');
    return url;
  } catch {
    throw new TypeError(`baseUrl must be an absolute http(s) URL, got ${JSON.stringify(value)}`);
  }
}

function encodeBody(body: unknown, contentType: string | undefined): unknown {
  if (body === undefined || !contentType) return body;
  if (
    contentType.startsWith('multipart/form-data') &&
    body &&
    typeof body === 'object' &&
    !(body instanceof FormData)
  ) {
    const form = new FormData();
    for (const [key, value] of Object.entries(body)) {
      if (value === undefined || value === null) continue;
      form.append(
        key,
        value instanceof Blob ? value : typeof value === 'object' ? JSON.stringify(value) : String(value),
      );
    }
    return form;
  }
  return body;
}

function parseSuccess(
  op: OperationSpec,
  response: HttpResponse,
  text: string | undefined,
  shownUrl: () => string,
): unknown {
  if (text === undefined || text === '') return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (/[/+]json\b/i.test(type) || (type === '' && /^\s*[[{"]/.test(text))) {
    try {
      return JSON.parse(text);
    } catch {
      throw new ApiError({
        status: response.status,
        body: text.slice(0, 1000),
        headers: safeHeaders(response.headers),
        operationId: op.operationId,
        method: op.method,
        url: `${shownUrl()} (response declared JSON but did not parse)`,
      });
    }
  }
  return text;
}

/** Response headers as a plain object, minus the ones that may carry session secrets. */
function safeHeaders(headers: HeaderReader): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (name !== 'set-cookie' && name !== 'authorization' && name !== 'www-authenticate') out[name] = value;
  });
  return out;
}

/** A server may echo what it received; whatever it echoes of our credentials is masked. */
function redactDeep(value: unknown, secrets: ReadonlySet<string>): unknown {
  if (secrets.size === 0 || value === undefined) return value;
  if (typeof value === 'string') return redactSecrets(value, secrets);
  const text = JSON.stringify(value);
  const clean = redactSecrets(text, secrets);
  if (clean === text) return value;
  try {
    return JSON.parse(clean);
  } catch {
    return clean;
  }
}
