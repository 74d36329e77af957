import type { ServerResponse } from 'node:http';
import { apiKey, oauth2 } from '@vendor-clients/auth';
import { describe, expect, it, vi } from 'vitest';
import { allBindings, getUserWith, serversAndTransport } from '../test/fixtures.js';
import { fakeClock, json, type Recorded, rejection, spoiled } from '../test/server.js';
import { transports } from '../test/transports.js';
import { type ClientCoreOptions, createClientCore } from './client.js';
import { HookError } from './errors.js';
import { defineHooks, type Hooks } from './hooks.js';
import { createRawClient } from './raw.js';
import { withResponse } from './response.js';

const getUser = getUserWith('header_key');
type Answer = (res: ServerResponse, req: Recorded) => void;
const ok: Answer = (res) => json(res, 200, { id: 'u1' });
const status =
  (code: number, headers: Record<string, string> = {}): Answer =>
  (res) =>
    json(res, code, { message: `status ${code}` }, headers);
const redirect =
  (code: number, location: string): Answer =>
  (res) => {
    res.writeHead(code, { location });
    res.end();
  };
const reset: Answer = (res) => res.socket?.destroy();

/** Hooks that write one line per call into `events`: `request GET /api/users/u1 1.0` (attempt.redirect). */
function recorder(origin: () => string, label = '', events: string[] = []) {
  const path = (url: string) => url.replace(origin(), '');
  const at = (info: { attempt: number; redirect: number; final?: boolean }) =>
    `${info.attempt}.${info.redirect}${info.final ? ' final' : ''}`;
  const hooks = defineHooks({
    onRequest: (r) => {
      events.push(`${label}request ${r.method} ${path(r.url)} ${at(r)}`);
    },
    onResponse: (r) => {
      events.push(`${label}response ${r.status} ${at(r)}`);
    },
    onError: (f) => {
      events.push(`${label}error ${f.error.name} ${at(f)}`);
    },
  });
  return { events, hooks };
}

