import {
  type Credential,
  checkBinding,
  credentialSource,
  isCredential,
  type SchemeBinding,
  SentSecrets,
  selectSecurity,
} from '@vendor-clients/auth';
import { type BodyEncoder, defaultBody } from './body.js';
import { type Clock, systemClock } from './clock.js';
import { apiErrorFor, MissingCredentialsError } from './errors.js';
import { mergeHeaderLayers, safeHeaders } from './headers.js';
import { checkHooks, type DefinedHooks } from './hook-seam.js';
import { type Logger, redactingLogger } from './logger.js';
import type { CallInput, OperationSpec } from './operation.js';
import { CALL_OPTIONS, CLIENT_OPTIONS, checkKeys, INPUT_KEYS, RETRY_OPTIONS } from './options.js';
import { fillPath, pathPlaceholders } from './path-params.js';
import { type BodyRead, type ChosenCredential, createPipeline, type Pipeline, release } from './pipeline.js';
import { defaultQuery, type QueryEncoder } from './query.js';
import { ALWAYS_CREDENTIAL_HEADERS } from './redirect.js';
import { type CallRecord, trackCall } from './response.js';
import type { RetryOptions } from './retry.js';
import { safeUrl } from './safe-url.js';
import { type FetchLike, fetchTransport, type HttpResponse, type Transport } from './transport.js';
import {
  type DefinedValidation,
  startValidation,
  type ValidationMode,
  type ValidationRun,
} from './validation-seam.js';

export interface ClientCoreOptions {
  /** Where requests go; the generated factories default it to the spec's first server. */
  baseUrl: string;
  /**
   * A `fetch` for the default transport, called as `fetch(url, init)` with the headers (credentials
   * included) a plain object in `init`, so a wrapper of `globalThis.fetch` works as it is; `globalThis.fetch`
   * (looked up at call time) when omitted.
   */
  fetch?: FetchLike;
  /**
   * What moves the bytes (default: `fetch`). On Node, `createNodeTransport()` from
   * `@vendor-clients/runtime/node` is faster; whoever creates a transport closes it.
   */
  transport?: Transport;
  /**
   * Headers sent with every request; `null` drops one the client would send, such as the
   * `x-vendor-clients-agent` of a generated client.
   */
  headers?: Record<string, string | null>;
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
  /**
   * Response validation against the spec: `validation({ mode: 'report' })` of the vendor package's
   * `/validate` entry. Without it (the default) nothing is checked and none of that code is bundled.
   */
  validate?: DefinedValidation;
}

/** Per-call settings; they override the client's. */
export interface CallInit {
  signal?: AbortSignal;
  headers?: Record<string, string>;
  timeoutMs?: number;
  retry?: RetryOptions | false;
  /** `defineHooks(...)` for this call only, run after the client's. */
  hooks?: DefinedHooks;
  /** This call's validation mode (`'off'`, `'report'`, `'strict'`), or a validation of its own. */
  validate?: ValidationMode | DefinedValidation;
}

/**
 * What a generated factory knows of its package and spec beyond the user's options (see
 * `createBareClientCore`).
 */
export interface ClientFacts {
  /**
   * The package and its version (`vendor-clients-onezone/0.1.0`), sent with every request as
   * `User-Agent` on Node (and Deno and Bun, which have its `process`), elsewhere (browsers) as
   * `x-vendor-clients-agent`; a header of the same name in `headers` wins.
   */
  readonly userAgent?: string;
  /**
   * The path the spec's server puts the API under (`/api/v3/onezone`): a 404 from a `baseUrl` without
   * it says so.
   */
  readonly basePath?: string;
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
  authFor(operationId: string, security: OperationSpec['security']): readonly ChosenCredential[];
  readonly send: Pipeline;
  readonly secrets: SentSecrets;
  /** The client's response validation and debug log, for raw calls. */
  readonly validate: DefinedValidation | undefined;
  readonly log: ((line: string) => void) | undefined;
}

const seams = new WeakMap<object, CoreSeam>();

/** The seam of a core, or of a client built on one (it carries the core's `call`). */
export function seamOf(client: ClientCore, place: string): CoreSeam {
  const seam = seams.get(client?.call);
  if (!seam) throw new TypeError(`${place}: not a client made by createClientCore or a generated factory`);
  return seam;
}

const JSON_TYPE = /[/+]json\b/i;

/** What a core uses for an operation that names no encoder of its own. */
interface Encoders {
  readonly query: QueryEncoder;
  readonly body: BodyEncoder;
}

