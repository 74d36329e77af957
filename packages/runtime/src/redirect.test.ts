import { describe, expect, it } from 'vitest';
import { type Hop, nextHop } from './redirect.js';

const credentialHeaders = new Set(['authorization', 'cookie', 'proxy-authorization', 'x-auth-token']);
const origin = 'https://api.example.test';
const credentialQueryNames = new Set(['api_key']);

function hop(method: string, body?: string): Hop {
  return {
    url: `${origin}/v1/things`,
    method,
    headers: {
      authorization: 'Bearer t',
      'x-auth-token': 'k',
      cookie: 'a=b',
      'proxy-authorization': 'Basic p',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      accept: 'application/json',
    },
    body: body === undefined ? undefined : new TextEncoder().encode(body),
    credentialsDropped: false,
  };
}

describe('nextHop', () => {
  const cases: Array<{
    name: string;
    from: Hop;
    status: number;
    location: string;
    want: { url: string; method: string; body: boolean; credentials: boolean };
  }> = [
    {
      name: 'same origin keeps credentials',
      from: hop('GET'),
      status: 302,
      location: '/v2/things',
      want: { url: `${origin}/v2/things`, method: 'GET', body: false, credentials: true },
    },
    {
      name: 'cross origin drops credentials',
      from: hop('GET'),
      status: 301,
      location: 'https://cdn.example.test/x',
      want: { url: 'https://cdn.example.test/x', method: 'GET', body: false, credentials: false },
    },
    {
      name: 'cross origin drops a credential query parameter, keeps the others',
      from: hop('GET'),
      status: 302,
      location: 'https://cdn.example.test/x?api_key=k&page=2',
      want: { url: 'https://cdn.example.test/x?page=2', method: 'GET', body: false, credentials: false },
    },
    {
      name: 'same origin keeps a credential query parameter',
      from: hop('GET'),
      status: 302,
      location: '/v2/things?api_key=k',
      want: { url: `${origin}/v2/things?api_key=k`, method: 'GET', body: false, credentials: true },
    },
    {
      name: 'https to http on the same host is another origin',
      from: hop('GET'),
      status: 307,
      location: 'http://api.example.test/v1/things',
      want: { url: 'http://api.example.test/v1/things', method: 'GET', body: false, credentials: false },
    },
    {
      name: '307 keeps method and body',
      from: hop('POST', '{"a":1}'),
      status: 307,
      location: '/other',
      want: { url: `${origin}/other`, method: 'POST', body: true, credentials: true },
    },
    {
      name: '303 turns PUT into GET without body',
      from: hop('PUT', '{"a":1}'),
      status: 303,
      location: '/done',
      want: { url: `${origin}/done`, method: 'GET', body: false, credentials: true },
    },
    {
      name: '302 turns POST into GET',
      from: hop('POST', '{"a":1}'),
      status: 302,
      location: '/done',
      want: { url: `${origin}/done`, method: 'GET', body: false, credentials: true },
    },
  ];
  it.each(cases)('$name', ({ from, status, location, want }) => {
    const next = nextHop(from, status, location, origin, credentialHeaders, credentialQueryNames);
    expect(next.url).toBe(want.url);
    expect(next.method).toBe(want.method);
    expect(next.body !== undefined).toBe(want.body);
    for (const name of credentialHeaders) expect(name in next.headers).toBe(want.credentials);
    expect(next.headers.accept).toBe('application/json');
    expect('content-type' in next.headers).toBe(want.body);
  });

  it('keeps credentials off once a chain has left the origin, even when it comes back', () => {
    const away = nextHop(
      hop('GET'),
      302,
      'https://elsewhere.test/',
      origin,
      credentialHeaders,
      credentialQueryNames,
    );
    const back = nextHop(
      { ...away, headers: hop('GET').headers },
      302,
      `${origin}/again`,
      origin,
      credentialHeaders,
      credentialQueryNames,
    );
    expect(back.credentialsDropped).toBe(true);
    expect('authorization' in back.headers).toBe(false);
  });
});
