import { apiKey, basic, bearer, bindSecuritySchemes, oauth2 } from '@vendor-clients/auth';
import { describe, expect, it } from 'vitest';
import {
  type ClientCoreOptions,
  type ClientFacts,
  createBareClientCore,
  createClientCore,
} from './client.js';
import { NotFoundError } from './errors.js';
import type { CallInput, OperationSpec } from './operation.js';
import { defaultQuery } from './query.js';
import type { FetchInit } from './transport.js';

// What a first-time user gets told (issue 24): where a misplaced input key goes, a baseUrl without the
// spec's base path, a credential that is not one, and who is calling.
const bindings = bindSecuritySchemes({ bearer: { type: 'http', scheme: 'bearer' } });
const getUser: OperationSpec = {
  operationId: 'getUser',
  method: 'GET',
  path: '/users/{user_id}',
  pathParams: ['user_id'],
  security: [{ bearer: [] }],
  encodeQuery: defaultQuery,
  queryParams: ['expand', 'page-size'],
  headerParams: ['X-Tenant'],
};

/** A fetch that records what it was given and answers `status` with `body`. */
function answering(status: number, body: unknown = {}) {
  const sent: Array<{ url: string; init: FetchInit }> = [];
  const fetch = async (url: string, init: FetchInit) => {
    sent.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return { sent, fetch };
}

/** A core made by hand (createClientCore, no facts) with a bearer token, answering 200. */
function byHand() {
  const { sent, fetch } = answering(200);
  const client = createClientCore({
    baseUrl: 'https://api.example.test',
    bindings,
    auth: bearer('t'),
    fetch,
  });
  return { sent, client };
}

describe('an input key that names a parameter at the top level', () => {
  const cases: Array<{ name: string; input: Record<string, unknown>; want: string }> = [
    {
      name: 'a path parameter',
      input: { user_id: 'u1' },
      want: 'getUser: unknown input key "user_id"; it is a path parameter: write { path: { user_id: … } }',
    },
    {
      name: 'a query parameter',
      input: { path: { user_id: 'u1' }, expand: true },
      want: 'getUser: unknown input key "expand"; it is a query parameter: write { query: { expand: … } }',
    },
    {
      name: 'a query parameter that is no identifier',
      input: { path: { user_id: 'u1' }, 'page-size': 5 },
      want: 'getUser: unknown input key "page-size"; it is a query parameter: write { query: { "page-size": … } }',
    },
    {
      name: 'a header parameter, in another case',
      input: { path: { user_id: 'u1' }, 'x-tenant': 't' },
      want: 'getUser: unknown input key "x-tenant"; it is a header parameter: write { header: { "x-tenant": … } }',
    },
    {
      name: 'no parameter: the nearest input key',
      input: { path: { user_id: 'u1' }, bdoy: {} },
      want: 'getUser: unknown input key "bdoy"; did you mean "body"?',
    },
  ];
  it.each(cases)('$name', async ({ input, want }) => {
    const { sent, client } = byHand();
    await expect(client.call(getUser, input as CallInput)).rejects.toThrow(new TypeError(want));
    expect(sent).toHaveLength(0);
  });
});

describe('a 404 when baseUrl lacks the base path of the spec', () => {
  const facts: ClientFacts = { basePath: '/api/v3/onezone' };
  const cases: Array<{ name: string; baseUrl: string; status: number; want: string }> = [
    {
      name: 'the origin alone',
      baseUrl: 'https://zone.example.test',
      status: 404,
      want: "getUser: GET https://zone.example.test/users/u1 failed with status 404: no route (the spec's server has the API under /api/v3/onezone: try baseUrl https://zone.example.test/api/v3/onezone)",
    },
    {
      name: 'another path',
      baseUrl: 'https://zone.example.test/api/',
      status: 404,
      want: "getUser: GET https://zone.example.test/api/users/u1 failed with status 404: no route (the spec's server has the API under /api/v3/onezone: try baseUrl https://zone.example.test/api/v3/onezone)",
    },
    {
      name: 'a prefix of its own',
      baseUrl: 'https://proxy.example.test/zone',
      status: 404,
      want: "getUser: GET https://proxy.example.test/zone/users/u1 failed with status 404: no route (the spec's server has the API under /api/v3/onezone: try baseUrl https://proxy.example.test/zone/api/v3/onezone)",
    },
    {
      name: 'the base path: no hint',
      baseUrl: 'https://zone.example.test/api/v3/onezone/',
      status: 404,
      want: 'getUser: GET https://zone.example.test/api/v3/onezone/users/u1 failed with status 404: no route',
    },
    {
      name: 'behind a prefix of its own: no hint',
      baseUrl: 'https://proxy.example.test/zone/api/v3/onezone',
      status: 404,
      want: 'getUser: GET https://proxy.example.test/zone/api/v3/onezone/users/u1 failed with status 404: no route',
    },
    {
      name: 'another status: no hint',
      baseUrl: 'https://zone.example.test',
      status: 403,
      want: 'getUser: GET https://zone.example.test/users/u1 failed with status 403: no route',
    },
  ];
  it.each(cases)('$name', async ({ baseUrl, status, want }) => {
    const { fetch } = answering(status, { message: 'no route' });
    const client = createBareClientCore(
      { baseUrl, bindings, auth: bearer('t'), fetch },
      'createOnezone',
      facts,
    );
    const error = await client.call<unknown>(getUser, { path: { user_id: 'u1' } }).then(
      () => new Error('expected the call to fail'),
      (e: unknown) => e as Error,
    );
    expect(error.message).toBe(want);
    expect(error instanceof NotFoundError).toBe(status === 404);
  });
});

describe('credentials checked when the client is made', () => {
  const oauth = bindSecuritySchemes({
    oauth: {
      type: 'oauth2',
      flows: { clientCredentials: { tokenUrl: 'https://auth.test/token', scopes: {} } },
    },
  });
  const keyOrBasic = bindSecuritySchemes({
    key: { type: 'apiKey', in: 'header', name: 'X-Key' },
    basic: { type: 'http', scheme: 'basic' },
  });
  const cases: Array<{
    name: string;
    options: Omit<ClientCoreOptions, 'baseUrl'>;
    want: string | undefined;
  }> = [
    {
      name: 'a string',
      options: { bindings: oauth, auth: 'token' as never },
      want: 'createArthurClient: option "auth" must be made by oauth2() or bearer(), got a string',
    },
    {
      name: 'a plain object in a list',
      options: { bindings: keyOrBasic, auth: [apiKey('k'), { kind: 'basic' } as never] },
      want: 'createArthurClient: option "auth"[1] must be made by apiKey() or basic(), got an object',
    },
    {
      name: 'a kind no scheme takes',
      options: { bindings: keyOrBasic, auth: bearer('t') },
      want: 'createArthurClient: option "auth" must be made by apiKey() or basic(), got bearer()',
    },
    {
      name: 'a credential without any binding',
      options: { auth: basic('u', 'p') },
      want: 'createArthurClient: option "auth" must be left out: no security scheme is bound, got basic()',
    },
    {
      name: 'a credential a scheme takes',
      options: {
        bindings: oauth,
        auth: oauth2({
          clientId: 'c',
          clientSecret: 's',
          tokenUrl: 'https://auth.test/token',
          grant: 'client_credentials',
        }),
      },
      want: undefined,
    },
    { name: 'no auth at all', options: { bindings: oauth }, want: undefined },
  ];
  it.each(cases)('$name', ({ options, want }) => {
    const make = () =>
      createBareClientCore({ baseUrl: 'https://api.example.test', ...options }, 'createArthurClient');
    if (want === undefined) expect(make).not.toThrow();
    else expect(make).toThrow(new TypeError(want));
  });
});

describe('every request says who sends it', () => {
  // Node: User-Agent; these tests run on Node, where the runtime picks it.
  const facts: ClientFacts = { userAgent: 'vendor-clients-onezone/1.2.3' };
  const cases: Array<{
    name: string;
    headers?: Record<string, string | null>;
    callHeaders?: Record<string, string>;
    want: Record<string, string | undefined>;
  }> = [
    { name: 'by default', want: { 'user-agent': 'vendor-clients-onezone/1.2.3' } },
    {
      name: 'a client header wins',
      headers: { 'User-Agent': 'my-app/2.0' },
      want: { 'user-agent': 'my-app/2.0' },
    },
    {
      name: 'a call header wins',
      callHeaders: { 'user-agent': 'my-job/3' },
      want: { 'user-agent': 'my-job/3' },
    },
    { name: 'null drops it', headers: { 'user-agent': null }, want: { 'user-agent': undefined } },
  ];
  it.each(cases)('$name', async ({ headers, callHeaders, want }) => {
    const { sent, fetch } = answering(200);
    const client = createBareClientCore(
      { baseUrl: 'https://api.example.test', bindings, auth: bearer('t'), fetch, headers },
      'createOnezone',
      facts,
    );
    await client.call(getUser, { path: { user_id: 'u1' } }, { headers: callHeaders });
    const got = sent[0]!.init.headers;
    expect({ 'user-agent': got['user-agent'] }).toEqual(want);
    expect(got.authorization).toBe('Bearer t');
  });

  it('a client made by hand sends none of ours', async () => {
    const { sent, client } = byHand();
    await client.call(getUser, { path: { user_id: 'u1' } });
    expect(sent[0]!.init.headers['user-agent']).toBeUndefined();
  });
});
