import { describe, expect, it } from 'vitest';
import { json, startServer } from '../test/server.js';
import { type FetchInit, type FetchLike, fetchTransport, type HttpRequest } from './transport.js';

// A fetch you pass is called as the platform's is, fetch(url, init), with everything the runtime decided
// (no redirects followed, the runtime's signal) and the headers a plain object, so wrappers spread them.
describe('fetchTransport with a fetch you pass', () => {
  const cases: Array<{
    name: string;
    request: Omit<HttpRequest, 'signal'>;
    want: { method: string; headers: Record<string, string>; body: string | null };
  }> = [
    {
      name: 'GET without a body',
      request: {
        url: 'https://api.example.test/users/u1?x=1',
        method: 'GET',
        headers: { 'x-key': 'k' },
        body: undefined,
      },
      want: { method: 'GET', headers: { 'x-key': 'k' }, body: null },
    },
    {
      name: 'POST with a string body',
      request: {
        url: 'https://api.example.test/users',
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"name":"Ada"}',
      },
      want: { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"Ada"}' },
    },
    {
      name: 'PUT with bytes',
      request: {
        url: 'https://api.example.test/blob',
        method: 'PUT',
        headers: {},
        body: new TextEncoder().encode('bytes'),
      },
      want: { method: 'PUT', headers: {}, body: 'bytes' },
    },
  ];

  it.each(cases)('$name: (url, init), redirect manual, the runtime signal', async ({ request, want }) => {
    const seen: Array<{ url: string; init: FetchInit }> = [];
    const fetch: FetchLike = async (url, init) => {
      seen.push({ url, init });
      return new Response('{"ok":true}', { status: 201, headers: { 'content-type': 'application/json' } });
    };
    const controller = new AbortController();
    const response = await fetchTransport(() => fetch).send({ ...request, signal: controller.signal });

    expect(seen).toHaveLength(1);
    const { url, init } = seen[0]!;
    expect(url).toBe(request.url);
    expect(init.method).toBe(want.method);
    expect(Object.getPrototypeOf(init.headers)).toBe(Object.prototype);
    expect(init.headers).toEqual(want.headers);
    expect(init.headers).not.toBe(request.headers);
    expect(init.body === undefined ? null : await new Response(init.body).text()).toBe(want.body);
    expect(init.redirect).toBe('manual');
    expect(init.signal).toBe(controller.signal);

    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.opaqueRedirect).toBe(false);
    expect(await response.text()).toBe('{"ok":true}');
  });
});

describe('fetchTransport with the platform fetch', () => {
  it('sends method, headers and body and leaves redirects alone', async () => {
    const server = await startServer((req, res) => {
      if (req.url === '/moved') {
        res.writeHead(302, { location: '/elsewhere' });
        res.end();
      } else json(res, 200, { method: req.method, body: req.body, key: req.headers['x-key'] });
    });
    try {
      const transport = fetchTransport(() => globalThis.fetch);
      const send = (request: Partial<HttpRequest>) =>
        transport.send({
          url: `${server.origin}/echo`,
          method: 'GET',
          headers: {},
          body: undefined,
          signal: undefined,
          ...request,
        });
      const posted = await send({ method: 'POST', headers: { 'x-key': 'k' }, body: 'hi' });
      expect(JSON.parse(await posted.text())).toEqual({ method: 'POST', body: 'hi', key: 'k' });
      const redirect = await send({ url: `${server.origin}/moved` });
      expect(redirect.status).toBe(302);
      expect(redirect.headers.get('location')).toBe('/elsewhere');
      await redirect.discard();
      expect(server.requests.map((r) => r.url)).toEqual(['/echo', '/moved']);
    } finally {
      await server.close();
    }
  });

  it('aborts with the signal it is given', async () => {
    const server = await startServer(() => {
      // Never answers: only the signal can end the request.
    });
    try {
      const controller = new AbortController();
      const pending = fetchTransport(() => globalThis.fetch).send({
        url: `${server.origin}/hang`,
        method: 'GET',
        headers: {},
        body: undefined,
        signal: controller.signal,
      });
      await expect.poll(() => server.requests.length).toBe(1);
      controller.abort(new Error('stop'));
      await expect(pending).rejects.toThrow('stop');
    } finally {
      await server.close();
    }
  });
});