/**
 * A client core for operation specs written by hand: an operation that names no `encodeQuery` or
 * `encodeBody` gets the defaults (`defaultQuery`; `defaultBody`, refusing multipart bodies, which need
 * `encodeBody: multipartBody`).
 */
export function createClientCore(options: ClientCoreOptions): ClientCore {
  // Hand-written bindings are checked here; the generated factories' come from bindSecuritySchemes.
  for (const binding of options.bindings ?? []) checkBinding(binding, 'createClientCore');
  return createCore(options, {
    query: defaultQuery,
    body: (body, headers, operationId) => {
      const type = headers['content-type'];
      if (type?.startsWith('multipart/')) {
        throw new TypeError(
          `${operationId}: a ${type} body needs \`encodeBody: multipartBody\` in its OperationSpec`,
        );
      }
      return defaultBody(body, headers, operationId);
    },
  });
}

/**
 * A client core for the generated operation specs, which name their encoders (`encodeQuery`,
 * `encodeBody`): no default is referenced, so a bundle carries only the encoders of the operations it
 * calls. Query parameters or a body for an operation without an encoder are refused.
 */
export function createBareClientCore(
  options: ClientCoreOptions,
  factory = 'createClientCore',
  facts?: ClientFacts,
): ClientCore {
  return createCore(options, undefined, factory, facts);
}

/** Where a platform lets a request say who sends it: `User-Agent` where it has Node's `process`. */
const AGENT_HEADER =
  typeof (globalThis as { process?: { versions?: { node?: unknown } } }).process?.versions?.node === 'string'
    ? 'user-agent'
    : 'x-vendor-clients-agent';

