import { bearer, bindSecuritySchemes } from '@vendor-clients/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startServer, type TestServer } from '../test/server.js';
import { createClientCore } from './client.js';
import type { OperationSpec } from './operation.js';
import { createRawClient } from './raw.js';
import type { FetchLike } from './transport.js';

// The `fetch` option is called as code wrapping `globalThis.fetch` expects, `(url, init)`, so the usual
// wrappers keep the credential, the body and the signal (issue 24).
const bindings = bindSecuritySchemes({ bearer: { type: 'http', scheme: 'bearer' } });
const updateUser: OperationSpec = {
  operationId: 'updateUser',
  method: 'PUT',
  path: '/users/{id}',
  pathParams: ['id'],
  security: [{ bearer: [] }],
};
type Paths = {
  '/users/{id}': {
    put: {
      parameters: { path: { id: string } };
      requestBody: { content: { 'application/json': { name: string } } };
      responses: { 200: { content: { 'application/json': Record<string, unknown> } } };
    };
  };
};

/** given: a fetch the user passes; want: what the server saw of the extra header. */
const cases: Array<{ name: string; fetch: FetchLike; extra: string | undefined }> = [
  {
    name: 'spreading init.headers into a new object',
    fetch: (url, init) => fetch(url, { ...init, headers: { ...init?.headers, 'x-extra': '1' } }),
    extra: '1',
  },
  {
    name: 'through new Headers(init.headers)',
    fetch: (url, init) => {
      const headers = new Headers(init.headers);
      headers.set('x-extra', '2');
      return fetch(url, { ...init, headers });
    },
    extra: '2',
  },
  {
    name: 'through new Request(url, init)',
    fetch: (url, init) => fetch(new Request(url, init)),
    extra: undefined,
  },
  {
    name: 'typed as the platform fetch',
    fetch: ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init)) as typeof fetch,
    extra: undefined,
  },
];

describe('the fetch option, called as (url, init)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((request, response) =>
      json(response, 200, {
        authorization: request.headers.authorization,
        extra: request.headers['x-extra'],
        body: request.body,
        url: request.url,
      }),
    );
  });
  afterAll(() => server.close());

  const want = (extra: string | undefined) => ({
    authorization: 'Bearer T-1',
    extra,
    body: '{"name":"Ada"}',
    url: '/users/u1',
  });

  it.each(cases)('call: $name keeps the credential and the body', async ({ fetch, extra }) => {
    const client = createClientCore({ baseUrl: server.origin, bindings, auth: bearer('T-1'), fetch });
    const got = await client.call(updateUser, { path: { id: 'u1' }, body: { name: 'Ada' } });
    expect(got).toEqual(want(extra));
  });

  it.each(cases)('raw: $name keeps the credential and the body', async ({ fetch, extra }) => {
    const client = createClientCore({ baseUrl: server.origin, bindings, auth: bearer('T-1'), fetch });
    const raw = createRawClient<Paths>(client, [updateUser]);
    const { data } = await raw.PUT('/users/{id}', { params: { path: { id: 'u1' } }, body: { name: 'Ada' } });
    expect(data).toEqual(want(extra));
  });

  it('passes the signal that aborts the call', async () => {
    let seen: AbortSignal | undefined;
    const controller = new AbortController();
    const client = createClientCore({
      baseUrl: server.origin,
      bindings,
      auth: bearer('T-1'),
      retry: false,
      fetch: (url, init) => {
        seen = init.signal;
        return fetch(url, init);
      },
    });
    await client.call(updateUser, { path: { id: 'u1' }, body: {} }, { signal: controller.signal });
    expect(seen).toBeInstanceOf(AbortSignal);
    controller.abort();
    expect(seen!.aborted).toBe(true);
  });
});
