import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SchemeBinding } from './bindings.js';
import { CredentialError, OAuth2Error } from './errors.js';
import { type OAuth2Options, type OAuth2Tokens, oauth2, oauth2WithTokenUrl } from './oauth2.js';
import { refreshAfterUnauthorized, resolveCredential } from './resolve.js';

/** A token endpoint on 127.0.0.1 whose answers each test scripts. */
interface Recorded {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  form: Record<string, string>;
}
type Reply = { status: number; json?: unknown; text?: string; headers?: Record<string, string> };
type Responder = (request: Recorded, index: number) => Reply;

let server: Server;
let baseUrl: string;
let requests: Recorded[] = [];
/** Requests answered since the test began; unlike `requests`, tests never reset it. */
let answered = 0;
let respond: Responder = () => ({ status: 500 });

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      const recorded: Recorded = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        form: Object.fromEntries(new URLSearchParams(body)),
      };
      requests.push(recorded);
      const reply = respond(recorded, answered);
      answered += 1;
      const payload = reply.text ?? JSON.stringify(reply.json ?? {});
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
});

beforeEach(() => {
  requests = [];
  answered = 0;
  respond = () => ({ status: 500 });
});

/** Answers each token request with a new token `at-1`, `at-2`, ... valid for `expiresIn` seconds. */
const issueTokens =
  (
    expiresIn: number | null = 3600,
    extra: (index: number) => Record<string, unknown> = () => ({}),
  ): Responder =>
  (_request, index) => ({
    status: 200,
    json: {
      access_token: `at-${index + 1}`,
      token_type: 'Bearer',
      ...(expiresIn === null ? {} : { expires_in: expiresIn }),
      ...extra(index),
    },
  });

const BINDING: SchemeBinding = {
  scheme: 'OAuth2AuthorizationCode',
  kind: 'oauth2',
  in: 'header',
  name: 'Authorization',
  prefix: 'Bearer ',
};

class Clock {
  ms = 1_700_000_000_000;
  now = (): number => this.ms;
}

function credential(options: Partial<OAuth2Options> = {}) {
  return oauth2({
    tokenUrl: `${baseUrl}/oauth/token`,
    clientId: 'client-1',
    clientSecret: 'client-secret-1',
    grant: 'client_credentials',
    ...options,
  });
}

const headerValue = async (cred: ReturnType<typeof credential>) =>
  (await resolveCredential(cred, BINDING)).value;

describe('token requests', () => {
  const cases: Array<{
    name: string;
    options: Partial<OAuth2Options>;
    wantForm: Record<string, string>;
    wantAuthorization: string | undefined;
  }> = [
    {
      name: 'client_credentials with scope list and client_secret_basic',
      options: { scope: ['users:read', 'users:write'] },
      wantForm: { grant_type: 'client_credentials', scope: 'users:read users:write' },
      wantAuthorization: `Basic ${Buffer.from('client-1:client-secret-1').toString('base64')}`,
    },
    {
      name: 'client_credentials with scope string',
      options: { scope: 'read write' },
      wantForm: { grant_type: 'client_credentials', scope: 'read write' },
      wantAuthorization: `Basic ${Buffer.from('client-1:client-secret-1').toString('base64')}`,
    },
    {
      name: 'public client: client_id in the body, no Authorization',
      options: { clientSecret: undefined },
      wantForm: { grant_type: 'client_credentials', client_id: 'client-1' },
      wantAuthorization: undefined,
    },
    {
      name: 'client id and secret are form-encoded before basic (RFC 6749 2.3.1)',
      options: { clientId: 'id:with space', clientSecret: async () => 'p@ss+word' },
      wantForm: { grant_type: 'client_credentials' },
      wantAuthorization: `Basic ${Buffer.from('id%3Awith+space:p%40ss%2Bword').toString('base64')}`,
    },
    {
      name: 'refresh_token grant',
      options: { grant: 'refresh_token', refreshToken: 'rt-0' },
      wantForm: { grant_type: 'refresh_token', refresh_token: 'rt-0' },
      wantAuthorization: `Basic ${Buffer.from('client-1:client-secret-1').toString('base64')}`,
    },
  ];
  it.each(cases)('$name', async ({ options, wantForm, wantAuthorization }) => {
    respond = issueTokens();
    await expect(headerValue(credential(options))).resolves.toBe('Bearer at-1');
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/oauth/token');
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request?.headers.authorization).toBe(wantAuthorization);
    expect(request?.form).toEqual(wantForm);
  });

  it('reads secret providers at each token request', async () => {
    respond = issueTokens(60);
    const clock = new Clock();
    let secret = 'secret-a';
    const cred = credential({ clientSecret: () => secret, now: clock.now });
    await headerValue(cred);
    secret = 'secret-b';
    clock.ms += 60_000;
    await headerValue(cred);
    expect(requests.map((r) => r.headers.authorization)).toEqual([
      `Basic ${Buffer.from('client-1:secret-a').toString('base64')}`,
      `Basic ${Buffer.from('client-1:secret-b').toString('base64')}`,
    ]);
  });
});

