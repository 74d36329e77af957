import { type Credential, redactSecrets, type SchemeBinding, selectSecurity } from '@vendor-clients/auth';
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { type Clock, systemClock } from './clock.js';
import { ApiError, apiErrorFor, MissingCredentialsError } from './errors.js';
import { type Logger, redactingLogger } from './logger.js';
import type { CallInput, OperationSpec } from './operation.js';
import { checkPathParams, serializePath } from './path-params.js';
import { ALWAYS_CREDENTIAL_HEADERS } from './redirect.js';
import type { RetryOptions } from './retry.js';
import { safeUrl } from './safe-url.js';
import { createTransport, type FetchLike, type RequestContext } from './transport.js';

export interface ClientCoreOptions {
  /** Where requests go; the generated factories default it to the spec's first server. */
  baseUrl: string;
  /** Custom fetch; `globalThis.fetch` (looked up at call time) when omitted. */
  fetch?: FetchLike;
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
  const credentials: readonly Credential[] =
    options.auth === undefined
      ? []
      : Array.isArray(options.auth)
        ? options.auth
        : [options.auth as Credential];
  const bindings = options.bindings ?? [];
  const byRoute = new Map((options.operations ?? []).map((op) => [routeKey(op.method, op.path), op]));
  const secrets = new Set<string>();
  const log = redactingLogger(options.logger, secrets);
  const contexts = new WeakMap<Request, RequestContext>();
  const overrides = new WeakMap<Request, CallInit>();
  const credentialHeaders = new Set([
    ...ALWAYS_CREDENTIAL_HEADERS,
    ...bindings.filter((b) => b.in === 'header').map((b) => b.name.toLowerCase()),
  ]);
  const credentialQueryNames = new Set(bindings.filter((b) => b.in === 'query').map((b) => b.name));

  const transport = createTransport({
    baseOrigin: baseUrl.origin,
    fetch: () => options.fetch ?? globalThis.fetch,
    timeoutMs: options.timeoutMs ?? 60_000,
    retry: options.retry,
    clock: options.clock ?? systemClock,
    credentialHeaders,
    credentialQueryNames,
    secrets,
    log,
    contextOf: (request) => {
      let ctx = contexts.get(request);
      if (!ctx) {
        ctx = { operationId: `${request.method} request`, auth: [] };
        contexts.set(request, ctx);
      }
      const init = overrides.get(request);
      if (init) Object.assign(ctx, { timeoutMs: init.timeoutMs, retry: init.retry });
      return ctx;
    },
  });

  // Runs before openapi-fetch sends anything: refuses unsafe path params and unsatisfiable security.
  const guard: Middleware = {
    onRequest({ request, schemaPath, params }) {
      const op = byRoute.get(routeKey(request.method, schemaPath));
      const operationId = op?.operationId ?? `${request.method} ${schemaPath}`;
      checkPathParams(operationId, schemaPath, params.path as Record<string, unknown> | undefined);
      const security = op?.security;
      const chosen = selectSecurity(security, bindings, credentials);
      if (chosen === null) {
        throw new MissingCredentialsError(
          operationId,
          (security ?? []).map((alternative) => Object.keys(alternative)),
          credentials.map((c) => c.kind),
        );
      }
      contexts.set(request, { operationId, auth: chosen });
      return undefined;
    },
  };

  const raw = createClient<Paths>({
    baseUrl: baseUrl.href.replace(/\/$/, ''),
    fetch: transport,
    headers: options.headers,
    pathSerializer: serializePath,
  });
  raw.use(guard);

  async function call<T>(op: OperationSpec, input: CallInput = {}, init: CallInit = {}): Promise<T> {
    let sent: Request | undefined;
    const remember: Middleware = {
      onRequest({ request }) {
        sent = request;
        overrides.set(request, init);
        return undefined;
      },
    };
    const headers = { ...(input.header as Record<string, string> | undefined), ...init.headers };
    if (op.requestContentType && input.body !== undefined) headers['Content-Type'] = op.requestContentType;
    const untyped = raw as unknown as Client<Record<string, Record<string, unknown>>>;
    const { data, error, response } = await untyped.request(
      op.method.toLowerCase() as never,
      op.path as never,
      {
        params: { path: input.path, query: input.query },
        headers,
        body: encodeBody(input.body, op.requestContentType),
        signal: init.signal,
        parseAs: 'text',
        middleware: [remember],
        // biome-ignore lint/suspicious/noExplicitAny: openapi-fetch's init type depends on the path table, which is erased here.
      } as any,
    );
    const url = (sent && contexts.get(sent)?.finalUrl) ?? safeUrl(response.url, credentialQueryNames);
    if (!response.ok) {
      throw apiErrorFor({
        status: response.status,
        body: redactDeep(error, secrets),
        headers: safeHeaders(response.headers),
        operationId: op.operationId,
        method: op.method,
        url: redactSecrets(url, secrets),
      });
    }
    return parseSuccess(op, response, data as string | undefined, url) as T;
  }

  return Object.freeze({ raw, call });
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

function parseSuccess(op: OperationSpec, response: Response, text: string | undefined, url: string): unknown {
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
        url: `${url} (response declared JSON but did not parse)`,
      });
    }
  }
  return text;
}

/** Response headers as a plain object, minus the ones that may carry session secrets. */
function safeHeaders(headers: Headers): Record<string, string> {
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
