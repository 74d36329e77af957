import { inspect } from 'node:util';
import {
  apiKey,
  basic,
  bearer,
  bindSecuritySchemes,
  type Credential,
  oauth2,
  type SchemeBinding,
} from '@vendor-clients/auth';
import { describe, expect, it, vi } from 'vitest';
import { allBindings, getUserWith, serversAndTransport } from '../test/fixtures.js';
import {
  fakeClock,
  json,
  type Recorded,
  rejection,
  spoiled,
  startServer,
  type TestServer,
} from '../test/server.js';
import { transports } from '../test/transports.js';
import { type ClientCoreOptions, createClientCore } from './client.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  ApiError,
  AuthenticationError,
  InternalServerError,
  MissingCredentialsError,
  NotFoundError,
  PathParameterError,
  RateLimitError,
  UserAbortError,
} from './errors.js';
import { defineHooks } from './hooks.js';
import { createNodeTransport } from './node.js';
import type { OperationSpec, SecurityRequirements } from './operation.js';
import { defaultQuery } from './query.js';
import { createRawClient } from './raw.js';
import { withResponse } from './response.js';

const bindings = bindSecuritySchemes({
  api_key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
  basic: { type: 'http', scheme: 'basic' },
  bearer: { type: 'http', scheme: 'bearer' },
});
const anyAuth: SecurityRequirements = [{ api_key: [] }, { basic: [] }, { bearer: [] }];
const getUser: OperationSpec = {
  operationId: 'getUser',
  method: 'GET',
  path: '/users/{id}',
  pathParams: ['id'],
  security: anyAuth,
};
const createUser: OperationSpec = {
  operationId: 'createUser',
  method: 'POST',
  path: '/users',
  pathParams: [],
  security: anyAuth,
};
const basicOnly: OperationSpec = {
  operationId: 'deleteUser',
  method: 'DELETE',
  path: '/users/{id}',
  pathParams: ['id'],
  security: [{ basic: [] }],
};
const operations = [getUser, createUser, basicOnly];
type RawPaths = {
  '/users/{id}': {
    get: {
      parameters: { path: { id: string } };
      responses: { 200: { content: { 'application/json': { id: string } } } };
    };
  };
};