describe("oauth2WithTokenUrl: the spec's token endpoint as the default tokenUrl", () => {
  const cases: Array<{ name: string; tokenUrl: (base: string) => string | undefined; wantPath: string }> = [
    { name: 'no tokenUrl: the default is asked', tokenUrl: () => undefined, wantPath: '/spec/token' },
    {
      name: 'a tokenUrl overrides the default',
      tokenUrl: (base) => `${base}/mine/token`,
      wantPath: '/mine/token',
    },
  ];
  it.each(cases)('$name', async ({ tokenUrl, wantPath }) => {
    respond = issueTokens();
    const vendorOauth2 = oauth2WithTokenUrl(`${baseUrl}/spec/token`);
    const url = tokenUrl(baseUrl);
    const cred = vendorOauth2({
      clientId: 'client-1',
      clientSecret: 'client-secret-1',
      grant: 'client_credentials',
      ...(url === undefined ? {} : { tokenUrl: url }),
    });
    await expect(headerValue(cred)).resolves.toBe('Bearer at-1');
    expect(requests.map((r) => r.url)).toEqual([wantPath]);
  });

  it('still checks the options it is given', () => {
    expect(() =>
      oauth2WithTokenUrl('http://auth.example.test/token')({ clientId: 'c', grant: 'client_credentials' }),
    ).toThrow('oauth2(options): tokenUrl must use https');
  });
});

describe('token cache', () => {
  it('50 concurrent calls with an expired token make exactly one token request', async () => {
    respond = issueTokens();
    const clock = new Clock();
    const cred = credential({ accessToken: 'old', expiresAt: clock.ms - 1, now: clock.now });
    const values = await Promise.all(Array.from({ length: 50 }, () => headerValue(cred)));
    expect(requests).toHaveLength(1);
    expect(new Set(values)).toEqual(new Set(['Bearer at-1']));
  });

  it('50 concurrent first calls share one request too', async () => {
    respond = issueTokens();
    const cred = credential();
    await Promise.all(Array.from({ length: 50 }, () => headerValue(cred)));
    expect(requests).toHaveLength(1);
  });

  // Token issued at t0 with expires_in 600 s; skew in ms; the call happens `after` ms later.
  const skewCases: Array<{ skew: number | undefined; after: number; wantRequests: number; want: string }> = [
    { skew: undefined, after: 0, wantRequests: 1, want: 'Bearer at-1' },
    { skew: undefined, after: 569_999, wantRequests: 1, want: 'Bearer at-1' },
    { skew: undefined, after: 570_000, wantRequests: 2, want: 'Bearer at-2' },
    { skew: 0, after: 599_999, wantRequests: 1, want: 'Bearer at-1' },
    { skew: 0, after: 600_000, wantRequests: 2, want: 'Bearer at-2' },
    { skew: 120_000, after: 479_999, wantRequests: 1, want: 'Bearer at-1' },
    { skew: 120_000, after: 480_000, wantRequests: 2, want: 'Bearer at-2' },
  ];
  it.each(skewCases)('skew $skew ms, $after ms later: $wantRequests request(s)', async (c) => {
    respond = issueTokens(600);
    const clock = new Clock();
    const cred = credential({ now: clock.now, ...(c.skew === undefined ? {} : { refreshSkewMs: c.skew }) });
    expect(await headerValue(cred)).toBe('Bearer at-1');
    clock.ms += c.after;
    expect(await headerValue(cred)).toBe(c.want);
    expect(requests).toHaveLength(c.wantRequests);
  });

  it('uses a given access token until its expiry, then refreshes', async () => {
    respond = issueTokens();
    const clock = new Clock();
    const cred = credential({ accessToken: 'given', expiresAt: clock.ms + 60_000, now: clock.now });
    expect(await headerValue(cred)).toBe('Bearer given');
    clock.ms += 30_000;
    expect(await headerValue(cred)).toBe('Bearer at-1');
    expect(requests).toHaveLength(1);
  });

  it('keeps a token without expires_in until a 401', async () => {
    respond = issueTokens(null);
    const clock = new Clock();
    const cred = credential({ now: clock.now });
    expect(await headerValue(cred)).toBe('Bearer at-1');
    clock.ms += 10 * 365 * 24 * 3600 * 1000;
    expect(await headerValue(cred)).toBe('Bearer at-1');
    expect(requests).toHaveLength(1);
  });

  it('accepts expires_in as a numeric string', async () => {
    respond = () => ({ status: 200, json: { access_token: 'a', expires_in: '120' } });
    const clock = new Clock();
    const seen: OAuth2Tokens[] = [];
    await headerValue(credential({ now: clock.now, onTokens: (t) => seen.push(t) }));
    expect(seen).toEqual([{ accessToken: 'a', expiresAt: clock.ms + 120_000 }]);
  });
});