describe.each(transports)('hooks, $name transport', (kind) => {
  const { serve, transport } = serversAndTransport(kind);

  function clientOf(origin: string, extra: Partial<ClientCoreOptions> = {}) {
    return createClientCore({
      baseUrl: `${origin}/api`,
      bindings: allBindings,
      auth: apiKey('k-123'),
      clock: fakeClock(),
      transport: transport(),
      ...extra,
    });
  }

  describe('see every attempt and every hop', () => {
    const cases: Array<{ name: string; answers: Answer[]; want: string[]; error?: string }> = [
      {
        name: 'a same-origin redirect, a 503, then success',
        answers: [redirect(302, '/api/users/moved'), status(503), ok],
        want: [
          'request GET /api/users/u1 1.0',
          'response 302 1.0',
          'request GET /api/users/moved 1.1',
          'response 503 1.1',
          'request GET /api/users/u1 2.0',
          'response 200 2.0 final',
        ],
      },
      {
        name: 'two connection resets, then success',
        answers: [reset, reset, ok],
        want: [
          'request GET /api/users/u1 1.0',
          'error APIConnectionError 1.0',
          'request GET /api/users/u1 2.0',
          'error APIConnectionError 2.0',
          'request GET /api/users/u1 3.0',
          'response 200 3.0 final',
        ],
      },
      {
        name: 'a reset on every attempt',
        answers: [reset, reset, reset],
        error: 'APIConnectionError',
        want: [
          'request GET /api/users/u1 1.0',
          'error APIConnectionError 1.0',
          'request GET /api/users/u1 2.0',
          'error APIConnectionError 2.0',
          'request GET /api/users/u1 3.0',
          'error APIConnectionError 3.0 final',
        ],
      },
      {
        name: 'a socket closed mid-body, then success',
        answers: [spoiled.closedMidBody, ok],
        want: [
          'request GET /api/users/u1 1.0',
          'error APIConnectionError 1.0',
          'request GET /api/users/u1 2.0',
          'response 200 2.0 final',
        ],
      },
      {
        name: 'a socket closed mid-body on every attempt: no final onResponse',
        answers: [spoiled.closedMidBody, spoiled.closedMidBody, spoiled.closedMidBody],
        error: 'APIConnectionError',
        want: [
          'request GET /api/users/u1 1.0',
          'error APIConnectionError 1.0',
          'request GET /api/users/u1 2.0',
          'error APIConnectionError 2.0',
          'request GET /api/users/u1 3.0',
          'error APIConnectionError 3.0 final',
        ],
      },
      {
        name: 'JSON cut short with an honest length, then success',
        answers: [spoiled.truncatedJson, ok],
        want: [
          'request GET /api/users/u1 1.0',
          'response 200 1.0',
          'request GET /api/users/u1 2.0',
          'response 200 2.0 final',
        ],
      },
      {
        name: 'a 404, not retried',
        answers: [status(404)],
        error: 'NotFoundError',
        want: ['request GET /api/users/u1 1.0', 'response 404 1.0 final'],
      },
      {
        name: 'a 429 asking for a wait over the cap',
        answers: [status(429, { 'retry-after': '3600' })],
        error: 'RateLimitError',
        want: ['request GET /api/users/u1 1.0', 'response 429 1.0 final'],
      },
    ];
    it.each(cases)('$name', async ({ answers, want, error }) => {
      const server = await serve((req, res, n) => answers[n]!(res, req));
      const { events, hooks } = recorder(() => server.origin);
      const outcome = clientOf(server.origin, { hooks }).call(getUser, { path: { id: 'u1' } });
      if (error) expect((await rejection(outcome)).name).toBe(error);
      else await expect(outcome).resolves.toEqual({ id: 'u1' });
      expect(events).toEqual(want);
      expect(server.requests).toHaveLength(answers.length);
    });

    it('a 401 refreshes the OAuth2 token: the resend is attempt 2', async () => {
      const tokens = await serve((_req, res, n) =>
        json(res, 200, { access_token: `token-${n + 1}`, expires_in: 3600 }),
      );
      const server = await serve((req, res) =>
        req.headers.authorization === 'Bearer token-2' ? ok(res, req) : status(401)(res, req),
      );
      const { events, hooks } = recorder(() => server.origin);
      const client = clientOf(server.origin, {
        hooks,
        auth: oauth2({
          tokenUrl: `${tokens.origin}/token`,
          clientId: 'c',
          clientSecret: 's',
          grant: 'client_credentials',
        }),
      });
      const result = await withResponse(client.call(getUserWith('oauth'), { path: { id: 'u1' } }));
      expect(result.attempts).toBe(2);
      expect(events).toEqual([
        'request GET /api/users/u1 1.0',
        'response 401 1.0',
        'request GET /api/users/u1 2.0',
        'response 200 2.0 final',
      ]);
    });

    it('the caller aborting is the final error', async () => {
      const controller = new AbortController();
      const server = await serve(() => controller.abort());
      const { events, hooks } = recorder(() => server.origin);
      const outcome = clientOf(server.origin, { hooks }).call(
        getUser,
        { path: { id: 'u1' } },
        { signal: controller.signal },
      );
      expect((await rejection(outcome)).name).toBe('UserAbortError');
      expect(events).toEqual(['request GET /api/users/u1 1.0', 'error UserAbortError 1.0 final']);
    });

    it("runs the client's hooks, then the call's", async () => {
      const server = await serve((req, res) => ok(res, req));
      const events: string[] = [];
      const client = recorder(() => server.origin, 'client ', events);
      const call = recorder(() => server.origin, 'call ', events);
      await clientOf(server.origin, { hooks: client.hooks }).call(
        getUser,
        { path: { id: 'u1' } },
        { hooks: call.hooks },
      );
      expect(events).toEqual([
        'client request GET /api/users/u1 1.0',
        'call request GET /api/users/u1 1.0',
        'client response 200 1.0 final',
        'call response 200 1.0 final',
      ]);
    });

    it('times each request by the client clock', async () => {
      const server = await serve((req, res) => setTimeout(() => ok(res, req), 40));
      const elapsed: number[] = [];
      const client = clientOf(server.origin, {
        clock: undefined,
        hooks: defineHooks({ onResponse: (r) => void elapsed.push(r.elapsedMs) }),
      });
      await client.call(getUser, { path: { id: 'u1' } });
      expect(elapsed).toHaveLength(1);
      expect(elapsed[0]).toBeGreaterThanOrEqual(30);
    });

    it('see the requests of the raw entry, with per-call hooks in its options', async () => {
      const server = await serve((req, res) => ok(res, req));
      const client = recorder(() => server.origin, 'client ');
      const call = recorder(() => server.origin, 'call ');
      const raw = createRawClient<{
        '/users/{id}': { get: { parameters: { path: { id: string } }; responses: { 200: object } } };
      }>(clientOf(server.origin, { hooks: client.hooks }), [getUser]);
      await raw.GET('/users/{id}', { params: { path: { id: 'u1' } }, hooks: call.hooks });
      expect(client.events).toEqual([
        'client request GET /api/users/u1 1.0',
        'client response 200 1.0 final',
      ]);
      expect(call.events).toEqual(['call request GET /api/users/u1 1.0', 'call response 200 1.0 final']);
      expect(server.requests[0]!.headers['x-api-key']).toBe('k-123');
    });
  });

  describe('onRequest changes headers', () => {
    it('adds, changes and removes headers; credentials read [redacted] and are sent as they were', async () => {
      const server = await serve((req, res) => ok(res, req));
      const seen: Record<string, string>[] = [];
      const client = clientOf(server.origin, {
        headers: { 'x-keep': 'a', 'x-drop': 'b' },
        hooks: defineHooks({
          onRequest({ headers }) {
            seen.push({ ...headers });
            headers.Traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
            headers['x-keep'] = 'changed';
            delete headers['x-drop'];
          },
        }),
      });
      await client.call(getUser, { path: { id: 'u1' } });
      expect(seen).toEqual([{ 'x-keep': 'a', 'x-drop': 'b', 'x-api-key': '[redacted]' }]);
      const got = server.requests[0]!.headers;
      expect(got).toMatchObject({
        traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
        'x-keep': 'changed',
        'x-api-key': 'k-123',
      });
      expect(got['x-drop']).toBeUndefined();
    });

    it('a credential header a hook sets is sent on the origin and dropped after a cross-origin redirect', async () => {
      const other = await serve((req, res) => ok(res, req));
      const server = await serve((req, res) => redirect(307, `${other.origin}/landing`)(res, req));
      const seen: string[] = [];
      const client = clientOf(server.origin, {
        retry: false,
        hooks: defineHooks({
          onRequest({ headers, redirect: hop }) {
            seen.push(`${hop}: ${headers['x-api-key'] ?? 'none'} ${headers.authorization ?? 'none'}`);
            headers['x-api-key'] = 'hand-added-key-9f3';
            headers.Authorization = 'Bearer hand-added-token-7c1';
            headers['x-trace'] = 'kept';
          },
        }),
      });
      await client.call(getUser, { path: { id: 'u1' } });
      expect(server.requests[0]!.headers).toMatchObject({
        'x-api-key': 'hand-added-key-9f3',
        authorization: 'Bearer hand-added-token-7c1',
      });
      const landed = other.requests[0]!.headers;
      expect(landed['x-api-key']).toBeUndefined();
      expect(landed.authorization).toBeUndefined();
      expect(landed['x-trace']).toBe('kept');
      // The hop left the origin, so its hook is shown no credential header at all, before setting them again.
      expect(seen).toEqual(['0: [redacted] none', '1: none none']);
    });

    it('a credential a hook sets is redacted from errors, like those the client sends', async () => {
      const server = await serve((req, res) =>
        json(res, 500, { message: `bad token ${req.headers.authorization}` }),
      );
      const client = clientOf(server.origin, {
        retry: false,
        hooks: defineHooks({
          onRequest({ headers }) {
            headers.authorization = 'Bearer hand-added-token-7c1';
          },
        }),
      });
      const error = await rejection(client.call(getUser, { path: { id: 'u1' } }));
      expect(server.requests[0]!.headers.authorization).toBe('Bearer hand-added-token-7c1');
      expect(error.message).toBe(
        `getUser: GET ${server.origin}/api/users/u1 failed with status 500: bad token [redacted]`,
      );
      expect(JSON.stringify(error.body)).not.toContain('hand-added');
    });
  });

  describe('a hook that throws fails the call once', () => {
    const boom = new Error('boom');
    const cases: Array<{
      name: string;
      hooks: Hooks;
      answers: Answer[];
      hook: string;
      requests: number;
      message?: string;
    }> = [
      {
        name: 'onRequest, before anything is sent',
        hooks: {
          onRequest() {
            throw boom;
          },
        },
        answers: [ok],
        hook: 'onRequest',
        requests: 0,
      },
      {
        name: 'onRequest rejecting (async)',
        hooks: { onRequest: async () => Promise.reject(boom) },
        answers: [ok],
        hook: 'onRequest',
        requests: 0,
      },
      {
        name: 'onRequest named, in the message',
        hooks: {
          onRequest: function addTrace() {
            throw boom;
          },
        },
        answers: [ok],
        hook: 'onRequest',
        requests: 0,
        message: 'getUser: the onRequest hook (addTrace) threw: boom',
      },
      {
        name: 'onResponse on a 503 that would be retried',
        hooks: {
          onResponse() {
            throw boom;
          },
        },
        answers: [status(503), ok],
        hook: 'onResponse',
        requests: 1,
        message: 'getUser: the onResponse hook threw: boom',
      },
      {
        name: 'onResponse on a redirect hop',
        hooks: {
          onResponse() {
            throw boom;
          },
        },
        answers: [redirect(302, '/api/users/moved'), ok],
        hook: 'onResponse',
        requests: 1,
      },
      {
        name: 'onError on a reset that would be retried',
        hooks: {
          onError() {
            throw boom;
          },
        },
        answers: [reset, ok],
        hook: 'onError',
        requests: 1,
        message: 'getUser: the onError hook threw: boom',
      },
    ];
    it.each(cases)('$name', async ({ hooks, answers, hook, requests, message }) => {
      const server = await serve((req, res, n) => (answers[n] ?? ok)(res, req));
      const client = clientOf(server.origin);
      const error = await rejection(
        client.call(getUser, { path: { id: 'u1' } }, { hooks: defineHooks(hooks) }),
      );
      expect(error).toBeInstanceOf(HookError);
      expect(error).toMatchObject({ hook, operationId: 'getUser', cause: boom });
      if (message) expect(error.message).toBe(message);
      expect(server.requests).toHaveLength(requests);
      // Nothing is left half-read: the same client (no hooks now) goes on working.
      const before = server.requests.length;
      await expect(client.call(getUser, { path: { id: 'u1' } })).resolves.toBeDefined();
      expect(server.requests.length).toBeGreaterThan(before);
    });

    const unsendable: Array<{ name: string; value: string; want: string }> = [
      {
        name: 'a line break',
        value: 'a\r\nInjected: 1',
        want: 'getUser: the onRequest hook set a header that cannot be sent: getUser: header "x-bad" must not contain CR, LF or NUL',
      },
      {
        name: 'a character outside Latin-1',
        value: 'café ☕',
        want: 'getUser: the onRequest hook set a header that cannot be sent: getUser: header "x-bad" must not contain a character outside Latin-1',
      },
    ];
    it.each(unsendable)(
      'a header a hook sets with $name fails the call before sending, once, naming the hook and header',
      async ({ value, want }) => {
        const server = await serve((req, res) => ok(res, req));
        let runs = 0;
        const error = await rejection(
          clientOf(server.origin).call(
            getUser,
            { path: { id: 'u1' } },
            {
              hooks: defineHooks({
                onRequest({ headers }) {
                  runs++;
                  headers['x-bad'] = value;
                },
              }),
            },
          ),
        );
        expect(error).toBeInstanceOf(HookError);
        expect(error.message).toBe(want);
        expect(runs).toBe(1);
        expect(server.requests).toHaveLength(0);
      },
    );
  });
});