/** `factory` is the function the user called, so a message about its options names it. */
function createCore(
  options: ClientCoreOptions,
  defaults?: Encoders,
  factory = 'createClientCore',
  facts: ClientFacts = {},
): ClientCore {
  const { fetch: customFetch, transport, auth, bindings = [], clock = systemClock } = options;
  checkKeys(factory, 'option', options, CLIENT_OPTIONS);
  checkKeys(factory, 'retry option', options.retry, RETRY_OPTIONS);
  const baseUrl = parseBaseUrl(options.baseUrl);
  if (customFetch && transport) {
    throw new TypeError(`${factory}: pass either fetch or transport, not both`);
  }
  const credentials: readonly Credential[] = auth === undefined ? [] : Array.isArray(auth) ? auth : [auth];
  checkCredentials(factory, credentials, Array.isArray(auth), bindings);
  const secrets = new SentSecrets();
  const credentialQueryNames = new Set(bindings.filter((b) => b.in === 'query').map((b) => b.name));
  const baseHref = baseUrl.href.replace(/\/$/, '');
  // Checked here, so a bad header name or value is reported once, naming the factory.
  const clientHeaders = mergeHeaderLayers(
    factory,
    facts.userAgent ? { [AGENT_HEADER]: facts.userAgent } : undefined,
    options.headers,
  );
  const lacksBasePath = basePathHint(baseUrl, facts.basePath);
  hooks: checkHooks(factory, options.hooks);
  validation: startValidation(factory, options.validate);
  const log = options.logger && redactingLogger(options.logger, secrets);

  const send = createPipeline({
    baseOrigin: baseUrl.origin,
    transport: transport ?? fetchTransport(() => customFetch ?? globalThis.fetch),
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
  // client), so each operation's choice, and the credential checks behind it, are made once; the
  // generator shares one `security` array between the operations that take the same schemes.
  const chosenFor = new WeakMap<object, readonly ChosenCredential[]>();
  /** The credentials to send for an operation, or MissingCredentialsError before anything is sent. */
  function authFor(operationId: string, security: OperationSpec['security']): readonly ChosenCredential[] {
    // Operations without `security` share one entry: any fixed object is a key for them.
    const key: object = security ?? chosenFor;
    let chosen = chosenFor.get(key);
    if (!chosen) {
      const selected = selectSecurity(security, bindings, credentials);
      if (selected === null) {
        throw new MissingCredentialsError(
          operationId,
          (security ?? []).map((alternative) => Object.keys(alternative)),
          credentials.map((c) => c.kind),
        );
      }
      chosen = selected.map((c) => ({ ...c, source: credentialSource(c.credential, c.binding) }));
      chosenFor.set(key, chosen);
    }
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
    const { operationId, method } = op;
    hooks: checkHooks(operationId, init.hooks);
    let validating: ValidationRun | undefined;
    validation: validating = startValidation(operationId, options.validate, init.validate);
    checkKeys(operationId, 'call option', init, CALL_OPTIONS);
    checkKeys(operationId, 'retry option', init.retry, RETRY_OPTIONS);
    checkKeys(operationId, 'input key', input, INPUT_KEYS, undefined, (key) => parameterHint(op, key));
    checkKeys(
      operationId,
      'path parameter',
      input.path,
      (key) => op.path.includes(`{${key}}`),
      () => pathPlaceholders(op.path),
    );
    if (op.queryParams) checkKeys(operationId, 'query parameter', input.query, op.queryParams);
    const { headerParams } = op;
    if (headerParams) {
      // Header names are not case-sensitive.
      const known = (key: string) => headerParams.some((name) => name.toLowerCase() === key.toLowerCase());
      checkKeys(operationId, 'header parameter', input.header, known, () => headerParams);
    }
    // Path checked and encoded in one pass; the query serialised as openapi-fetch would (query.ts).
    const path = fillPath(operationId, op.path, input.path);
    const chosen = authFor(operationId, op.security);
    const { query, body, contentType } = input;
    const encodeQuery = op.encodeQuery ?? defaults?.query;
    let encodeBody = op.encodeBody ?? defaults?.body;
    let bodyType = op.requestContentType;
    if (contentType !== undefined && contentType !== (bodyType ?? 'application/json')) {
      const other = op.otherBodies?.[contentType];
      if (!other) {
        const taken = [bodyType ?? 'application/json', ...Object.keys(op.otherBodies ?? {})];
        throw new TypeError(
          `${operationId}: contentType ${JSON.stringify(contentType)} is not one it takes (${taken.join(', ')})`,
        );
      }
      encodeBody = other;
      bodyType = contentType;
    }
    const refused =
      query !== undefined && !encodeQuery
        ? 'query parameters'
        : body !== undefined && !encodeBody
          ? 'request body'
          : '';
    if (refused) throw new TypeError(`${operationId} takes no ${refused}`);
    const search = query === undefined ? '' : encodeQuery!(operationId, query);
    const headers = mergeHeaderLayers(
      operationId,
      clientHeaders,
      input.header,
      init.headers,
      body !== undefined && bodyType ? { 'content-type': bodyType } : undefined,
    );
    // Only encoded bodies (multipart) need an await; no turn lost otherwise.
    const encoded = body === undefined ? undefined : encodeBody!(body, headers, operationId);
    const shownUrl = (url: string) => secrets.redact(safeUrl(url, credentialQueryNames));
    const held: string[] = [];
    try {
      const outcome = await send(
        {
          url: `${baseHref}${path}${search ? `?${search}` : ''}`,
          method,
          headers,
          body: encoded instanceof Promise ? await encoded : encoded,
        },
        {
          ...init,
          operationId,
          auth: chosen,
          read: (response) => readBody(response, method, op.responseAs),
          held,
        },
      );
      const { response, url } = outcome;
      const { status } = response;
      const { value: data, spoiled } = outcome.body;
      // Reports hold no values; redaction still covers whatever one might echo of a credential.
      validation: if (validating && !spoiled) {
        validating.check({
          operationId,
          status,
          body: data,
          type: response.headers.get('content-type'),
          log,
          secrets,
        });
      }
      if (!(status > 199 && status < 300) || spoiled) {
        // A 2xx whose JSON did not parse is a plain ApiError: apiErrorFor has no class for 2xx.
        const reasons = op.errorReasons;
        throw apiErrorFor(
          {
            status,
            body: redactDeep(data, secrets),
            headers: safeHeaders(response.headers, secrets),
            operationId,
            method,
            url: shownUrl(url) + (spoiled ? ' (response declared JSON but did not parse)' : ''),
          },
          {
            reasons: reasons && (reasons[status] ?? reasons[`${`${status}`.charAt(0)}XX`] ?? reasons.default),
            hint: status === 404 ? lacksBasePath : undefined,
          },
        );
      }
      metadata: {
        record.outcome = outcome;
        record.url = () => shownUrl(url);
        record.ended = clock.now();
        record.secrets = secrets;
        record.held = held;
      }
      return data as T;
    } finally {
      release(secrets, held);
    }
  }

  seams.set(call, {
    baseHref,
    headers: clientHeaders,
    authFor,
    send,
    secrets,
    validate: options.validate,
    log,
  });
  return Object.freeze({ call });
}

/**
 * The body as `call` returns it: as the operation's `responseAs` says (a string or a Blob) on success,
 * else parsed when it is JSON, the text otherwise, undefined where openapi-fetch would read none (204,
 * HEAD, length 0). Read inside the attempt, under its timeout.
 */
async function readBody(
  response: HttpResponse,
  method: string,
  as: OperationSpec['responseAs'],
): Promise<BodyRead> {
  const { status } = response;
  // The spec says what a success body is; a binary one is read as bytes, never decoded as text.
  if (as && status > 199 && status < 300 && status !== 204 && method !== 'HEAD') {
    return { value: as === 'blob' ? await response.toResponse().blob() : await response.text() };
  }
  let text: string | undefined;
  if (status === 204 || method === 'HEAD') await response.discard();
  else {
    text = await response.text();
    // Only an empty body needs its headers read: `content-length: 0` (not chunked) means none at all.
    if (
      text === '' &&
      response.headers.get('content-length') === '0' &&
      !response.headers.get('transfer-encoding')?.includes('chunked')
    ) {
      text = undefined;
    }
  }
  const ok = status > 199 && status < 300;
  // Error bodies are parsed whenever they are JSON; success bodies when they say so (or look so, untyped).
  const type = ok && text ? (response.headers.get('content-type') ?? '') : '';
  if (text && (!ok || JSON_TYPE.test(type) || (!type && /^\s*[[{"]/.test(text)))) {
    try {
      return { value: JSON.parse(text) };
    } catch {
      if (ok) return { value: text.slice(0, 1000), spoiled: true };
    }
  }
  return { value: ok && text === '' ? undefined : text };
}

/**
 * Refuses, when the client is made, an `auth` that is not a credential of @vendor-clients/auth, or of
 * a kind none of the API's security schemes takes: otherwise it would only fail at the first call.
 */
function checkCredentials(
  factory: string,
  credentials: readonly Credential[],
  listed: boolean,
  bindings: readonly SchemeBinding[],
): void {
  const kinds = bindings.map((b) => b.kind);
  const makers = [...new Set(kinds)].map((kind) => `${kind}()`).join(' or ');
  credentials.forEach((credential, i) => {
    const made = isCredential(credential);
    if (made && kinds.includes(credential.kind)) return;
    const type = credential === null ? 'null' : typeof credential;
    throw new TypeError(
      `${factory}: option "auth"${listed ? `[${i}]` : ''} must be ${makers ? `made by ${makers}` : 'left out: no security scheme is bound'}, got ${
        made ? `${credential.kind}()` : type === 'object' ? 'an object' : `a ${type}`
      }`,
    );
  });
}

/**
 * The hint for a top-level input key that names one of the operation's parameters: `getUser({ id })`
 * for `getUser({ path: { id } })`.
 */
function parameterHint(op: OperationSpec, key: string): string | undefined {
  const where = op.path.includes(`{${key}}`)
    ? 'path'
    : op.queryParams?.includes(key)
      ? 'query'
      : op.headerParams?.some((name) => name.toLowerCase() === key.toLowerCase())
        ? 'header'
        : undefined;
  const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
  return where && `it is a ${where} parameter: write { ${where}: { ${name}: … } }`;
}

/** What a 404 adds when `baseUrl`'s path lacks the base path of the spec's server. */
function basePathHint(baseUrl: URL, basePath: string | undefined): string | undefined {
  const path = baseUrl.pathname.replace(/\/$/, '');
  const wanted = basePath?.replace(/\/$/, '');
  if (!wanted || path.endsWith(wanted)) return undefined;
  // A path that starts the base path is a part of it (`/api` of `/api/v3/onezone`), else a prefix of the user's.
  return `the spec's server has the API under ${wanted}: try baseUrl ${baseUrl.origin}${wanted.startsWith(path) ? '' : path}${wanted}`;
}

function parseBaseUrl(value: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    // Reported below, with the value.
  }
  if (url?.protocol !== 'https:' && url?.protocol !== 'http:') {
    throw new TypeError(`baseUrl must be an absolute http(s) URL, got ${JSON.stringify(value)}`);
  }
  // fetch refuses such a URL on every attempt (its message quoting the password) and undici drops the
  // user info silently: refused here, in one way for both, without repeating it.
  if (url.username || url.password) {
    url.username = url.password = '';
    throw new TypeError(
      `baseUrl must not carry user info (${url.origin}); pass credentials with \`auth\` instead`,
    );
  }
  return url;
}

/** A server may echo what it received; whatever it echoes of our credentials is masked. */
function redactDeep(value: unknown, secrets: SentSecrets): unknown {
  if (secrets.size === 0 || value === undefined) return value;
  if (typeof value === 'string') return secrets.redact(value);
  const text = JSON.stringify(value);
  const clean = secrets.redact(text);
  if (clean === text) return value;
  try {
    return JSON.parse(clean);
  } catch {
    return clean; // a secret that spanned JSON syntax: the masked text, not the structure
  }
}