describe('refresh_token rotation', () => {
  it('sends the latest refresh token and reports rotations', async () => {
    respond = issueTokens(60, (index) => (index < 2 ? { refresh_token: `rt-${index + 1}` } : {}));
    const clock = new Clock();
    const seen: OAuth2Tokens[] = [];
    const cred = credential({
      grant: 'refresh_token',
      refreshToken: 'rt-0',
      accessToken: 'at-0',
      expiresAt: clock.ms - 1,
      now: clock.now,
      onTokens: (tokens) => seen.push(tokens),
    });
    for (let i = 0; i < 4; i += 1) {
      await headerValue(cred);
      clock.ms += 60_000;
    }
    // The third response sent no refresh_token: the last rotated one stays in use.
    expect(requests.map((r) => r.form.refresh_token)).toEqual(['rt-0', 'rt-1', 'rt-2', 'rt-2']);
    expect(seen.map((t) => [t.accessToken, t.refreshToken])).toEqual([
      ['at-1', 'rt-1'],
      ['at-2', 'rt-2'],
      ['at-3', 'rt-2'],
      ['at-4', 'rt-2'],
    ]);
    expect(seen[0]?.expiresAt).toBe(1_700_000_000_000 + 60_000);
  });

  it('reads a refresh token provider until the server rotates it', async () => {
    respond = issueTokens(60, (index) => (index === 1 ? { refresh_token: 'rotated' } : {}));
    const clock = new Clock();
    let reads = 0;
    const cred = credential({
      grant: 'refresh_token',
      refreshToken: async () => {
        reads += 1;
        return 'stored';
      },
      now: clock.now,
    });
    for (let i = 0; i < 3; i += 1) {
      await headerValue(cred);
      clock.ms += 60_000;
    }
    expect(requests.map((r) => r.form.refresh_token)).toEqual(['stored', 'stored', 'rotated']);
    expect(reads).toBe(2);
  });
});