describe('hooks options', () => {
  const cases: Array<{ name: string; make: () => unknown; want: string }> = [
    {
      name: 'a hook that is not a function',
      make: () => defineHooks({ onRequest: 'log' } as unknown as Hooks),
      want: 'defineHooks: onRequest must be a function, got string',
    },
    {
      name: 'a set that is not an object',
      make: () => defineHooks(null as unknown as Hooks),
      want: 'defineHooks: each argument must be an object with onRequest, onResponse or onError',
    },
    {
      name: 'plain hooks given to a client, not made by defineHooks',
      make: () =>
        createClientCore({ baseUrl: 'https://api.example.test', hooks: { onRequest() {} } as never }),
      want: 'createClientCore: hooks must come from defineHooks()',
    },
  ];
  it.each(cases)('refuses $name', ({ make, want }) => {
    expect(make).toThrow(want);
  });

  it('refuses plain hooks on a call, naming the operation, before sending', async () => {
    const fetch = vi.fn();
    const client = createClientCore({ baseUrl: 'https://api.example.test', fetch });
    const open = { ...getUser, security: [] };
    await expect(
      client.call(open, { path: { id: 'u1' } }, { hooks: { onError() {} } as never }),
    ).rejects.toThrow('getUser: hooks must come from defineHooks()');
    expect(fetch).not.toHaveBeenCalled();
  });
});
