// The contract suite each vendor package runs (src/contract.test.ts, from the template): every
// operation of the vendor's spec is called through the generated client against a real local server,
// in both forms (the method of `create<Vendor>Client()` and the standalone function on
// `create<Vendor>()`), and what arrives (method, encoded path, query, headers, auth, JSON body) and what
// comes back are compared with what the spec says. Then, for one operation, the response metadata
// (`withResponse`) and the hooks (`defineHooks`) through a retry and a redirect, in every form.
import { join } from 'node:path';
import type { Credential } from '@vendor-clients/auth';
import type { Transport } from '@vendor-clients/runtime/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { vendorById } from '../../vendors.js';
import { bindingsOf, paginatorName } from '../emit.js';
import { repoRoot } from '../generate.js';
import { readModel } from '../model.js';
import { loadSpec } from '../spec.js';
import { type ContractCase, contractCase } from './cases.js';
import { firstHourSuite } from './first-hour.js';
import { instantClock, recordingHooks } from './observe.js';
import { type PagesAs, pagingTests } from './paging.js';
import { type RecordingServer, startRecordingServer } from './server.js';
import { transports } from './transports.js';

type Method = (input?: unknown, init?: unknown) => Promise<unknown>;
type WithResponse = (
  promise: Promise<unknown>,
) => Promise<Record<string, unknown> & { headers: Record<string, string> }>;
type OperationFunction = (client: unknown, input?: unknown, init?: unknown) => Promise<unknown>;