describe('refreshAfterUnauthorized', () => {
  it('two concurrent calls for the same rejected token make one refresh', async () => {
    respond = issueTokens();
    const cred = credential();
    const sent = await headerValue(cred);
    requests = [];
    const results = await Promise.all([
      refreshAfterUnauthorized(cred, sent),
      refreshAfterUnauthorized(cred, sent),
    ]);
    expect(results).toEqual([true, true]);
    expect(requests).toHaveLength(1);
    expect(await headerValue(cred)).toBe('Bearer at-2');
  });

  it('a late call for an already replaced token makes no request', async () => {
    respond = issueTokens();
    const cred = credential();
    const sent = await headerValue(cred);
    await refreshAfterUnauthorized(cred, sent);
    requests = [];
    await expect(refreshAfterUnauthorized(cred, sent)).resolves.toBe(true);
    await expect(refreshAfterUnauthorized(cred, 'at-1')).resolves.toBe(true);
    expect(requests).toHaveLength(0);
  });

  it('a 401 for the fresh token refreshes again', async () => {
    respond = issueTokens();
    const cred = credential();
    await refreshAfterUnauthorized(cred, await headerValue(cred));
    await expect(refreshAfterUnauthorized(cred, await headerValue(cred))).resolves.toBe(true);
    expect(requests).toHaveLength(3);
    expect(await headerValue(cred)).toBe('Bearer at-3');
  });

  it('accepts the bare token as sentValue', async () => {
    respond = issueTokens();
    const cred = credential();
    await headerValue(cred);
    await expect(refreshAfterUnauthorized(cred, 'at-1')).resolves.toBe(true);
    expect(requests).toHaveLength(2);
  });

  it('returns false, once per rejected token, when the endpoint fails', async () => {
    respond = (_r, index) =>
      index === 0 ? issueTokens()(_r, index) : { status: 400, json: { error: 'invalid_client' } };
    const cred = credential();
    const sent = await headerValue(cred);
    const results = await Promise.all([
      refreshAfterUnauthorized(cred, sent),
      refreshAfterUnauthorized(cred, sent),
    ]);
    expect(results).toEqual([false, false]);
    await expect(refreshAfterUnauthorized(cred, sent)).resolves.toBe(false);
    expect(requests).toHaveLength(2);
  });

  it('returns false when the server hands back the rejected token', async () => {
    respond = () => ({ status: 200, json: { access_token: 'same' } });
    const cred = credential();
    const sent = await headerValue(cred);
    await expect(refreshAfterUnauthorized(cred, sent)).resolves.toBe(false);
  });
});

