import { apiKey, bindSecuritySchemes } from '@vendor-clients/auth';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { json, startServer } from '../test/server.js';
import { type ClientCoreOptions, createClientCore } from './client.js';
import { PathParameterError } from './errors.js';
import { createNodeTransport } from './node.js';
import type { OperationSpec } from './operation.js';

const op: OperationSpec = {
  operationId: 'getToken',
  method: 'GET',
  path: '/users/{id}/tokens',
  pathParams: ['id'],
  security: [{ key: [] }],
};

/** Where the requests go: an injected fetch that records URLs, or the Node transport over real HTTP. */
interface Setup {
  readonly name: string;
  start(): Promise<{
    baseUrl: string;
    seen: () => string[];
    options: Partial<ClientCoreOptions>;
    close(): Promise<void>;
  }>;
}
const setups: Setup[] = [
  {
    name: 'fetch (injected)',
    start: async () => {
      const seen: string[] = [];
      return {
        baseUrl: 'https://api.example.test/base',
        seen: () => seen.splice(0),
        options: {
          fetch: async (url) => {
            seen.push(url);
            return new Response('{}', { headers: { 'content-type': 'application/json' } });
          },
        },
        close: async () => {},
      };
    },
  },
  {
    name: 'node transport (127.0.0.1)',
    start: async () => {
      const server = await startServer((_req, res) => json(res, 200, {}));
      const transport = createNodeTransport();
      return {
        baseUrl: `${server.origin}/base`,
        seen: () => server.requests.splice(0).map((r) => `${server.origin}${r.url}`),
        options: { transport },
        close: async () => {
          await transport.close();
          await server.close();
        },
      };
    },
  },
];

describe.each(setups)('path parameters, property, $name', ({ start }) => {
  it('a random path parameter never leaves its segment: the request stays inside the template or is refused', async () => {
    const { baseUrl, seen, options, close } = await start();
    const client = createClientCore({
      baseUrl,
      bindings: bindSecuritySchemes({ key: { type: 'apiKey', in: 'header', name: 'X-Key' } }),
      auth: apiKey('k'),
      ...options,
    });
    const tricky = fc.constantFrom(
      '.',
      '..',
      '%2e',
      '%2E%2e',
      '/',
      '../..',
      'a/../b',
      '%2F',
      '?x=1',
      '#f',
      '\\..',
      '',
    );
    const value = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom('.', '/', '%', '2', 'e', 'E', 'f', 'F', '\\', '?', '#') }),
      tricky,
    );
    try {
      await fc.assert(
        fc.asyncProperty(value, async (id) => {
          const outcome = await client.call(op, { path: { id } }).then(
            () => 'sent' as const,
            (error: unknown) => error,
          );
          const sent = seen();
          if (outcome !== 'sent') {
            expect(outcome).toBeInstanceOf(PathParameterError);
            expect(sent).toHaveLength(0);
            return;
          }
          expect(sent).toHaveLength(1);
          const url = new URL(sent[0]!);
          expect(url.origin).toBe(new URL(baseUrl).origin);
          expect(url.search).toBe('');
          const match = /^\/base\/users\/([^/]+)\/tokens$/.exec(url.pathname);
          expect(match, url.pathname).not.toBeNull();
          expect(decodeURIComponent(match![1]!)).toBe(id);
        }),
        { numRuns: 10_000 },
      );
    } finally {
      await close();
    }
  }, 120_000);
});