type RawCall = (
  path: string,
  init: { params: Record<string, unknown>; body?: unknown },
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** The ways to call an operation; each must put the same request on the wire. */
const forms = ['method', 'function', 'raw'] as const;
type Constructor = (...args: unknown[]) => Credential;
type PaginatorOf = (input: unknown, init: unknown) => ReturnType<PagesAs>;

/**
 * @param pkg The package's main entry.
 * @param rawEntry Its `/raw` entry (`create<Vendor>RawClient`).
 */
export function contractSuite(
  vendorId: string,
  pkg: Record<string, unknown>,
  rawEntry: Record<string, unknown>,
): void {
  const vendor = vendorById(vendorId);
  const spec = loadSpec(join(repoRoot, 'specs', vendor.id, 'openapi.yaml'));
  const model = readModel(spec);
  const bindings = bindingsOf(model);
  const cases = model.operations.map((op) => contractCase(op, bindings, spec.doc));
  const basePath = new URL(model.defaultBaseUrl).pathname.replace(/\/$/, '');
  const factory = pkg[vendor.factory] as (options: Record<string, unknown>) => Record<string, Method>;
  const modularFactory = vendor.factory.replace(/Client$/, '');
  const connect = pkg[modularFactory] as (options: Record<string, unknown>) => unknown;
  /** Calls an operation in the given form on a client made with `options`. */
  function callAs(form: (typeof forms)[number], options: Record<string, unknown>, operationId: string) {
    if (form === 'method') return (input: unknown) => factory(options)[operationId]!(input);
    if (form === 'raw') return (input: unknown) => rawCall(options, operationId, input);
    const fn = pkg[operationId] as OperationFunction;
    return (input: unknown) => fn(connect(options), input);
  }
  const makeRaw = rawEntry[`${modularFactory}RawClient`] as (client: unknown) => Record<string, RawCall>;
  /** The same operation through openapi-fetch (`raw`): resolves with `data`; a non-2xx status throws. */
  async function rawCall(options: Record<string, unknown>, operationId: string, input: unknown) {
    const op = model.operations.find((o) => o.operationId === operationId)!;
    const { body, ...params } = (input ?? {}) as Record<string, unknown>;
    const raw = makeRaw(connect(options));
    const { data, response } = await raw[op.method.toUpperCase()]!(op.path, {
      params,
      ...(body === undefined ? {} : { body }),
    });
    if (!response.ok) throw new Error(`${operationId} via raw: status ${response.status}`);
    return response.status === 204 ? undefined : data;
  }
  /** Starts a loop over a paged operation's pages: `client.paginate.<op>` or `paginate<Op>(client)`. */
  const pagesAs: PagesAs = (form, options, operationId, input, init) => {
    if (form === 'method') {
      const paginators = (factory(options) as unknown as { paginate: Record<string, PaginatorOf> }).paginate;
      return paginators[operationId]!(input, init);
    }
    const op = model.operations.find((o) => o.operationId === operationId)!;
    return (pkg[paginatorName(op)] as (client: unknown, ...args: unknown[]) => ReturnType<PagesAs>)(
      connect(options),
      input,
      init,
    );
  };
  let server: RecordingServer;

  beforeAll(async () => {
    server = await startRecordingServer();
  });
  afterAll(async () => {
    await server.close();
  });

  function credentialsFor(c: ContractCase): Credential[] {
    const make = (name: string) => {
      const construct = pkg[name] as Constructor | undefined;
      if (typeof construct !== 'function') throw new Error(`${vendor.packageName} does not export ${name}()`);
      return construct;
    };
    return c.auth.map(({ binding }) => {
      switch (binding.kind) {
        case 'apiKey':
          return make('apiKey')('contract-api-key');
        case 'basic':
          return make('basic')('contract-user', 'contract-pass');
        default:
          return make('bearer')('contract-token');
      }
    });
  }

  firstHourSuite({ vendor, model, root: spec.doc, cases, pkg, rawEntry, credentialsFor });

  let transport: Transport | undefined;
  function optionsFor(c: ContractCase): Record<string, unknown> {
    return { baseUrl: `${server.origin}${basePath}`, auth: credentialsFor(c), retry: false, transport };
  }

  describe.each(transports)(`${vendor.packageName} contract, $name transport`, ({ make }) => {
    beforeAll(() => {
      transport = make();
    });
    afterAll(async () => {
      await transport?.close();
    });

    it(`covers every operation of specs/${vendor.id}/openapi.yaml, as a method and as a function`, () => {
      const client = factory({});
      expect(typeof connect, `${vendor.packageName} exports ${modularFactory}`).toBe('function');
      expect(cases.length).toBeGreaterThan(0);
      expect(typeof makeRaw, `${vendor.packageName}/raw exports ${modularFactory}RawClient`).toBe('function');
      for (const c of cases) {
        expect(typeof client[c.operationId], c.operationId).toBe('function');
        expect(typeof pkg[c.operationId], `function ${c.operationId}`).toBe('function');
      }
    });

    it('has a paginator, as a function and as a method, for exactly the operations that page', () => {
      const client = factory({}) as unknown as { paginate?: Record<string, unknown> };
      for (const op of model.operations) {
        const pages = op.pagination ? 'function' : 'undefined';
        expect(typeof pkg[paginatorName(op)], paginatorName(op)).toBe(pages);
        expect(typeof client.paginate?.[op.operationId], `client.paginate.${op.operationId}`).toBe(pages);
      }
    });

    pagingTests(
      model.operations,
      cases,
      spec.doc,
      basePath,
      pagesAs,
      (c, origin) => ({ ...optionsFor(c), baseUrl: `${origin}${basePath}` }),
      { PaginationError: pkg.PaginationError, UserAbortError: pkg.UserAbortError },
    );

    const table = cases.flatMap((c) => forms.map((form) => [c.operationId, form, c] as const));
    it.each(table)('%s (%s)', async (_id, form, c) => {
      server.received.length = 0;
      server.reply = c.reply;
      const result = await callAs(form, optionsFor(c), c.operationId)(c.input);
      expect(server.received).toHaveLength(1);
      const got = server.received[0]!;
      expect(got.method).toBe(c.want.method);
      expect(got.url).toBe(`${basePath}${c.want.url}`);
      for (const [name, value] of Object.entries(c.want.headers)) expect(got.headers[name], name).toBe(value);
      if (c.auth.length === 0) expect(got.headers.authorization).toBeUndefined();
      if (c.want.body === undefined) expect(got.body).toBe('');
      else expect(JSON.parse(got.body)).toEqual(c.want.body);
      expect(result).toEqual(c.result);
    });

    it.each(forms.filter((form) => form !== 'raw'))(
      'hands an error status to the caller as the typed error with the parsed body (%s)',
      async (form) => {
        const c = cases[0]!;
        const errorBody = { message: 'no such thing', code: 'not_found' };
        server.reply = { status: 404, contentType: 'application/json', body: JSON.stringify(errorBody) };
        const failure = await callAs(
          form,
          optionsFor(c),
          c.operationId,
        )(c.input).then(
          () => undefined,
          (error: unknown) => error,
        );
        expect(failure).toBeInstanceOf(pkg.NotFoundError as new () => Error);
        expect(failure).toBeInstanceOf(pkg.ApiError as new () => Error);
        expect(failure).toMatchObject({ status: 404, body: errorBody, operationId: c.operationId });
      },
    );

    it.each(forms)(
      'refuses to call an operation without a credential it accepts, before sending (%s)',
      async (form) => {
        const c = cases.find((x) => x.auth.length > 0);
        if (!c) return;
        server.received.length = 0;
        const options = { baseUrl: `${server.origin}${basePath}`, transport };
        const failure = await callAs(
          form,
          options,
          c.operationId,
        )(c.input).then(
          () => undefined,
          (error: unknown) => error,
        );
        expect(failure).toBeInstanceOf(pkg.MissingCredentialsError as new () => Error);
        expect(server.received).toHaveLength(0);
      },
    );

    describe('response metadata and hooks, through a retried 503 and a same-origin redirect', () => {
      // A GET where there is one, so the retry needs no opt-in; one with a JSON body to come back if possible.
      const c =
        cases.find((x) => x.want.method === 'GET' && x.result !== undefined) ??
        cases.find((x) => x.want.method === 'GET') ??
        cases[0]!;
      const requestId = 'contract-request-1';
      const moved = `${basePath}/moved`;
      /** The server's answers: 503, then on the retry a 302 to `moved`, which answers as the spec says. */
      function answerWithRetryAndRedirect() {
        server.received.length = 0;
        server.queue = [{ status: 503 }, { status: 302, location: `${server.origin}${moved}` }];
        server.reply = {
          ...c.reply,
          headers: { 'x-request-id': requestId, 'set-cookie': 'sid=contract-session' },
        };
      }
      // A call failed by a hook leaves answers queued; the tests after these must not get them.
      afterEach(() => {
        server.queue = [];
      });
      const defineHooks = pkg.defineHooks as Parameters<typeof recordingHooks>[0];
      const withResponse = pkg.withResponse as WithResponse;
      const retrying = (extra: Record<string, unknown> = {}) => ({
        ...optionsFor(c),
        retry: { maxRetries: 2, retryNonIdempotent: true },
        clock: instantClock,
        ...extra,
      });

      it.each(forms.filter((form) => form !== 'raw'))(
        `${c.operationId} (%s): data, status, headers, requestId, attempts and the final URL`,
        async (form) => {
          answerWithRetryAndRedirect();
          const result = await withResponse(
            callAs(form, retrying(), c.operationId)(c.input) as Promise<unknown>,
          );
          expect(result.data).toEqual(c.result);
          expect(result).toMatchObject({
            status: c.reply.status,
            requestId,
            attempts: 2,
            url: `${server.origin}${moved}`,
          });
          expect(result.headers['x-request-id']).toBe(requestId);
          expect(result.headers['set-cookie']).toBeUndefined();
          expect(result.elapsedMs).toBeGreaterThanOrEqual(0);
          expect(server.received).toHaveLength(3);
        },
      );

      it.each(forms)(`${c.operationId} (%s): the hooks see every attempt and every hop`, async (form) => {
        answerWithRetryAndRedirect();
        const { events, hooks } = recordingHooks(defineHooks, server.origin);
        await callAs(form, retrying({ hooks }), c.operationId)(c.input);
        const first = `${c.want.method} ${basePath}${c.want.url}`;
        expect(events).toEqual([
          `request ${first} 1.0`,
          'response 503 1.0',
          `request ${first} 2.0`,
          'response 302 2.0',
          `request ${c.want.method === 'POST' ? 'GET' : c.want.method} ${moved} 2.1`,
          `response ${c.reply.status} 2.1 final`,
        ]);
      });

      it.each(forms)(`${c.operationId} (%s): a throwing hook fails the call once`, async (form) => {
        answerWithRetryAndRedirect();
        const hooks = defineHooks({
          onResponse() {
            throw new Error('hook broke');
          },
        });
        const failure = await callAs(
          form,
          retrying({ hooks }),
          c.operationId,
        )(c.input).then(
          () => undefined,
          (error: unknown) => error,
        );
        expect(failure).toBeInstanceOf(pkg.HookError as new () => Error);
        expect(failure).toMatchObject({ hook: 'onResponse', operationId: c.operationId });
        expect(server.received).toHaveLength(1);
      });
    });
  });
}