describe('token endpoint failures', () => {
  const SECRET = 'client-secret-1';
  const cases: Array<{ name: string; reply: Reply; status: number | undefined; message: string }> = [
    {
      name: 'OAuth error with description',
      reply: {
        status: 401,
        json: { error: 'invalid_client', error_description: 'Client authentication failed' },
      },
      status: 401,
      message: `failed with HTTP 401: invalid_client (Client authentication failed)`,
    },
    {
      name: 'error without JSON',
      reply: { status: 503, text: '<html>down</html>', headers: { 'content-type': 'text/html' } },
      status: 503,
      message: 'failed with HTTP 503',
    },
    {
      name: 'server echoes the secret',
      reply: { status: 400, json: { error: 'invalid_grant', error_description: `bad secret ${SECRET}` } },
      status: 400,
      message: 'failed with HTTP 400: invalid_grant (bad secret [redacted])',
    },
    {
      name: 'success without access_token',
      reply: { status: 200, json: { token_type: 'bearer' } },
      status: 200,
      message: 'has no access_token',
    },
    {
      name: 'success that is not JSON',
      reply: { status: 200, text: 'ok' },
      status: 200,
      message: 'is not a JSON object',
    },
    {
      name: 'unsupported token type',
      reply: { status: 200, json: { access_token: 'a', token_type: 'mac' } },
      status: 200,
      message: 'has token_type "mac"; only bearer is supported',
    },
    {
      name: 'bad expires_in',
      reply: { status: 200, json: { access_token: 'a', expires_in: -5 } },
      status: 200,
      message: 'has an expires_in that is not a non-negative number',
    },
    {
      name: 'access token with a line break',
      reply: { status: 200, json: { access_token: 'a\r\nX-Evil: 1' } },
      status: 200,
      message: 'has an access_token with a CR, LF or NUL',
    },
    {
      name: 'redirect',
      reply: { status: 307, headers: { location: 'http://127.0.0.1:1/steal' } },
      status: undefined,
      message: 'oauth2 token request to',
    },
  ];
  it.each(cases)('$name', async ({ reply, status, message }) => {
    respond = () => reply;
    const error = await headerValue(credential()).catch((e) => e);
    expect(error).toBeInstanceOf(OAuth2Error);
    expect(error).toBeInstanceOf(CredentialError);
    expect(error.status).toBe(status);
    expect(error.message).toContain(message);
    expect(error.message).toContain(`${baseUrl}/oauth/token`);
    for (const text of [error.message, inspect(error), JSON.stringify(error), String(error.stack)]) {
      expect(text).not.toContain(SECRET);
    }
    expect(requests).toHaveLength(1);
  });

  it('exposes the server error fields', async () => {
    respond = () => ({ status: 400, json: { error: 'invalid_scope', error_description: 'nope' } });
    const error = await headerValue(credential()).catch((e) => e);
    expect(error).toMatchObject({ status: 400, error: 'invalid_scope', errorDescription: 'nope' });
  });

  it('network failure is an OAuth2Error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await headerValue(credential({ tokenUrl: `http://127.0.0.1:${port}/token` })).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(OAuth2Error);
    expect(error.status).toBeUndefined();
    expect(error.message).toContain(`oauth2 token request to http://127.0.0.1:${port}/token failed`);
  });

  it('uses an injected fetch', async () => {
    const calls: string[] = [];
    const fakeFetch: typeof fetch = async (input) => {
      calls.push(String(input));
      return new Response(JSON.stringify({ access_token: 'injected' }), { status: 200 });
    };
    const cred = credential({ tokenUrl: 'https://auth.example.test/token', fetch: fakeFetch });
    await expect(headerValue(cred)).resolves.toBe('Bearer injected');
    expect(calls).toEqual(['https://auth.example.test/token']);
  });

  it('property: echoed secrets never reach the error', async () => {
    const secretArb = fc
      .string({ minLength: 8, maxLength: 30, unit: 'grapheme' })
      .filter((s) => !/[\r\n\0]/.test(s) && s.trim() === s);
    await fc.assert(
      fc.asyncProperty(secretArb, async (secret) => {
        requests = [];
        respond = (request) => ({
          status: 400,
          json: {
            error: 'invalid_client',
            error_description: `got ${request.headers.authorization} and secret ${secret} (${encodeURIComponent(secret)})`,
          },
        });
        const error = await headerValue(credential({ clientSecret: secret })).catch((e) => e);
        expect(error).toBeInstanceOf(OAuth2Error);
        for (const text of [error.message, String(error.errorDescription), inspect(error)]) {
          expect(text).not.toContain(secret);
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('oauth2 options are checked up front', () => {
  const cases: Array<{ name: string; options: Record<string, unknown>; want: string }> = [
    { name: 'relative tokenUrl', options: { tokenUrl: '/token' }, want: 'tokenUrl is not an absolute URL' },
    {
      name: 'plain http to a remote host',
      options: { tokenUrl: 'http://auth.example.test/token' },
      want: 'tokenUrl must use https',
    },
    {
      name: 'credentials in tokenUrl',
      options: { tokenUrl: 'https://u:p@auth.example.test/token' },
      want: 'tokenUrl must not contain credentials',
    },
    { name: 'unknown grant', options: { grant: 'password' }, want: 'grant must be one of' },
    {
      name: 'refresh grant without refresh token',
      options: { grant: 'refresh_token' },
      want: 'refreshToken is required',
    },
    { name: 'empty client id', options: { clientId: '' }, want: 'clientId is empty' },
    { name: 'scope with a quote', options: { scope: ['a"b'] }, want: 'scope must be' },
    { name: 'empty scope list', options: { scope: [] }, want: 'scope must be' },
    { name: 'negative skew', options: { refreshSkewMs: -1 }, want: 'refreshSkewMs must be' },
    { name: 'NaN expiresAt', options: { expiresAt: Number.NaN }, want: 'expiresAt must be' },
    {
      name: 'access token with LF',
      options: { accessToken: 'a\nb' },
      want: 'accessToken contains a CR, LF or NUL',
    },
    { name: 'fetch not a function', options: { fetch: 'nope' }, want: 'fetch must be a function' },
  ];
  it.each(cases)('$name', ({ options, want }) => {
    const make = () =>
      oauth2({
        tokenUrl: 'https://auth.example.test/token',
        clientId: 'c',
        grant: 'client_credentials',
        ...options,
      } as OAuth2Options);
    expect(make).toThrow(CredentialError);
    expect(make).toThrow(`oauth2(options): ${want}`);
  });
});
