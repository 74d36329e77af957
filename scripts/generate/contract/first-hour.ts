// What a user meets in the first hour with a vendor package (issue 24), checked for every vendor from its
// spec: error messages carry the server's reason where the spec's error model puts it, a 404 from a
// baseUrl without the spec's base path says so, a misplaced input key says where it goes, a credential
// that is not one is refused when the client is made, every request names the package and its version,
// and a `fetch` wrapper keeps the credential.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Credential } from '@vendor-clients/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Vendor } from '../../vendors.js';
import { bindingsOf, isJson, userAgentOf } from '../emit.js';
import { repoRoot } from '../generate.js';
import type { ApiModel } from '../model.js';
import { reasonPaths } from '../reasons.js';
import { sampleOf } from '../sample.js';
import type { Json, JsonObject } from '../spec.js';
import type { ContractCase } from './cases.js';
import { type RecordingServer, startRecordingServer } from './server.js';

export interface FirstHourContext {
  readonly vendor: Vendor;
  readonly model: ApiModel;
  readonly root: JsonObject;
  readonly cases: readonly ContractCase[];
  readonly pkg: Record<string, unknown>;
  readonly rawEntry: Record<string, unknown>;
  readonly credentialsFor: (c: ContractCase) => Credential[];
}

type Factory = (options: Record<string, unknown>) => Record<string, (input?: unknown) => Promise<unknown>>;
type RawCall = (
  path: string,
  init: Record<string, unknown>,
) => Promise<{ data?: unknown; response: Response }>;

/** Every string of a sample replaced by where it sits (`error_message`, `error.description`). */
function labelled(value: Json, at: string[] = []): Json {
  if (typeof value === 'string') return at.join('.');
  if (Array.isArray(value)) return value.map((item, i) => labelled(item, [...at, String(i)]));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, labelled(v, [...at, k])]));
  return value;
}

/** The status a response the spec writes as `404`, `4XX` or `default` is answered with. */
const statusOf = (status: string) => (/^\d+$/.test(status) ? Number(status) : status === '5XX' ? 502 : 418);

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => new Error('expected the call to fail'),
    (error: unknown) => error as Error,
  );

