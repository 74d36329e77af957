// The contract suite each vendor package runs (src/contract.test.ts, from the template): every
// operation of the vendor's spec is called through the generated client against a real local server,
// in both forms (the method of `create<Vendor>Client()` and the standalone function on
// `create<Vendor>()`), and what arrives (method, encoded path, query, headers, auth, JSON body) and what
// comes back are compared with what the spec says.
import { join } from 'node:path';
import type { Credential } from '@vendor-clients/auth';
import type { Transport } from '@vendor-clients/runtime/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vendorById } from '../../vendors.js';
import { bindingsOf } from '../emit.js';
import { repoRoot } from '../generate.js';
import { readModel } from '../model.js';
import { loadSpec } from '../spec.js';
import { type ContractCase, contractCase } from './cases.js';
import { type RecordingServer, startRecordingServer } from './server.js';
import { transports } from './transports.js';

type Method = (input?: unknown, init?: unknown) => Promise<unknown>;
type OperationFunction = (client: unknown, input?: unknown, init?: unknown) => Promise<unknown>;

type RawCall = (
  path: string,
  init: { params: Record<string, unknown>; body?: unknown },
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** The ways to call an operation; each must put the same request on the wire. */
const forms = ['method', 'function', 'raw'] as const;
type Constructor = (...args: unknown[]) => Credential;

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
  });
}
