import { bearer } from '@vendor-clients/auth';
import { describe, expect, it } from 'vitest';
import { allBindings, getUserWith, serversAndTransport } from '../test/fixtures.js';
import { json } from '../test/server.js';
import { transports } from '../test/transports.js';
import { type CallInit, type ClientCoreOptions, createClientCore } from './client.js';
import type { CallInput, OperationSpec } from './operation.js';
import { defaultQuery } from './query.js';

const getUser = getUserWith('bearer');
const listUsers: OperationSpec = {
  operationId: 'listUsers',
  method: 'GET',
  path: '/users',
  security: [{ bearer: [] }],
  encodeQuery: defaultQuery,
  queryParams: ['page', 'size'],
  headerParams: ['X-Tenant'],
};

describe.each(transports)('unknown options, $name transport', (kind) => {
  const { serve, transport } = serversAndTransport(kind);

  const clientCases: Array<{ name: string; options: Record<string, unknown>; want: string }> = [
    {
      name: 'baseURL for baseUrl',
      options: { baseURL: 'http://127.0.0.1:9' },
      want: 'createClientCore: unknown option "baseURL"; did you mean "baseUrl"?',
    },
    {
      name: 'maxRetries at the top level',
      options: { maxRetries: 5 },
      want: 'createClientCore: unknown option "maxRetries"; known: baseUrl, fetch, transport, headers, auth, bindings, timeoutMs, retry, logger, clock, hooks, validate',
    },
    {
      name: 'timeout for timeoutMs',
      options: { timeout: 100 },
      want: 'createClientCore: unknown option "timeout"; did you mean "timeoutMs"?',
    },
    {
      name: 'a misspelt retry option',
      options: { retry: { maxRetry: 1 } },
      want: 'createClientCore: unknown retry option "maxRetry"; did you mean "maxRetries"?',
    },
  ];
  it.each(clientCases)('client options: refuses $name when the client is made', async ({ options, want }) => {
    const server = await serve((_req, res) => json(res, 200, {}));
    const make = () =>
      createClientCore({
        baseUrl: server.origin,
        bindings: allBindings,
        auth: bearer('TOKEN-a1b2c3d4'),
        transport: transport(),
        ...options,
      } as ClientCoreOptions);
    expect(make).toThrow(new TypeError(want));
    expect(server.requests).toHaveLength(0);
  });

  const callCases: Array<{
    name: string;
    op?: OperationSpec;
    input?: unknown;
    init?: unknown;
    want: string;
  }> = [
    {
      name: 'timeout for timeoutMs per call',
      init: { timeout: 1 },
      want: 'getUser: unknown call option "timeout"; did you mean "timeoutMs"?',
    },
    {
      name: 'a misspelt retry option per call',
      init: { retry: { retryNonIdempotnet: true } },
      want: 'getUser: unknown retry option "retryNonIdempotnet"; did you mean "retryNonIdempotent"?',
    },
    {
      name: 'an input key foo',
      input: { path: { id: 'u1' }, foo: 1 },
      want: 'getUser: unknown input key "foo"; known: path, query, header, body, contentType',
    },
    {
      name: 'headers for header in the input',
      input: { path: { id: 'u1' }, headers: { 'x-a': '1' } },
      want: 'getUser: unknown input key "headers"; did you mean "header"?',
    },
    {
      name: 'a path parameter the path does not have',
      input: { path: { id: 'u1', userId: 'u2' } },
      want: 'getUser: unknown path parameter "userId"; known: id',
    },
    {
      name: 'a misspelt path parameter',
      input: { path: { Id: 'u1' } },
      want: 'getUser: unknown path parameter "Id"; did you mean "id"?',
    },
    {
      name: 'a query parameter the operation does not have',
      op: listUsers,
      input: { query: { pageSize: 5 } },
      want: 'listUsers: unknown query parameter "pageSize"; did you mean "page"?',
    },
    {
      name: 'a header parameter the operation does not have',
      op: listUsers,
      input: { header: { 'X-Tenat': 't1' } },
      want: 'listUsers: unknown header parameter "X-Tenat"; did you mean "X-Tenant"?',
    },
  ];
  it.each(callCases)('calls: refuses $name before sending', async ({ op = getUser, input, init, want }) => {
    const server = await serve((_req, res) => json(res, 200, {}));
    const client = createClientCore({
      baseUrl: server.origin,
      bindings: allBindings,
      auth: bearer('TOKEN-a1b2c3d4'),
      transport: transport(),
    });
    await expect(client.call(op, input as CallInput, init as CallInit)).rejects.toThrow(new TypeError(want));
    expect(server.requests).toHaveLength(0);
  });

  it('takes every known key, header names in any case', async () => {
    const server = await serve((_req, res) => json(res, 200, { ok: true }));
    const client = createClientCore({
      baseUrl: server.origin,
      bindings: allBindings,
      auth: bearer('TOKEN-a1b2c3d4'),
      transport: transport(),
      timeoutMs: 5000,
      retry: { maxRetries: 1, baseDelayMs: 1 },
    });
    const init: CallInit = { timeoutMs: 5000, retry: { maxRetries: 0 }, headers: { 'x-b': '2' } };
    const input = { query: { page: 1, size: 2 }, header: { 'x-tenant': 't1' } };
    await expect(client.call(listUsers, input, init)).resolves.toEqual({ ok: true });
    expect(server.requests[0]!.url).toBe('/users?page=1&size=2');
  });
});