describe.each(transports)('with the $name transport', (kind) => {
  const { serve, transport } = serversAndTransport(kind);

  function clientFor(server: TestServer, extra: Partial<ClientCoreOptions> = {}) {
    return createClientCore({
      baseUrl: `${server.origin}/api`,
      bindings,
      auth: apiKey('k-123'),
      clock: fakeClock(),
      transport: transport(),
      ...extra,
    });
  }

  describe('retries', () => {
    interface Case {
      name: string;
      op: OperationSpec;
      answers: Array<(res: import('node:http').ServerResponse, req: Recorded) => void>;
      options?: Partial<ClientCoreOptions>;
      want: {
        requests: number;
        sleeps?: number[];
        sleepRanges?: Array<[number, number]>;
        error?: unknown;
        result?: unknown;
      };
    }
    const ok = (res: import('node:http').ServerResponse) => json(res, 200, { id: 'u1' });
    const created = (res: import('node:http').ServerResponse, req: Recorded) =>
      json(res, 201, JSON.parse(req.body));
    const status =
      (code: number, headers: Record<string, string> = {}) =>
      (res: import('node:http').ServerResponse) =>
        json(res, code, { message: `status ${code}` }, headers);
    const reset = (res: import('node:http').ServerResponse) => res.socket?.destroy();

    const cases: Case[] = [
      {
        name: '429 with Retry-After seconds',
        op: getUser,
        answers: [status(429, { 'retry-after': '2' }), ok],
        want: { requests: 2, sleeps: [2000], result: { id: 'u1' } },
      },
      {
        name: '429 with Retry-After as an HTTP date',
        op: getUser,
        answers: [status(429, { 'retry-after': 'Tue, 01 Jan 2030 00:00:05 GMT' }), ok],
        want: { requests: 2, sleeps: [5000], result: { id: 'u1' } },
      },
      {
        name: '503 with retry-after-ms',
        op: getUser,
        answers: [status(503, { 'retry-after-ms': '120' }), ok],
        want: { requests: 2, sleeps: [120], result: { id: 'u1' } },
      },
      {
        name: '503 twice backs off exponentially with jitter',
        op: getUser,
        answers: [status(503), status(503), ok],
        want: {
          requests: 3,
          sleepRanges: [
            [375, 500],
            [750, 1000],
          ],
          result: { id: 'u1' },
        },
      },
      {
        name: '503 on every attempt gives up after 2 retries',
        op: getUser,
        answers: [status(503), status(503), status(503), ok],
        want: { requests: 3, error: InternalServerError },
      },
      {
        name: 'Retry-After over the cap is not waited for',
        op: getUser,
        answers: [status(429, { 'retry-after': '3600' }), ok],
        want: { requests: 1, sleeps: [], error: RateLimitError },
      },
      {
        name: '408 and 409 are retried',
        op: getUser,
        answers: [status(408), status(409), ok],
        want: { requests: 3, result: { id: 'u1' } },
      },
      {
        name: 'connection reset is retried',
        op: getUser,
        answers: [reset, ok],
        want: { requests: 2, result: { id: 'u1' } },
      },
      {
        name: 'connection reset on every attempt surfaces as APIConnectionError',
        op: getUser,
        answers: [reset, reset, reset],
        want: { requests: 3, error: APIConnectionError },
      },
      {
        name: 'POST is not retried by default',
        op: createUser,
        answers: [status(503), created],
        want: { requests: 1, error: InternalServerError },
      },
      {
        name: 'POST is retried when opted in, with the same body',
        op: createUser,
        answers: [status(503), reset, created],
        options: { retry: { retryNonIdempotent: true } },
        want: { requests: 3, result: { name: 'Ada' } },
      },
      {
        name: 'retry: false sends once',
        op: getUser,
        answers: [status(503), ok],
        options: { retry: false },
        want: { requests: 1, error: InternalServerError },
      },
      {
        name: '404 is not retried',
        op: getUser,
        answers: [status(404), ok],
        want: { requests: 1, error: NotFoundError },
      },
    ];

    it.each(cases)('$name', async ({ op, answers, options, want }) => {
      const server = await serve((req, res, n) => answers[n]!(res, req));
      const clock = fakeClock();
      const client = clientFor(server, { clock, ...options });
      const input = op === createUser ? { body: { name: 'Ada' } } : { path: { id: 'u1' } };
      const outcome = client.call(op, input);
      if (want.error) await expect(outcome).rejects.toBeInstanceOf(want.error);
      else await expect(outcome).resolves.toEqual(want.result);
      expect(server.requests).toHaveLength(want.requests);
      if (want.sleeps) expect(clock.sleeps).toEqual(want.sleeps);
      for (const [i, [low, high]] of (want.sleepRanges ?? []).entries()) {
        expect(clock.sleeps[i]).toBeGreaterThanOrEqual(low);
        expect(clock.sleeps[i]).toBeLessThanOrEqual(high);
      }
      if (op === createUser) {
        for (const r of server.requests) expect(r.body).toBe('{"name":"Ada"}');
      }
    });

    it('times out a hung attempt, retries, and reports a timeout when all attempts hang (injected clock)', async () => {
      let hang = 'first';
      const server = await serve((_req, res, n) => {
        if (hang === 'all' || (hang === 'first' && n === 0)) return;
        json(res, 200, { id: 'late' });
      });
      const clock = fakeClock();
      const client = clientFor(server, { timeoutMs: 1000, clock });
      // Fires the attempt's timeout once the server holds the request: no real waiting.
      const timeOutWhenHeld = async (requests: number) => {
        await vi.waitFor(() => expect(server.requests).toHaveLength(requests));
        expect(clock.fireTimers()).toBe(1);
      };

      const first = client.call(getUser, { path: { id: 'u1' } });
      await timeOutWhenHeld(1);
      await expect(first).resolves.toEqual({ id: 'late' });
      expect(server.requests).toHaveLength(2);
      expect(clock.timers.map((t) => t.ms)).toEqual([1000, 1000]);
      expect(clock.sleeps).toHaveLength(1);
      expect(clock.sleeps[0]).toBeGreaterThanOrEqual(375);
      expect(clock.sleeps[0]).toBeLessThanOrEqual(500);

      hang = 'all';
      const second = rejection(
        client.call(getUser, { path: { id: 'u1' } }, { retry: false, timeoutMs: 250 }),
      );
      await timeOutWhenHeld(3);
      const error = await second;
      expect(error).toBeInstanceOf(APIConnectionTimeoutError);
      expect(error.message).toMatch(/getUser: GET .*\/api\/users\/u1 timed out after 250 ms/);
      expect(clock.timers.map((t) => t.ms)).toEqual([1000, 1000, 250]);
      expect(server.requests).toHaveLength(3);
    });

    it('stops at once when the caller aborts', async () => {
      const controller = new AbortController();
      // Aborts once the request has arrived, so the abort always interrupts a request in flight.
      const server = await serve(() => controller.abort());
      const client = clientFor(server);
      const pending = client.call(getUser, { path: { id: 'u1' } }, { signal: controller.signal });
      await expect(pending).rejects.toBeInstanceOf(UserAbortError);
      expect(server.requests).toHaveLength(1);
    });
  });

  describe('past the headers', () => {
    const ok = (res: import('node:http').ServerResponse) => json(res, 200, { id: 'u1' });

    it('times out a body that stalls after the headers, within timeoutMs', async () => {
      const server = await serve((_req, res) => spoiled.stalledBody(res));
      const client = clientFor(server, { clock: undefined, timeoutMs: 150, retry: false });
      const started = performance.now();
      const error = await rejection(client.call(getUser, { path: { id: 'u1' } }));
      expect(error).toBeInstanceOf(APIConnectionTimeoutError);
      expect(error.message).toMatch(/getUser: GET .*\/api\/users\/u1 timed out after 150 ms/);
      expect(performance.now() - started).toBeLessThan(2000);
    });

    it('frees the connection of a stalled body: a healthy call does not wait behind it', async () => {
      const server = await serve((req, res) =>
        req.url.includes('stall') ? spoiled.stalledBody(res) : ok(res),
      );
      const pool = kind.make(2);
      try {
        const client = clientFor(server, { clock: undefined, transport: pool, retry: false });
        const stalled = ['stall-1', 'stall-2'].map((id) =>
          rejection(client.call(getUser, { path: { id } }, { timeoutMs: 150 })),
        );
        await vi.waitFor(() => expect(server.requests).toHaveLength(2));
        const started = performance.now();
        // Its own timeout is far longer: it only passes if the stalled ones gave their sockets back.
        await expect(client.call(getUser, { path: { id: 'u1' } }, { timeoutMs: 4000 })).resolves.toEqual({
          id: 'u1',
        });
        expect(performance.now() - started).toBeLessThan(2000);
        for (const error of await Promise.all(stalled))
          expect(error).toBeInstanceOf(APIConnectionTimeoutError);
      } finally {
        await pool?.close();
      }
    });

    const cases: Array<{
      name: string;
      answers: Array<(res: import('node:http').ServerResponse) => void>;
      timeoutMs?: number;
      want: { requests: number; result?: unknown; error?: unknown };
    }> = [
      {
        name: 'a socket closed mid-body is retried',
        answers: [spoiled.closedMidBody, ok],
        want: { requests: 2, result: { id: 'u1' } },
      },
      {
        name: 'a socket closed mid-body on every attempt is a connection error',
        answers: [spoiled.closedMidBody, spoiled.closedMidBody, spoiled.closedMidBody],
        want: { requests: 3, error: APIConnectionError },
      },
      {
        name: 'a body stalled past the timeout is retried',
        answers: [spoiled.stalledBody, ok],
        timeoutMs: 150,
        want: { requests: 2, result: { id: 'u1' } },
      },
      {
        name: 'JSON cut short with an honest length is retried',
        answers: [spoiled.truncatedJson, ok],
        want: { requests: 2, result: { id: 'u1' } },
      },
      {
        name: 'JSON cut short on every attempt is an ApiError saying so',
        answers: [spoiled.truncatedJson, spoiled.truncatedJson, spoiled.truncatedJson],
        want: { requests: 3, error: ApiError },
      },
    ];
    it.each(cases)('$name', async ({ answers, timeoutMs, want }) => {
      const server = await serve((_req, res, n) => answers[n]!(res));
      const client = clientFor(server, { clock: timeoutMs ? undefined : fakeClock(), timeoutMs });
      const retry = { baseDelayMs: 1 };
      const outcome = client.call(getUser, { path: { id: 'u1' } }, { retry });
      if (want.error) await expect(outcome).rejects.toBeInstanceOf(want.error);
      else await expect(outcome).resolves.toEqual(want.result);
      expect(server.requests).toHaveLength(want.requests);
    });

    const rawCases: Array<{
      name: string;
      answer: (res: import('node:http').ServerResponse) => void;
      want: unknown;
    }> = [
      { name: 'a socket closed mid-body', answer: spoiled.closedMidBody, want: APIConnectionError },
      {
        name: 'a body stalled past the timeout',
        answer: spoiled.stalledBody,
        want: APIConnectionTimeoutError,
      },
    ];
    it.each(rawCases)('raw: $name fails with the typed error', async ({ answer, want }) => {
      const server = await serve((_req, res) => answer(res));
      const core = clientFor(server, { clock: undefined, timeoutMs: 150, retry: false });
      const raw = createRawClient<RawPaths>(core, operations);
      const error = await rejection(raw.GET('/users/{id}', { params: { path: { id: 'u1' } } }));
      expect(error).toBeInstanceOf(want);
      expect(error.message).toMatch(/^getUser: GET .*\/api\/users\/u1 /);
    });
  });

  describe('redirects', () => {
    const credentialCases: Array<{ name: string; auth: Credential[]; headers: string[] }> = [
      { name: 'api key', auth: [apiKey('k-123')], headers: ['x-api-key'] },
      { name: 'basic', auth: [basic('ada', 'pw')], headers: ['authorization'] },
    ];
    it.each(credentialCases)('same origin keeps the $name credential', async ({ auth, headers }) => {
      const server = await serve((req, res) => {
        if (req.url.startsWith('/api/users/u1')) {
          res.writeHead(302, { location: '/api/users/moved' });
          res.end();
        } else json(res, 200, { id: 'moved' });
      });
      const client = clientFor(server, {
        auth,
      });
      await expect(client.call(getUser, { path: { id: 'u1' } })).resolves.toEqual({ id: 'moved' });
      expect(server.requests.map((r) => r.url)).toEqual(['/api/users/u1', '/api/users/moved']);
      for (const name of headers) expect(server.requests[1]!.headers[name]).toBeDefined();
    });

    it.each(credentialCases)(
      'cross origin drops the $name credential and cookies',
      async ({ auth, headers }) => {
        const other = await serve((_req, res) => json(res, 200, { id: 'elsewhere' }));
        const server = await serve((_req, res) => {
          res.writeHead(307, { location: `${other.origin}/landing` });
          res.end();
        });
        const client = clientFor(server, { auth, headers: { cookie: 'session=s3cr3t', 'x-keep': 'yes' } });
        await expect(client.call(getUser, { path: { id: 'u1' } })).resolves.toEqual({ id: 'elsewhere' });
        for (const name of headers) expect(server.requests[0]!.headers[name]).toBeDefined();
        const landed = other.requests[0]!;
        for (const name of [...headers, 'authorization', 'x-api-key', 'cookie'])
          expect(landed.headers[name]).toBeUndefined();
        expect(landed.headers['x-keep']).toBe('yes');
      },
    );

    // `query` is the first request's query, API key included, as a careless server would pass it on.
    const queryCases: Array<{ name: string; first: (other: string, query: string) => string }> = [
      { name: 'a Location carrying the query', first: (other, query) => `${other}/landing${query}` },
      {
        name: 'a later same-host hop on the other origin carrying it',
        first: (other) => `${other}/bounce`,
      },
    ];
    it.each(queryCases)('cross origin drops a query API key: $name', async ({ first }) => {
      let query = '';
      const other = await serve((req, res) => {
        if (req.url === '/bounce') {
          res.writeHead(302, { location: `/landing${query}` });
          res.end();
        } else json(res, 200, { url: req.url });
      });
      const server = await serve((req, res) => {
        query = req.url.slice(req.url.indexOf('?'));
        res.writeHead(307, { location: first(other.origin, query) });
        res.end();
      });
      const client = clientFor(server, { bindings: allBindings, auth: apiKey('QUERY-KEY-4b7') });
      const op = { ...getUserWith('query_key'), encodeQuery: defaultQuery };
      await expect(client.call(op, { path: { id: 'u1' }, query: { page: 2 } })).resolves.toEqual({
        url: '/landing?page=2',
      });
      expect(query).toBe('?page=2&api_key=QUERY-KEY-4b7');
      for (const landed of other.requests) expect(landed.url).not.toContain('QUERY-KEY');
    });

    it('replays the body on a 307 and switches to GET on a 303', async () => {
      const server = await serve((req, res) => {
        if (req.url === '/api/users') {
          res.writeHead(307, { location: '/api/users2' });
          res.end();
        } else if (req.url === '/api/users2') {
          res.writeHead(303, { location: '/api/result' });
          res.end();
        } else json(res, 200, { method: req.method, body: req.body });
      });
      const client = clientFor(server);
      await expect(client.call(createUser, { body: { name: 'Ada' } })).resolves.toEqual({
        method: 'GET',
        body: '',
      });
      expect(server.requests.map((r) => [r.method, r.body])).toEqual([
        ['POST', '{"name":"Ada"}'],
        ['POST', '{"name":"Ada"}'],
        ['GET', ''],
      ]);
    });
  });

  describe('401 handling', () => {
    async function tokenServer() {
      return serve((_req, res, n) => json(res, 200, { access_token: `token-${n + 1}`, expires_in: 3600 }));
    }
    const oauthBindings = bindSecuritySchemes({
      oauth: {
        type: 'oauth2',
        flows: { clientCredentials: { tokenUrl: 'https://x.test/token', scopes: {} } },
      },
    });
    const op: OperationSpec = { ...getUser, security: [{ oauth: [] }] };

    it('refreshes once and retries once', async () => {
      const tokens = await tokenServer();
      const server = await serve((req, res) =>
        req.headers.authorization === 'Bearer token-2' ? json(res, 200, { id: 'u1' }) : json(res, 401, {}),
      );
      const client = clientFor(server, {
        bindings: oauthBindings,
        auth: oauth2({
          tokenUrl: `${tokens.origin}/token`,
          clientId: 'c',
          clientSecret: 's',
          grant: 'client_credentials',
        }),
      });
      await expect(client.call(op, { path: { id: 'u1' } })).resolves.toEqual({ id: 'u1' });
      expect(server.requests.map((r) => r.headers.authorization)).toEqual([
        'Bearer token-1',
        'Bearer token-2',
      ]);
      expect(tokens.requests).toHaveLength(2);
    });

    it('does not loop when the refreshed token is refused too', async () => {
      const tokens = await tokenServer();
      const server = await serve((_req, res) => json(res, 401, { message: 'no' }));
      const client = clientFor(server, {
        bindings: oauthBindings,
        auth: oauth2({
          tokenUrl: `${tokens.origin}/token`,
          clientId: 'c',
          clientSecret: 's',
          grant: 'client_credentials',
        }),
      });
      await expect(client.call(op, { path: { id: 'u1' } })).rejects.toBeInstanceOf(AuthenticationError);
      expect(server.requests).toHaveLength(2);
      expect(tokens.requests).toHaveLength(2);
    });

    it('does not retry a static credential', async () => {
      const server = await serve((_req, res) => json(res, 401, { message: 'bad key' }));
      const error = await rejection(clientFor(server).call(getUser, { path: { id: 'u1' } }));
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(error).toMatchObject({ status: 401, body: { message: 'bad key' }, operationId: 'getUser' });
      expect(server.requests).toHaveLength(1);
    });
  });

  describe('credential selection', () => {
    const cases: Array<{
      name: string;
      op: OperationSpec;
      auth: Credential[];
      want: Record<string, string> | RegExp;
    }> = [
      { name: 'api key', op: getUser, auth: [apiKey('k')], want: { 'x-api-key': 'k' } },
      { name: 'bearer', op: getUser, auth: [bearer('t')], want: { authorization: 'Bearer t' } },
      {
        name: 'basic where only basic is accepted, with other credentials configured',
        op: basicOnly,
        auth: [apiKey('k'), basic('ada', 'pw')],
        want: { authorization: `Basic ${Buffer.from('ada:pw').toString('base64')}` },
      },
      {
        name: 'nothing satisfiable',
        op: basicOnly,
        auth: [apiKey('k'), bearer('t')],
        want: /^deleteUser requires credentials for one of: basic; configured credential kinds: apiKey, bearer$/,
      },
      { name: 'no credentials at all', op: basicOnly, auth: [], want: /configured credential kinds: none/ },
    ];
    it.each(cases)('$name', async ({ op, auth, want }) => {
      const server = await serve((_req, res) => json(res, 200, {}));
      const outcome = clientFor(server, { auth }).call(op, { path: { id: 'u1' } });
      if (want instanceof RegExp) {
        await expect(outcome).rejects.toThrow(MissingCredentialsError);
        await expect(outcome).rejects.toThrow(want);
        expect(server.requests).toHaveLength(0);
      } else {
        await outcome;
        expect(server.requests[0]!.headers).toMatchObject(want);
      }
    });

    it('sends no credentials where the operation needs none', async () => {
      const server = await serve((_req, res) => json(res, 200, {}));
      const open: OperationSpec = { ...getUser, operationId: 'open', security: [] };
      await clientFor(server).call(open, { path: { id: 'x' } });
      expect(server.requests[0]!.headers['x-api-key']).toBeUndefined();
    });
  });

  /** A `raw` client for `GET /users/{id}` on `server`, with the suite's API key. */
  function rawUsersClient<Body>(server: { origin: string }) {
    return createRawClient<{
      '/users/{id}': {
        get: {
          parameters: { path: { id: string } };
          responses: { 200: { content: { 'application/json': Body } } };
        };
      };
    }>(
      createClientCore({
        baseUrl: `${server.origin}/api`,
        bindings,
        auth: apiKey('k-123'),
        clock: fakeClock(),
        transport: transport(),
      }),
      operations,
    );
  }

  describe('raw', () => {
    it('goes through the same auth, path safety and encoding', async () => {
      const server = await serve((req, res) => json(res, 200, { url: req.url }));
      const client = rawUsersClient<{ url: string }>(server);
      const { data } = await client.GET('/users/{id}', { params: { path: { id: 'a/b c' } } });
      expect(data).toEqual({ url: '/api/users/a%2Fb%20c' });
      expect(server.requests[0]!.headers['x-api-key']).toBe('k-123');
      await expect(client.GET('/users/{id}', { params: { path: { id: '..' } } })).rejects.toThrow(
        /^getUser: path parameter "id" must not be/,
      );
      expect(server.requests).toHaveLength(1);
    });
  });

  describe('origin pinning', () => {
    it('sends no credentials when a raw call points baseUrl at another origin', async () => {
      const other = await serve((_req, res) => json(res, 200, {}));
      const server = await serve((_req, res) => json(res, 200, {}));
      const client = rawUsersClient<object>(server);
      await client.GET('/users/{id}', { baseUrl: `${other.origin}/api`, params: { path: { id: 'u1' } } });
      await client.GET('/users/{id}', { params: { path: { id: 'u1' } } });
      expect(other.requests[0]!.headers['x-api-key']).toBeUndefined();
      expect(server.requests[0]!.headers['x-api-key']).toBe('k-123');
    });
  });

  describe('responses', () => {
    const cases: Array<{ name: string; status: number; type?: string; body: string; want: unknown }> = [
      { name: 'JSON', status: 200, type: 'application/json', body: '{"a":1}', want: { a: 1 } },
      { name: 'vendor JSON', status: 200, type: 'application/vnd.x+json', body: '[1]', want: [1] },
      { name: 'text', status: 200, type: 'text/plain', body: 'ok', want: 'ok' },
      { name: 'empty 200', status: 200, type: 'application/json', body: '', want: undefined },
      { name: '204', status: 204, body: '', want: undefined },
    ];
    it.each(cases)('$name', async ({ status, type, body, want }) => {
      const server = await serve((_req, res) => {
        res.writeHead(status, type ? { 'content-type': type } : {});
        res.end(body);
      });
      await expect(clientFor(server).call(getUser, { path: { id: 'x' } })).resolves.toEqual(want);
    });

    const emptyErrors: Array<{ name: string; headers: Record<string, string>; want: unknown }> = [
      { name: 'content-length 0: no body', headers: { 'content-length': '0' }, want: undefined },
      { name: 'chunked and empty: an empty body', headers: { 'transfer-encoding': 'chunked' }, want: '' },
    ];
    it.each(emptyErrors)('empty error body, $name', async ({ headers, want }) => {
      const server = await serve((_req, res) => {
        res.writeHead(500, headers);
        res.end();
      });
      const error = await rejection(clientFor(server, { retry: false }).call(getUser, { path: { id: 'x' } }));
      expect(error).toBeInstanceOf(InternalServerError);
      expect(error.body).toBe(want);
    });

    it('gives error details: parsed body, request id, safe url', async () => {
      const server = await serve((_req, res) =>
        json(res, 422, { message: 'name is required' }, { 'x-request-id': 'req-9' }),
      );
      const error = await rejection(clientFor(server).call(createUser, { body: {} }));
      expect(error).toMatchObject({
        name: 'UnprocessableEntityError',
        status: 422,
        body: { message: 'name is required' },
        requestId: 'req-9',
        operationId: 'createUser',
        method: 'POST',
        url: `${server.origin}/api/users`,
      });
      expect(error.message).toBe(
        `createUser: POST ${server.origin}/api/users failed with status 422: name is required`,
      );
    });
  });

  describe('redaction', () => {
    const secret = 'sk-SECRET-4242';
    it('keeps a known secret out of errors, logs and serialized clients', async () => {
      const server = await serve((req, res) =>
        json(res, 500, { message: `bad key ${req.headers['x-api-key']}`, echo: req.headers }),
      );
      const lines: string[] = [];
      const options: ClientCoreOptions = {
        baseUrl: `${server.origin}/api`,
        bindings,
        auth: apiKey(secret),
        clock: fakeClock(),
        retry: false,
        logger: { debug: (line) => lines.push(line) },
        transport: transport(),
      };
      const client = createClientCore(options);
      const error = await rejection(client.call(getUser, { path: { id: 'u1' } }));
      expect(error).toBeInstanceOf(InternalServerError);
      const views = [
        error.message,
        JSON.stringify(error),
        inspect(error, { depth: 10 }),
        String(error.stack),
        lines.join('\n'),
        JSON.stringify(client),
        inspect(client, { depth: 10, showHidden: true }),
        JSON.stringify(options),
        inspect(options, { depth: 10, showHidden: true }),
      ];
      expect(lines.length).toBeGreaterThan(0);
      for (const view of views) expect(view).not.toContain(secret);
      expect(error.message).toContain('[redacted]');
    });

    /** Echoes every request header back, as response headers (`x-echo-*`) and in an error body. */
    const echo = (req: Recorded, res: import('node:http').ServerResponse) => {
      const echoed = Object.fromEntries(
        Object.entries(req.headers).map(([name, value]) => [`x-echo-${name}`, String(value)]),
      );
      if (req.url.includes('fail')) json(res, 500, { message: JSON.stringify(req.headers) }, echoed);
      else json(res, 200, { id: 'u1' }, echoed);
    };
    const headerCases: Array<{
      name: string;
      secret: string;
      client?: Record<string, string>;
      input?: Record<string, string>;
      call?: Record<string, string>;
    }> = [
      {
        name: 'Cookie in the client headers',
        secret: 'COOKIE-SECRET-1a2',
        client: { Cookie: 'sid=COOKIE-SECRET-1a2' },
      },
      {
        name: 'Authorization in the call headers, on an operation without security',
        secret: 'CALL-TOKEN-3c4d',
        call: { Authorization: 'Bearer CALL-TOKEN-3c4d' },
      },
      {
        name: 'Proxy-Authorization in the input headers',
        secret: 'PROXY-SECRET-5e6',
        input: { 'Proxy-Authorization': 'Basic PROXY-SECRET-5e6' },
      },
    ];
    it.each(headerCases)('redacts a credential passed as $name wherever it is echoed', async (given) => {
      const server = await serve(echo);
      const seen: string[] = [];
      const client = clientFor(server, {
        auth: [],
        retry: false,
        headers: given.client,
        hooks: defineHooks({ onResponse: ({ headers }) => void seen.push(JSON.stringify(headers)) }),
      });
      const open = { ...getUser, security: [] };
      const meta = await withResponse(
        client.call(open, { path: { id: 'u1' }, header: given.input }, { headers: given.call }),
      );
      const error = await rejection(
        client.call(open, { path: { id: 'fail' }, header: given.input }, { headers: given.call }),
      );
      expect(server.requests.map((r) => JSON.stringify(r.headers)).join()).toContain(given.secret);
      expect(seen).toHaveLength(2);
      for (const view of [...seen, JSON.stringify(meta.headers), error.message, JSON.stringify(error)]) {
        expect(view).not.toContain(given.secret);
      }
      expect(error.message).toContain('[redacted]');
    });

    it('masks a short secret where it stands whole, never inside a word of the URL', async () => {
      const server = await serve((_req, res) =>
        json(res, 404, { message: 'no such user' }, { 'x-token': 'user' }),
      );
      const urls: string[] = [];
      const client = clientFor(server, {
        auth: bearer('user'),
        retry: false,
        hooks: defineHooks({ onRequest: ({ url }) => void urls.push(url) }),
      });
      const error = await rejection(client.call(getUser, { path: { id: 'u1' } }));
      expect(server.requests[0]!.headers.authorization).toBe('Bearer user');
      expect(urls).toEqual([`${server.origin}/api/users/u1`]);
      expect(error.url).toBe(`${server.origin}/api/users/u1`);
      expect(error.headers).toMatchObject({ 'x-token': '[redacted]' });
    });

    it('costs the same on the last of 600 calls as on the first, with a token per call', async () => {
      const server = await serve((req, res) => json(res, 200, { echo: req.headers.authorization }));
      let n = 0;
      const lines: string[] = [];
      const client = clientFor(server, {
        clock: undefined,
        auth: bearer(() => `signed-token-${++n}-${'x'.repeat(40)}`),
        // A logger redacts every line: the cost that grew with every value ever sent.
        logger: { debug: (line) => lines.push(line) },
      });
      const times: number[] = [];
      for (let i = 0; i < 600; i++) {
        const started = performance.now();
        await client.call(getUser, { path: { id: 'u1' } });
        times.push(performance.now() - started);
      }
      const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
      const first = median(times.slice(0, 60));
      const last = median(times.slice(-60));
      expect(last).toBeLessThan(first * 2 + 0.5);
      expect(lines.join('\n')).not.toContain('signed-token');
    }, 30_000);
  });

  describe('path parameters', () => {
    it('refuses before any request, naming operation and parameter', async () => {
      const server = await serve((_req, res) => json(res, 200, {}));
      const client = clientFor(server);
      for (const id of ['', '.', '..', '%2e%2E', undefined]) {
        const error = await rejection(client.call(getUser, { path: { id } }));
        expect(error).toBeInstanceOf(PathParameterError);
        expect(error).toMatchObject({ operationId: 'getUser', parameter: 'id' });
      }
      expect(server.requests).toHaveLength(0);
    });
  });

  describe('large and streamed bodies', () => {
    const big = {
      items: Array.from({ length: 50_000 }, (_, i) => ({ id: `item-${i}`, value: 'x'.repeat(80) })),
    };
    const bigText = JSON.stringify(big);

    it('parses a multi-megabyte JSON response', async () => {
      expect(bigText.length).toBeGreaterThan(4_000_000);
      const server = await serve((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(bigText);
      });
      await expect(clientFor(server).call(getUser, { path: { id: 'u1' } })).resolves.toEqual(big);
      // Parsing and comparing 4 MB took past vitest's 5 s default once, with other suites on both cores.
    }, 30_000);

    it('sends a multi-megabyte request body, again on a retry', async () => {
      const server = await serve((req, res, n) =>
        n === 0 ? json(res, 503, {}) : json(res, 201, { length: req.body.length }),
      );
      const client = clientFor(server, { retry: { retryNonIdempotent: true } });
      await expect(client.call(createUser, { body: big })).resolves.toEqual({ length: bigText.length });
      expect(server.requests.map((r) => r.body.length)).toEqual([bigText.length, bigText.length]);
    });

    it('streams a chunked response to a raw caller before it has ended', async () => {
      let finish: () => void = () => {};
      const server = await serve((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.write('first chunk;');
        finish = () => res.end('last chunk');
      });
      const client = createRawClient<{
        '/users/{id}': {
          get: {
            parameters: { path: { id: string } };
            responses: { 200: { content: { 'application/octet-stream': string } } };
          };
        };
      }>(
        createClientCore({
          baseUrl: `${server.origin}/api`,
          bindings,
          auth: apiKey('k'),
          transport: transport(),
        }),
        operations,
      );
      const { data, response } = await client.GET('/users/{id}', {
        params: { path: { id: 'u1' } },
        parseAs: 'stream',
      });
      expect(response.status).toBe(200);
      const reader = (data as unknown as ReadableStream<Uint8Array>).getReader();
      const decoder = new TextDecoder();
      const first = await reader.read();
      expect(decoder.decode(first.value)).toBe('first chunk;');
      finish();
      let rest = '';
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
        rest += decoder.decode(chunk.value);
      expect(rest).toBe('last chunk');
    });
  });

  describe('bad headers', () => {
    const cases: Array<{ name: string; value: string; want: string }> = [
      {
        name: 'a line break',
        value: 'a\r\nInjected: 1',
        want: 'getUser: header "X-Trace" must not contain CR, LF or NUL',
      },
      {
        name: 'a character outside Latin-1',
        value: 'ünïcödé ☕',
        want: 'getUser: header "X-Trace" must not contain a character outside Latin-1',
      },
    ];
    it.each(cases)(
      'refuses a header value with $name before sending, naming operation and header',
      async ({ value, want }) => {
        const server = await serve((_req, res) => json(res, 200, {}));
        const error = await rejection(
          clientFor(server).call(getUser, { path: { id: 'u1' } }, { headers: { 'X-Trace': value } }),
        );
        expect(error).toBeInstanceOf(TypeError);
        expect(error.message).toBe(want);
        expect(server.requests).toHaveLength(0);
      },
    );
  });
});

