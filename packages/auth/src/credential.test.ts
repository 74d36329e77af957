import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apiKey, basic, bearer, type Credential, isCredential } from './credential.js';
import { oauth2 } from './oauth2.js';
import { resolveCredential } from './resolve.js';

const SECRET = 'hunter2-S3CR3T';

function renderings(credential: Credential): string[] {
  return [
    JSON.stringify(credential),
    JSON.stringify({ nested: [credential] }),
    inspect(credential),
    inspect(credential, { showHidden: true, depth: 5 }),
    inspect(credential, { customInspect: false, showHidden: true }),
    String(credential),
    `${credential}`,
    JSON.stringify(Object.keys(credential)),
    JSON.stringify(Object.getOwnPropertyNames(credential)),
    JSON.stringify(Object.entries(credential)),
    JSON.stringify({ ...credential }),
    JSON.stringify(structuredClone({ ...credential })),
  ];
}

describe('credentials never show their secrets', () => {
  const cases: Array<{ name: string; credential: Credential; inspected: string; json: unknown }> = [
    {
      name: 'apiKey',
      credential: apiKey(SECRET),
      inspected: 'ApiKeyCredential { key: [redacted] }',
      json: { kind: 'apiKey', key: '[redacted]' },
    },
    {
      name: 'basic',
      credential: basic(SECRET, SECRET),
      inspected: 'BasicCredential { username: [redacted], password: [redacted] }',
      json: { kind: 'basic', username: '[redacted]', password: '[redacted]' },
    },
    {
      name: 'bearer',
      credential: bearer(SECRET),
      inspected: 'BearerCredential { token: [redacted] }',
      json: { kind: 'bearer', token: '[redacted]' },
    },
    {
      name: 'bearer provider',
      credential: bearer(() => SECRET),
      inspected: 'BearerCredential { token: [redacted] }',
      json: { kind: 'bearer', token: '[redacted]' },
    },
    {
      name: 'oauth2',
      credential: oauth2({
        tokenUrl: 'https://auth.example.test/token',
        clientId: SECRET,
        clientSecret: SECRET,
        grant: 'refresh_token',
        refreshToken: SECRET,
        accessToken: SECRET,
      }),
      inspected: 'OAuth2Credential { grant: refresh_token, clientId: [redacted], accessToken: [redacted] }',
      json: { kind: 'oauth2', grant: 'refresh_token', clientId: '[redacted]', accessToken: '[redacted]' },
    },
  ];
  it.each(cases)('$name', ({ credential, inspected, json }) => {
    expect(inspect(credential)).toBe(inspected);
    expect(String(credential)).toBe(inspected);
    expect(JSON.parse(JSON.stringify(credential))).toEqual(json);
    expect(Object.keys(credential)).toEqual(['kind']);
    for (const text of renderings(credential)) expect(text).not.toContain(SECRET);
  });

  it('credentials are frozen', () => {
    const credential = bearer(SECRET);
    expect(Object.isFrozen(credential)).toBe(true);
    expect(() => {
      (credential as { kind: string }).kind = 'apiKey';
    }).toThrow(TypeError);
  });
});

// Secrets that a credential may carry: non-empty, without CR, LF or NUL.
const secretArb = fc
  .string({ minLength: 1, maxLength: 40, unit: 'grapheme' })
  .filter((s) => !/[\r\n\0]/.test(s));
const makers: Array<[string, (s: string) => Credential]> = [
  ['apiKey', (s) => apiKey(s)],
  ['bearer', (s) => bearer(s)],
  ['bearer provider', (s) => bearer(async () => s)],
  ['basic', (s) => basic(s.replaceAll(':', '_'), s)],
  [
    'oauth2',
    (s) =>
      oauth2({
        tokenUrl: 'https://auth.example.test/token',
        clientId: s,
        clientSecret: s,
        grant: 'client_credentials',
        accessToken: s,
      }),
  ],
];

describe('property: what a credential shows does not depend on its secret', () => {
  it.each(makers)('%s', (_name, make) => {
    const reference = renderings(make('reference'));
    fc.assert(
      fc.property(secretArb, (secret) => {
        expect(renderings(make(secret))).toEqual(reference);
      }),
    );
  });

  it('error messages for a secret with a line break do not depend on it', async () => {
    const binding = { scheme: 's', kind: 'bearer', in: 'header', name: 'Authorization' } as const;
    const messageFor = (secret: string) =>
      resolveCredential(
        bearer(() => secret),
        binding,
      ).then(
        () => 'resolved',
        (error: Error) => error.message,
      );
    const reference = await messageFor('reference\n');
    await fc.assert(
      fc.asyncProperty(secretArb, fc.constantFrom('\r', '\n', '\0'), async (secret, bad) => {
        expect(await messageFor(`${secret}${bad}${secret}`)).toBe(reference);
      }),
    );
  });
});

describe('isCredential', () => {
  const cases: Array<[name: string, given: unknown, want: boolean]> = [
    ['apiKey()', apiKey('k'), true],
    ['basic()', basic('u', 'p'), true],
    ['bearer()', bearer(() => 't'), true],
    ['a string', 'token', false],
    ['a look-alike object', { kind: 'bearer' }, false],
    ['a copy of a credential', { ...bearer('t') }, false],
    ['null', null, false],
    ['undefined', undefined, false],
  ];
  it.each(cases)('%s: %s', (_name, given, want) => {
    expect(isCredential(given)).toBe(want);
  });
});
