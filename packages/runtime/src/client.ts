import { type Credential, redactSecrets, type SchemeBinding, selectSecurity } from '@vendor-clients/auth';
import { type Clock, systemClock } from './clock.js';
import {
  APIConnectionError,
  ApiError,
  apiErrorFor,
  MissingCredentialsError,
  UserAbortError,
} from './errors.js';
import { type HeaderRecord, mergeHeaderLayers, safeHeaders } from './headers.js';
import { checkHooks, type DefinedHooks } from './hook-seam.js';
import { type Logger, redactingLogger } from './logger.js';
import type { CallInput, OperationSpec } from './operation.js';
import { fillPath } from './path-params.js';
import { createPipeline, type Pipeline, type RequestContext } from './pipeline.js';
import { serializeQuery } from './query.js';
import { ALWAYS_CREDENTIAL_HEADERS } from './redirect.js';
import { type CallRecord, trackCall } from './response.js';
import type { RetryOptions } from './retry.js';
import { safeUrl } from './safe-url.js';
import { type FetchLike, fetchTransport, type HttpResponse, type Transport } from './transport.js';

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
  /** Per-attempt timeout in ms (default 60 000). */
  timeoutMs?: number;
  /** Retry policy, or false for none (default: 2 retries of idempotent requests). */
  retry?: RetryOptions | false;
  /** Debug lines (credentials redacted). */
  logger?: Logger;
  /** Injectable time, for tests. */
  clock?: Clock;
  /**
   * `defineHooks(...)`: called around every request of every call (each attempt and redirect hop), for
   * tracing, logging and metrics; they never see a credential. A call's own `hooks` run after these.
   */
  hooks?: DefinedHooks;
}

/** Per-call settings; they override the client's. */
export interface CallInit {
  signal?: AbortSignal;
  headers?: Record<string, string>;
  timeoutMs?: number;
  retry?: RetryOptions | false;
  /** `defineHooks(...)` for this call only, run after the client's. */
  hooks?: DefinedHooks;
}

export interface ClientCore {
  /** Runs one operation; resolves with the parsed success body or throws the typed error. */
  call<T = unknown>(operation: OperationSpec, input?: CallInput, init?: CallInit): Promise<T>;
}

/**
 * What `@vendor-clients/runtime/raw` needs from a core to send openapi-fetch's Requests through the same
 * pipeline. It is kept off the core object (found by its `call`, which method-style clients copy), so
 * the core's public surface stays `call` and a bundle without `raw` carries none of it.
 */
export interface CoreSeam {
  readonly baseHref: string;
  readonly headers: Readonly<Record<string, string>> | undefined;
  authFor(operationId: string, security: OperationSpec['security']): RequestContext['auth'];
  readonly send: Pipeline;
}

const seams = new WeakMap<object, CoreSeam>();

/** The seam of a core, or of a client built on one (it carries the core's `call`). */
export function seamOf(client: ClientCore, place: string): CoreSeam {
  const seam = typeof client?.call === 'function' ? seams.get(client.call) : undefined;
  if (!seam) throw new TypeError(`${place}: not a client made by createClientCore or a generated factory`);
  return seam;
}

export function createClientCore(options: ClientCoreOptions): ClientCore {
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
  const secrets = new Set<string>();
  const log = options.logger ? redactingLogger(options.logger, secrets) : undefined;
  const credentialQueryNames = new Set(bindings.filter((b) => b.in === 'query').map((b) => b.name));
  const baseHref = baseUrl.href.replace(/\/$/, '');
  const clock = options.clock ?? systemClock;
  hooks: checkHooks('createClientCore', options.hooks);

  const send = createPipeline({
    baseOrigin: baseUrl.origin,
    transport: options.transport ?? fetchTransport(() => options.fetch ?? globalThis.fetch),
    timeoutMs: options.timeoutMs ?? 60_000,
    retry: options.retry,
    clock,
    credentialHeaders: new Set([
      ...ALWAYS_CREDENTIAL_HEADERS,
      ...bindings.filter((b) => b.in === 'header').map((b) => b.name.toLowerCase()),
    ]),
    credentialQueryNames,
    secrets,
    log,
    hooks: options.hooks,
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

  function call<T>(op: OperationSpec, input: CallInput = {}, init: CallInit = {}): Promise<T> {
    const record = {} as CallRecord;
    metadata: record.started = clock.now();
    const promise = run<T>(op, input, init, record);
    metadata: trackCall(promise, record);
    return promise;
  }

  // `run` builds the request itself (URL and query as openapi-fetch would), so it skips the WHATWG
  // Request/Response objects a custom transport does not need.
  async function run<T>(op: OperationSpec, input: CallInput, init: CallInit, record: CallRecord): Promise<T> {
    const { operationId } = op;
    hooks: checkHooks(operationId, init.hooks);
    // Path checked and encoded in one pass; the query serialised as openapi-fetch would (query.ts).
    const path = fillPath(operationId, op.path, input.path);
    const auth = authFor(operationId, op.security);
    const search = serializeQuery(operationId, input.query);
    const url = `${baseHref}${path}${search ? `?${search}` : ''}`;
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
    const serialized = serializeBody(input.body, op, headers);
    // Only encoded bodies (multipart) need an await; no turn lost otherwise.
    const body = serialized instanceof Promise ? await serialized : serialized;
    const outcome = await send(
      { url, method: op.method, headers, body },
      {
        operationId,
        auth,
        timeoutMs: init.timeoutMs,
        retry: init.retry,
        signal: init.signal,
        hooks: init.hooks,
      },
    );
    const { response, url: finalUrl } = outcome;
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
        headers: safeHeaders(response.headers, secrets),
        operationId,
        method: op.method,
        url: shownUrl(),
      });
    }
    const data = parseSuccess(op, response, text, shownUrl, secrets) as T;
    metadata: {
      record.outcome = outcome;
      record.url = shownUrl;
      record.ended = clock.now();
      record.secrets = secrets;
    }
    return data;
  }

  seams.set(call, { baseHref, headers: options.headers, authFor, send });
  return Object.freeze({ call });
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
 * The request body as openapi-fetch would send it: JSON unless the content type says url-encoded.
 * Other encodings (multipart form data) come with the operation (`encodeBody`), so only clients that
 * call such an operation carry their code; they are the only bodies that need a promise.
 */
function serializeBody(
  body: unknown,
  op: OperationSpec,
  headers: HeaderRecord,
): string | Uint8Array | undefined | Promise<string | Uint8Array> {
  if (body === undefined) return undefined;
  if (op.encodeBody) return op.encodeBody(body, headers);
  if (op.requestContentType?.startsWith('multipart/')) {
    throw new TypeError(
      `${op.operationId}: a ${op.requestContentType} body needs \`encodeBody: multipartBody\` in its OperationSpec`,
    );
  }
  if (headers['content-type'] === 'application/x-www-form-urlencoded') {
    return new URLSearchParams(body as Record<string, string>).toString();
  }
  return JSON.stringify(body);
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

function parseSuccess(
  op: OperationSpec,
  response: HttpResponse,
  text: string | undefined,
  shownUrl: () => string,
  secrets: ReadonlySet<string>,
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
        headers: safeHeaders(response.headers, secrets),
        operationId: op.operationId,
        method: op.method,
        url: `${shownUrl()} (response declared JSON but did not parse)`,
      });
    }
  }
  return text;
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