export function firstHourSuite(ctx: FirstHourContext): void {
  const { vendor, model, root, cases, pkg, credentialsFor } = ctx;
  const factory = pkg[vendor.factory] as Factory;
  const modular = vendor.factory.replace(/Client$/, '');
  const connect = pkg[modular] as (options: Record<string, unknown>) => unknown;
  const basePath = model.basePath ?? '';
  const version = (
    JSON.parse(readFileSync(join(repoRoot, 'packages', vendor.id, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  let server: RecordingServer;
  beforeAll(async () => {
    server = await startRecordingServer();
  });
  afterAll(() => server.close());
  const optionsFor = (c: ContractCase, extra: Record<string, unknown> = {}) => ({
    baseUrl: `${server.origin}${basePath}`,
    auth: credentialsFor(c),
    retry: false,
    ...extra,
  });
  /** Calls an operation as a method or as a function. */
  const call = (
    form: 'method' | 'function',
    options: Record<string, unknown>,
    c: ContractCase,
    input: unknown,
  ) =>
    form === 'method'
      ? factory(options)[c.operationId]!(input)
      : (pkg[c.operationId] as (client: unknown, input: unknown) => Promise<unknown>)(
          connect(options),
          input,
        );

  describe(`${vendor.packageName}: the first hour`, () => {
    // given: an operation's declared error status whose model names where its reason is, answered with a
    // sample of that model; want: the message ends with the text at the first such place.
    const reasonCases = model.operations.flatMap((op) => {
      const c = cases.find((x) => x.operationId === op.operationId)!;
      return op.errors.flatMap((error) => {
        if (!isJson(error.mediaType)) return [];
        const path = reasonPaths(error.schema, root)[0];
        const body = labelled(sampleOf(error.schema, root));
        if (!path || typeof body !== 'object' || body === null) return [];
        return [
          {
            name: `${op.operationId} ${error.status}`,
            c,
            status: statusOf(error.status),
            body,
            want: path.join('.'),
          },
        ];
      });
    });
    // given: a body in one of the usual shapes, for an operation whose spec says nothing of it; want: its reason.
    const generic = cases[0]!;
    const usual: Array<{ name: string; body: Json; want: string }> = [
      { name: 'message', body: { message: 'no such user' }, want: 'no such user' },
      {
        name: 'a nested error envelope',
        body: { error: { id: 'notFound', description: 'The resource could not be found.' } },
        want: 'The resource could not be found.',
      },
      {
        name: 'a validation list',
        body: { detail: [{ loc: ['path', 'id'], msg: 'value is not a valid uuid', type: 'type_error' }] },
        want: 'path.id: value is not a valid uuid',
      },
    ];
    const table = [
      ...reasonCases.map((r) => ({ ...r, name: `the spec's error model: ${r.name}` })),
      ...usual.map((u) => ({ ...u, name: `the usual keys: ${u.name}`, c: generic, status: 409 })),
    ];
    it.each(table.flatMap((row) => (['method', 'function'] as const).map((form) => ({ ...row, form }))))(
      'error message with the server reason, $name ($form)',
      async ({ c, status, body, want, form }) => {
        server.reply = { status, contentType: 'application/json', body: JSON.stringify(body) };
        const error = await failureOf(call(form, optionsFor(c), c, c.input));
        expect(error).toBeInstanceOf(pkg.ApiError as new () => Error);
        expect(error.message).toMatch(new RegExp(`failed with status ${status}: `));
        expect(error.message.endsWith(`: ${want}`), error.message).toBe(true);
      },
    );

    // given: a baseUrl; want: what a 404 from it adds to the message.
    const baseUrlCases = [
      {
        name: 'the origin alone',
        baseUrl: () => server.origin,
        want: () =>
          basePath
            ? ` (the spec's server has the API under ${basePath}: try baseUrl ${server.origin}${basePath})`
            : '',
      },
      { name: "the spec's base path", baseUrl: () => `${server.origin}${basePath}`, want: () => '' },
    ];
    it.each(baseUrlCases)('a 404 from $name', async ({ baseUrl, want }) => {
      server.reply = { status: 404, contentType: 'application/json', body: '{"message":"no route"}' };
      const error = await failureOf(
        call('method', optionsFor(generic, { baseUrl: baseUrl() }), generic, generic.input),
      );
      expect(error).toBeInstanceOf(pkg.NotFoundError as new () => Error);
      expect(error.message.endsWith(`: no route${want()}`), error.message).toBe(true);
    });

    // given: an input with a parameter at the top level; want: where to write it, before anything is sent.
    const misplaced = (['path', 'query', 'header'] as const).flatMap((where) => {
      const op = model.operations.find((o) => o.parameters.some((p) => p.in === where));
      const p = op?.parameters.find((x) => x.in === where);
      if (!op || !p) return [];
      const name = /^[A-Za-z_$][\w$]*$/.test(p.name) ? p.name : JSON.stringify(p.name);
      return [
        {
          where,
          c: cases.find((x) => x.operationId === op.operationId)!,
          key: p.name,
          want: `${op.operationId}: unknown input key ${JSON.stringify(p.name)}; it is a ${where} parameter: write { ${where}: { ${name}: … } }`,
        },
      ];
    });
    it.each(misplaced)('a $where parameter at the top level of the input', async ({ c, key, want }) => {
      server.received.length = 0;
      const error = await failureOf(call('method', optionsFor(c), c, { ...c.input, [key]: 'x' }));
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toBe(want);
      expect(server.received).toHaveLength(0);
    });

    const kinds = [...new Set(bindingsOf(model).map((b) => b.kind))];
    const makers = kinds.map((k) => `${k}()`).join(' or ');
    // given: a factory and an `auth` that no scheme of the API can use; want: refused when the client is made.
    const creation = [vendor.factory, modular].flatMap((name) => [
      {
        name,
        given: 'a string',
        auth: 'token' as unknown,
        want: `${name}: option "auth" must be made by ${makers}, got a string`,
      },
      {
        name,
        given: 'a look-alike object in a list',
        auth: [{ kind: kinds[0] }] as unknown,
        want: `${name}: option "auth"[0] must be made by ${makers}, got an object`,
      },
    ]);
    it.each(creation)('$name refuses $given as auth when the client is made', ({ name, auth, want }) => {
      const make = pkg[name] as (options: Record<string, unknown>) => unknown;
      expect(() => make({ auth })).toThrow(new TypeError(want));
    });

    // given: the headers option; want: the User-Agent the server sees (these tests run on Node).
    const agent = userAgentOf(vendor.packageName, version);
    const agents: Array<{ name: string; headers?: Record<string, string | null>; want: string | undefined }> =
      [
        { name: 'the package and its version', want: agent },
        { name: 'one of the user', headers: { 'User-Agent': 'my-app/1.0' }, want: 'my-app/1.0' },
      ];
    it.each(agents.flatMap((row) => (['method', 'function'] as const).map((form) => ({ ...row, form }))))(
      'User-Agent: $name ($form)',
      async ({ headers, want, form }) => {
        server.received.length = 0;
        server.reply = generic.reply;
        await call(form, optionsFor(generic, { headers }), generic, generic.input);
        expect(server.received[0]!.headers['user-agent']).toBe(want);
      },
    );

    // given: a fetch wrapper adding a header, in each form; want: the credential and the header both arrive.
    const withAuth = cases.find((x) => x.auth.length > 0) ?? generic;
    const wrapper = (url: string, init: RequestInit & { headers: Record<string, string> }) =>
      fetch(url, { ...init, headers: { ...init.headers, 'x-extra': '1' } });
    it.each(['method', 'function', 'raw'] as const)(
      'a fetch wrapper keeps the credential (%s)',
      async (form) => {
        server.received.length = 0;
        server.reply = withAuth.reply;
        const options = optionsFor(withAuth, { fetch: wrapper });
        if (form === 'raw') {
          const op = model.operations.find((o) => o.operationId === withAuth.operationId)!;
          const { body, ...params } = withAuth.input;
          const makeRaw = ctx.rawEntry[`${modular}RawClient`] as (client: unknown) => Record<string, RawCall>;
          const { response } = await makeRaw(connect(options))[op.method.toUpperCase()]!(op.path, {
            params,
            ...(body === undefined ? {} : { body }),
          });
          expect(response.ok).toBe(true);
        } else await call(form, options, withAuth, withAuth.input);
        const got = server.received[0]!;
        expect(got.headers['x-extra']).toBe('1');
        for (const { header, value } of withAuth.auth) expect(got.headers[header], header).toBe(value);
      },
    );
  });
}