describe.each(transports)('baseUrl option, $name transport', (kind) => {
  const cases: Array<{ name: string; baseUrl: string; want: string }> = [
    {
      name: 'user and password',
      baseUrl: 'http://admin:PASSWORD-9d2@127.0.0.1:9/api',
      want: 'baseUrl must not carry user info (http://127.0.0.1:9); pass credentials with `auth` instead',
    },
    {
      name: 'a user alone',
      baseUrl: 'https://TOKEN-5e1@api.example.test',
      want: 'baseUrl must not carry user info (https://api.example.test); pass credentials with `auth` instead',
    },
  ];
  it.each(cases)('refuses $name when the client is made, without repeating it', ({ baseUrl, want }) => {
    const transport = kind.make();
    try {
      const error = (() => {
        try {
          createClientCore({ baseUrl, transport });
        } catch (caught) {
          return caught as Error;
        }
        throw new Error('expected createClientCore to throw');
      })();
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toBe(want);
    } finally {
      void transport?.close();
    }
  });
});

describe('transport option', () => {
  it('refuses fetch and transport together', () => {
    const transport = createNodeTransport();
    expect(() =>
      createClientCore({ baseUrl: 'https://api.example.test', fetch: globalThis.fetch, transport }),
    ).toThrow('createClientCore: pass either fetch or transport, not both');
  });

  it.each([0, -1, 1.5])('refuses connections: %s', (connections) => {
    expect(() => createNodeTransport({ connections })).toThrow(
      `createNodeTransport: connections must be a positive integer, got ${connections}`,
    );
  });

  it('reports a call through a closed transport as a connection error', async () => {
    const server = await startServer((_req, res) => json(res, 200, {}));
    const transport = createNodeTransport();
    const client = createClientCore({ baseUrl: server.origin, transport, retry: false });
    const open: OperationSpec = { ...getUser, security: [] };
    await expect(client.call(open, { path: { id: 'u1' } })).resolves.toEqual({});
    await transport.close();
    await expect(client.call(open, { path: { id: 'u1' } })).rejects.toBeInstanceOf(APIConnectionError);
    await server.close();
  });
});

describe('bindings option', () => {
  const cases: Array<{ name: string; binding: unknown; want: string }> = [
    {
      name: 'unknown location',
      binding: { scheme: 'key', kind: 'apiKey', in: 'body', name: 'X-Key' },
      want: 'createClientCore: binding for security scheme "key" has unknown in "body"',
    },
    {
      name: 'no name',
      binding: { scheme: 'key', kind: 'apiKey', in: 'header' },
      want: 'createClientCore: binding for security scheme "key" has no name',
    },
    {
      name: 'not an object',
      binding: null,
      want: 'createClientCore: binding must be a SchemeBinding object',
    },
  ];
  it.each(cases)('createClientCore refuses a binding with $name', ({ binding, want }) => {
    const options = { baseUrl: 'https://api.example.test', bindings: [binding as SchemeBinding] };
    expect(() => createClientCore(options)).toThrow(want);
  });
});
