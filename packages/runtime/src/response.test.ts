import type { ServerResponse } from 'node:http';
import { inspect } from 'node:util';
import { apiKey } from '@vendor-clients/auth';
import { describe, expect, it } from 'vitest';
import { allBindings, getUserWith, serversAndTransport } from '../test/fixtures.js';
import { fakeClock, json, type Recorded, rejection } from '../test/server.js';
import { transports } from '../test/transports.js';
import { createClientCore } from './client.js';
import { NotFoundError } from './errors.js';
import { type ResponseMeta, withResponse } from './response.js';

type Answer = (res: ServerResponse, req: Recorded) => void;

describe.each(transports)('withResponse, $name transport', (kind) => {
  const { serve, transport } = serversAndTransport(kind);

  const cases: Array<{
    name: string;
    scheme?: 'header_key' | 'query_key';
    answers: Answer[];
    want: { data: unknown } & Partial<Omit<ResponseMeta, 'url'>> & { path: string };
  }> = [
    {
      name: 'status, headers minus set-cookie, request id',
      answers: [
        (res) =>
          json(
            res,
            200,
            { id: 'u1' },
            {
              'x-request-id': 'req-1',
              'x-ratelimit-remaining': '41',
              etag: '"v7"',
              'set-cookie': 'sid=s3cr3t',
            },
          ),
      ],
      want: {
        data: { id: 'u1' },
        status: 200,
        headers: { 'x-request-id': 'req-1', 'x-ratelimit-remaining': '41', etag: '"v7"' },
        requestId: 'req-1',
        attempts: 1,
        path: '/api/users/u1',
      },
    },
    {
      name: 'attempts after a retried 503',
      answers: [
        (res) => json(res, 503, {}),
        (res) => json(res, 200, { id: 'u1' }, { 'x-amzn-requestid': 'aws-2' }),
      ],
      want: { data: { id: 'u1' }, status: 200, requestId: 'aws-2', attempts: 2, path: '/api/users/u1' },
    },
    {
      name: 'the final URL after a redirect, credential query parameter masked',
      scheme: 'query_key',
      answers: [
        (res) => {
          res.writeHead(302, { location: '/api/users/moved?api_key=k-123' });
          res.end();
        },
        (res) => json(res, 200, { id: 'moved' }),
      ],
      want: {
        data: { id: 'moved' },
        status: 200,
        attempts: 1,
        path: '/api/users/moved?api_key=%5Bredacted%5D',
      },
    },
    {
      name: 'a 204: no data',
      answers: [
        (res) => {
          res.writeHead(204, { 'x-request-id': 'req-4' });
          res.end();
        },
      ],
      want: { data: undefined, status: 204, requestId: 'req-4', attempts: 1, path: '/api/users/u1' },
    },
    {
      name: 'a header echoing the credential',
      answers: [(res, req) => json(res, 200, {}, { 'x-echo': `key=${req.headers['x-api-key']}` })],
      want: {
        data: {},
        status: 200,
        headers: { 'x-echo': 'key=[redacted]' },
        attempts: 1,
        path: '/api/users/u1',
      },
    },
  ];

  it.each(cases)('$name', async ({ scheme, answers, want }) => {
    // Time moves only while the server answers: 250 ms per request.
    let time = 1_000;
    const server = await serve((req, res, n) => {
      time += 250;
      answers[n]!(res, req);
    });
    const client = createClientCore({
      baseUrl: `${server.origin}/api`,
      bindings: allBindings,
      auth: apiKey('k-123'),
      transport: transport(),
      clock: { ...fakeClock(), now: () => time },
    });
    const { path, ...meta } = want;
    const result = await withResponse(client.call(getUserWith(scheme), { path: { id: 'u1' } }));
    expect(result).toMatchObject({ ...meta, url: `${server.origin}${path}` });
    expect(result.elapsedMs).toBe(250 * answers.length);
    expect(result.headers['set-cookie']).toBeUndefined();
    expect(JSON.stringify(result)).not.toContain('k-123');
  });

  it('leaves nothing of the record in sight on the promise (credentials in the URL included)', async () => {
    const server = await serve((_req, res) => json(res, 200, {}, { 'x-echo': 'k-123' }));
    const client = createClientCore({
      baseUrl: server.origin,
      bindings: allBindings,
      auth: apiKey('k-123'),
      transport: transport(),
    });
    const promise = client.call(getUserWith('query_key'), { path: { id: 'u1' } });
    await withResponse(promise);
    expect(server.requests[0]!.url).toContain('api_key=k-123');
    expect(inspect(promise, { showHidden: true, depth: 20 })).not.toContain('k-123');
  });

  it('rejects with the call error', async () => {
    const server = await serve((_req, res) => json(res, 404, { message: 'no such user' }));
    const client = createClientCore({
      baseUrl: server.origin,
      bindings: allBindings,
      auth: apiKey('k-123'),
      transport: transport(),
    });
    const error = await rejection(withResponse(client.call(getUserWith(), { path: { id: 'u1' } })));
    expect(error).toBeInstanceOf(NotFoundError);
  });
});

describe('withResponse given another promise', () => {
  const client = createClientCore({
    baseUrl: 'https://api.example.test',
    fetch: async () => new Response('{}', { headers: { 'content-type': 'application/json' } }),
  });
  const open = { ...getUserWith(), security: [] };
  const cases: Array<{ name: string; promise: () => Promise<unknown> }> = [
    { name: 'one made with then()', promise: () => client.call(open, { path: { id: 'u1' } }).then((x) => x) },
    { name: 'an async wrapper', promise: async () => client.call(open, { path: { id: 'u1' } }) },
    { name: 'a plain promise', promise: () => Promise.resolve({}) },
  ];
  it.each(cases)('refuses $name, saying what to pass', async ({ promise }) => {
    await expect(withResponse(promise())).rejects.toThrow(
      /^withResponse: pass the promise a client method or operation function returned, as it is/,
    );
  });
});
