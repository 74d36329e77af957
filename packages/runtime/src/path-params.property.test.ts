import { apiKey, bindSecuritySchemes } from '@vendor-clients/auth';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClientCore } from './client.js';
import { PathParameterError } from './errors.js';
import type { OperationSpec } from './operation.js';

const op: OperationSpec = {
  operationId: 'getToken',
  method: 'GET',
  path: '/users/{id}/tokens',
  pathParams: ['id'],
  security: [{ key: [] }],
};

describe('path parameters, property', () => {
  it('a random path parameter never leaves its segment: the request stays inside the template or is refused', async () => {
    const seen: string[] = [];
    const client = createClientCore({
      baseUrl: 'https://api.example.test/base',
      bindings: bindSecuritySchemes({ key: { type: 'apiKey', in: 'header', name: 'X-Key' } }),
      operations: [op],
      auth: apiKey('k'),
      fetch: async (request) => {
        seen.push(request.url);
        return new Response('{}', { headers: { 'content-type': 'application/json' } });
      },
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
    await fc.assert(
      fc.asyncProperty(value, async (id) => {
        seen.length = 0;
        const outcome = await client.call(op, { path: { id } }).then(
          () => 'sent' as const,
          (error: unknown) => error,
        );
        if (outcome !== 'sent') {
          expect(outcome).toBeInstanceOf(PathParameterError);
          expect(seen).toHaveLength(0);
          return;
        }
        expect(seen).toHaveLength(1);
        const url = new URL(seen[0]!);
        expect(url.origin).toBe('https://api.example.test');
        expect(url.search).toBe('');
        const match = /^\/base\/users\/([^/]+)\/tokens$/.exec(url.pathname);
        expect(match, url.pathname).not.toBeNull();
        expect(decodeURIComponent(match![1]!)).toBe(id);
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);
});
