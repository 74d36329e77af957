// What hooks and response metadata are handed never holds a credential: random secrets, every kind of
// security scheme, both transports, through a connection error, a redirect, a retried 503 and a
// success whose server echoes the credentials it got in its response headers.
import { inspect } from 'node:util';
import { apiKey, basic, bearer, type Credential, oauth2 } from '@vendor-clients/auth';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allBindings, allSchemes, getUserWith } from '../test/fixtures.js';
import { fakeClock, json, startServer } from '../test/server.js';
import { transports } from '../test/transports.js';
import { createClientCore } from './client.js';
import { defineHooks } from './hooks.js';
import { withResponse } from './response.js';

type Scheme = keyof typeof allSchemes;
interface Secrets {
  readonly user: string;
  readonly secret: string;
  readonly clientSecret: string;
}

/** The credential for a scheme, made from the random secrets, and the token URL oauth2 needs. */
function credentialFor(scheme: Scheme, s: Secrets, tokenUrl: string): Credential {
  switch (scheme) {
    case 'basic':
      return basic(s.user, s.secret);
    case 'bearer':
      return bearer(s.secret);
    case 'oauth':
      return oauth2({
        tokenUrl,
        clientId: 'client',
        clientSecret: s.clientSecret,
        grant: 'client_credentials',
      });
    default:
      return apiKey(s.secret);
  }
}

/** Every way a secret can be spelled where it leaks: as is, percent- and form-encoded, in a basic pair. */
function spellings(s: Secrets): string[] {
  const forms = (text: string) => [
    text,
    encodeURIComponent(text),
    new URLSearchParams({ s: text }).toString().slice(2),
  ];
  return [
    ...forms(s.secret),
    ...forms(s.clientSecret),
    Buffer.from(`${s.user}:${s.secret}`).toString('base64'),
  ];
}

/** Every string reachable from a value: own properties (hidden ones too, so messages, stacks, causes). */
function stringsIn(value: unknown, out: string[] = [], seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') out.push(value);
  if (typeof value !== 'object' || value === null || seen.has(value)) return out;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key === 'string') out.push(key);
    stringsIn((value as Record<PropertyKey, unknown>)[key], out, seen);
  }
  return out;
}

const secrets = fc.record({
  user: fc.stringMatching(/^[A-Za-z0-9._-]{4,12}$/),
  // Printable ASCII (what a header can carry), no space at either end (HTTP would trim it), long enough
  // that it cannot turn up in a URL or a stack trace by chance.
  secret: fc.stringMatching(/^[!-~][ -~]{8,30}[!-~]$/),
  clientSecret: fc.stringMatching(/^[!-~][ -~]{8,30}[!-~]$/),
});

describe.each(transports)('hooks and metadata never hold a credential, $name transport', ({ make }) => {
  it.each(Object.keys(allSchemes) as Scheme[])(
    '%s',
    async (scheme) => {
      await fc.assert(
        fc.asyncProperty(secrets, async (s) => {
          const tokens = await startServer((_req, res) =>
            json(res, 200, { access_token: s.secret, token_type: 'Bearer', expires_in: 3600 }),
          );
          // n0: connection reset (retried); n1: same-origin redirect; n2: 503 (retried); n3: success.
          // Every answer echoes the credentials it received in its headers.
          const api = await startServer((req, res, n) => {
            const echo = {
              'x-echo': JSON.stringify([
                req.url,
                req.headers.authorization,
                req.headers['x-api-key'],
                req.headers.cookie,
              ]),
              'set-cookie': `sid=${encodeURIComponent(s.secret)}`,
            };
            if (n === 0) res.socket?.destroy();
            else if (n === 1) {
              res.writeHead(302, { ...echo, location: '/api/users/moved' });
              res.end();
            } else json(res, n === 2 ? 503 : 200, { id: 'u1' }, echo);
          });
          const transport = make();
          try {
            const seen: unknown[] = [];
            const hooks = defineHooks({
              onRequest: (info) => void seen.push(info),
              onResponse: (info) => void seen.push(info),
              onError: (info) => void seen.push(info),
            });
            const client = createClientCore({
              baseUrl: `${api.origin}/api`,
              bindings: allBindings,
              auth: credentialFor(scheme, s, `${tokens.origin}/token`),
              clock: fakeClock(),
              transport,
              hooks,
            });
            const { data: _data, ...meta } = await withResponse(
              client.call(getUserWith(scheme), { path: { id: 'u1' } }),
            );
            expect(meta.attempts).toBe(3);
            expect(seen).toHaveLength(8); // 4 requests, 3 responses, 1 connection error
            // The secret was on the wire, so there was something to keep out of the hooks' sight.
            const wire = stringsIn(api.requests);
            expect(spellings(s).some((form) => wire.some((text) => text.includes(form)))).toBe(true);
            const shown = [
              ...stringsIn([seen, meta]),
              inspect([seen, meta], { depth: 10, showHidden: true }),
            ];
            for (const form of spellings(s)) {
              for (const text of shown) expect(text.includes(form), `"${form}" in ${text}`).toBe(false);
            }
          } finally {
            await transport?.close();
            await Promise.all([api.close(), tokens.close()]);
          }
        }),
        { numRuns: 8 },
      );
      // Eight runs of four requests and two servers each: seconds when the machine is busy.
    },
    120_000,
  );
});
