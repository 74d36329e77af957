import { describe, expect, it } from 'vitest';
import type { SchemeBinding } from './bindings.js';
import { apiKey, basic, bearer, type Credential } from './credential.js';
import { CredentialError } from './errors.js';
import { credentialSource, refreshAfterUnauthorized, resolveCredential } from './resolve.js';

const header = (kind: SchemeBinding['kind'], name: string, prefix?: string): SchemeBinding =>
  prefix === undefined
    ? { scheme: 'scheme1', kind, in: 'header', name }
    : { scheme: 'scheme1', kind, in: 'header', name, prefix };

describe('resolveCredential: header values per binding kind', () => {
  const cases: Array<{ name: string; credential: Credential; binding: SchemeBinding; want: string }> = [
    {
      name: 'apiKey header',
      credential: apiKey('k-123'),
      binding: header('apiKey', 'X-Auth-Token'),
      want: 'k-123',
    },
    {
      name: 'apiKey in query',
      credential: apiKey('k 1&2'),
      binding: { scheme: 'q', kind: 'apiKey', in: 'query', name: 'api_key' },
      want: 'k 1&2',
    },
    {
      name: 'bearer',
      credential: bearer('eyJ.a.b'),
      binding: header('bearer', 'Authorization', 'Bearer '),
      want: 'Bearer eyJ.a.b',
    },
    {
      name: 'basic',
      credential: basic('user', 'pass'),
      binding: header('basic', 'Authorization', 'Basic '),
      want: 'Basic dXNlcjpwYXNz',
    },
    {
      name: 'basic with UTF-8',
      credential: basic('jürgen', 'pässwörd€'),
      binding: header('basic', 'Authorization', 'Basic '),
      want: `Basic ${Buffer.from('jürgen:pässwörd€', 'utf8').toString('base64')}`,
    },
    {
      name: 'basic password may contain colons',
      credential: basic('u', 'a:b:c'),
      binding: header('basic', 'Authorization', 'Basic '),
      want: `Basic ${Buffer.from('u:a:b:c').toString('base64')}`,
    },
    {
      name: 'no prefix means the bare value',
      credential: bearer('tok'),
      binding: header('bearer', 'X-Token'),
      want: 'tok',
    },
    {
      name: 'async provider',
      credential: bearer(async () => 'from-vault'),
      binding: header('bearer', 'Authorization', 'Bearer '),
      want: 'Bearer from-vault',
    },
    {
      name: 'sync provider',
      credential: apiKey(() => 'sync-key'),
      binding: header('apiKey', 'X-TILEDB-REST-API-KEY'),
      want: 'sync-key',
    },
    {
      name: 'basic with providers',
      credential: basic(
        () => 'user',
        async () => 'pass',
      ),
      binding: header('basic', 'Authorization', 'Basic '),
      want: 'Basic dXNlcjpwYXNz',
    },
  ];
  it.each(cases)('$name', async ({ credential, binding, want }) => {
    await expect(resolveCredential(credential, binding)).resolves.toEqual({
      name: binding.name,
      value: want,
    });
  });
});

describe('resolveCredential calls providers on every request', () => {
  it('picks up a rotated secret', async () => {
    let current = 'first';
    let calls = 0;
    const credential = bearer(() => {
      calls += 1;
      return current;
    });
    const binding = header('bearer', 'Authorization', 'Bearer ');
    expect((await resolveCredential(credential, binding)).value).toBe('Bearer first');
    current = 'second';
    expect((await resolveCredential(credential, binding)).value).toBe('Bearer second');
    expect(calls).toBe(2);
  });
});

describe('resolveCredential gives the same value every time for static secrets', () => {
  const cases: Array<{ name: string; credential: Credential; binding: SchemeBinding; want: string }> = [
    {
      name: 'basic (encoded once, reused)',
      credential: basic('jürgen', 'pässwörd€'),
      binding: header('basic', 'Authorization', 'Basic '),
      want: `Basic ${Buffer.from('jürgen:pässwörd€', 'utf8').toString('base64')}`,
    },
    { name: 'apiKey', credential: apiKey('k-1'), binding: header('apiKey', 'X-Key'), want: 'k-1' },
    {
      name: 'bearer',
      credential: bearer('t-1'),
      binding: header('bearer', 'Authorization', 'Bearer '),
      want: 'Bearer t-1',
    },
  ];
  it.each(cases)('$name', async ({ credential, binding, want }) => {
    for (let i = 0; i < 3; i++) expect((await resolveCredential(credential, binding)).value).toBe(want);
  });

  it('basic with a provider is encoded from what the provider gives each time', async () => {
    let password = 'one';
    const credential = basic('ada', () => password);
    const binding = header('basic', 'Authorization', 'Basic ');
    expect((await resolveCredential(credential, binding)).value).toBe(`Basic ${btoa('ada:one')}`);
    password = 'two';
    expect((await resolveCredential(credential, binding)).value).toBe(`Basic ${btoa('ada:two')}`);
  });
});

describe('resolveCredential rejects bad secrets, naming the scheme but not the secret', () => {
  const SECRET = 'S3cr3tV4lu3';
  const cases: Array<{
    name: string;
    credential: () => Credential;
    kind: SchemeBinding['kind'];
    want: RegExp;
  }> = [
    {
      name: 'CR in api key',
      credential: () => apiKey(() => `${SECRET}\r`),
      kind: 'apiKey',
      want: /CR, LF or NUL/,
    },
    {
      name: 'LF in bearer',
      credential: () => bearer(async () => `${SECRET}\nX: y`),
      kind: 'bearer',
      want: /CR, LF/,
    },
    { name: 'NUL in bearer', credential: () => bearer(() => `${SECRET}\0`), kind: 'bearer', want: /NUL/ },
    {
      name: 'LF in basic username',
      credential: () => basic(() => `${SECRET}\n`, 'p'),
      kind: 'basic',
      want: /username .*CR, LF or NUL/,
    },
    {
      name: 'CR in basic password',
      credential: () => basic('u', () => `${SECRET}\r`),
      kind: 'basic',
      want: /password .*CR, LF or NUL/,
    },
    {
      name: 'empty api key',
      credential: () => apiKey(() => ''),
      kind: 'apiKey',
      want: /API key .* is empty/,
    },
    { name: 'empty bearer', credential: () => bearer(async () => ''), kind: 'bearer', want: /is empty/ },
    {
      name: 'empty password',
      credential: () => basic('u', () => ''),
      kind: 'basic',
      want: /password .* is empty/,
    },
    {
      name: 'empty username',
      credential: () => basic(() => '', 'p'),
      kind: 'basic',
      want: /username .* is empty/,
    },
    {
      name: 'colon in username',
      credential: () => basic(() => `${SECRET}:x`, 'p'),
      kind: 'basic',
      want: /username .* contains a colon/,
    },
    {
      name: 'provider returning a non-string',
      credential: () => bearer((() => 42) as unknown as () => string),
      kind: 'bearer',
      want: /returned number instead of a string/,
    },
    {
      name: 'provider that throws',
      credential: () =>
        bearer(() => {
          throw new Error('vault down');
        }),
      kind: 'bearer',
      want: /the provider of the bearer token for security scheme "scheme1" threw/,
    },
    {
      name: 'non-Latin-1 character in a header value',
      credential: () => bearer(() => `${SECRET}✓`),
      kind: 'bearer',
      want: /outside Latin-1/,
    },
  ];
  it.each(cases)('$name', async ({ credential, kind, want }) => {
    const error = await resolveCredential(credential(), header(kind, 'Authorization', 'X ')).catch((e) => e);
    expect(error).toBeInstanceOf(CredentialError);
    expect(error.message).toMatch(want);
    expect(error.message).toContain('security scheme "scheme1"');
    expect(error.message).not.toContain(SECRET);
  });

  it('gives the provider error as the cause', async () => {
    const boom = new Error('vault down');
    const credential = apiKey(() => {
      throw boom;
    });
    const error = await resolveCredential(credential, header('apiKey', 'X-K')).catch((e) => e);
    expect(error.cause).toBe(boom);
  });
});

describe('constructors reject bad static secrets at once', () => {
  const cases: Array<{ name: string; make: () => unknown; want: string }> = [
    { name: 'empty key', make: () => apiKey(''), want: 'apiKey(key): the key is empty' },
    { name: 'CR in key', make: () => apiKey('a\rb'), want: 'apiKey(key): the key contains a CR, LF or NUL' },
    {
      name: 'number key',
      make: () => apiKey(5 as unknown as string),
      want: 'must be a string or a function',
    },
    { name: 'empty token', make: () => bearer(''), want: 'bearer(token): the token is empty' },
    {
      name: 'LF in token',
      make: () => bearer('a\nb'),
      want: 'bearer(token): the token contains a CR, LF or NUL',
    },
    { name: 'empty username', make: () => basic('', 'p'), want: 'the username is empty' },
    { name: 'NUL in password', make: () => basic('u', 'p\0'), want: 'the password contains a CR, LF or NUL' },
    { name: 'colon in username', make: () => basic('a:b', 'p'), want: 'the username contains a colon' },
    { name: 'null password', make: () => basic('u', null as unknown as string), want: 'got null' },
  ];
  it.each(cases)('$name', ({ make, want }) => {
    expect(make).toThrow(CredentialError);
    expect(make).toThrow(want);
  });
});

describe('resolveCredential rejects mismatches', () => {
  const cases: Array<{ name: string; credential: unknown; binding: unknown; want: string }> = [
    {
      name: 'wrong kind',
      credential: apiKey('k'),
      binding: header('basic', 'Authorization', 'Basic '),
      want: 'security scheme "scheme1" takes a basic credential, got apiKey',
    },
    {
      name: 'look-alike object',
      credential: { kind: 'apiKey', key: 'k' },
      binding: header('apiKey', 'X-K'),
      want: 'not a credential made by @vendor-clients/auth',
    },
    {
      name: 'binding without name',
      credential: apiKey('k'),
      binding: { scheme: 's', kind: 'apiKey', in: 'header', name: '' },
      want: 'binding for security scheme "s" has no name',
    },
    {
      name: 'binding with unknown kind',
      credential: apiKey('k'),
      binding: { scheme: 's', kind: 'magic', in: 'header', name: 'X' },
      want: 'has unknown kind "magic"',
    },
    {
      name: 'binding with unknown location',
      credential: apiKey('k'),
      binding: { scheme: 's', kind: 'apiKey', in: 'body', name: 'X' },
      want: 'has unknown in "body"',
    },
    {
      name: 'binding without scheme',
      credential: apiKey('k'),
      binding: { kind: 'apiKey', in: 'header', name: 'X' },
      want: 'resolveCredential: binding for security scheme "undefined" has no scheme name',
    },
    {
      name: 'binding with a prefix that is not a string',
      credential: apiKey('k'),
      binding: { scheme: 's', kind: 'apiKey', in: 'header', name: 'X', prefix: 1 },
      want: 'binding for security scheme "s" has a prefix that is not a string',
    },
    {
      name: 'binding that is not an object',
      credential: apiKey('k'),
      binding: 'X-K',
      want: 'resolveCredential: binding must be a SchemeBinding object',
    },
  ];
  it.each(cases)('$name', async ({ credential, binding, want }) => {
    const error = await resolveCredential(credential as Credential, binding as SchemeBinding).catch((e) => e);
    expect(error).toBeInstanceOf(CredentialError);
    expect(error.message).toContain(want);
  });
});

describe('refreshAfterUnauthorized for static kinds', () => {
  const cases: Array<{ name: string; credential: Credential }> = [
    { name: 'apiKey', credential: apiKey('k') },
    { name: 'basic', credential: basic('u', 'p') },
    { name: 'bearer', credential: bearer('t') },
    { name: 'bearer provider', credential: bearer(() => 'fresh') },
  ];
  it.each(cases)('$name gives false (no retry loop)', async ({ credential }) => {
    await expect(refreshAfterUnauthorized(credential, 'Bearer stale')).resolves.toBe(false);
  });

  it('rejects a foreign credential', async () => {
    await expect(refreshAfterUnauthorized({ kind: 'bearer' }, 'x')).rejects.toThrow(CredentialError);
  });
});

describe('credentialSource: checked once, a value per request', () => {
  const cases: Array<{ name: string; credential: Credential; binding: SchemeBinding; want: string }> = [
    {
      name: 'static basic: a plain string, no promise',
      credential: basic('user', 'pass'),
      binding: header('basic', 'Authorization', 'Basic '),
      want: 'Basic dXNlcjpwYXNz',
    },
    { name: 'static api key', credential: apiKey('k-1'), binding: header('apiKey', 'X-Key'), want: 'k-1' },
  ];
  it.each(cases)('$name', ({ credential, binding, want }) => {
    const source = credentialSource(credential, binding);
    expect(source.value()).toBe(want);
    expect(source.value()).toBe(want);
  });

  it('calls a provider for every value, and checks what it gives each time', async () => {
    const given = ['t-1', 't-2', 'bad\nvalue'];
    const source = credentialSource(
      bearer(async () => given.shift()!),
      header('bearer', 'Authorization', 'Bearer '),
    );
    await expect(source.value()).resolves.toBe('Bearer t-1');
    await expect(source.value()).resolves.toBe('Bearer t-2');
    await expect(source.value()).rejects.toThrow(
      /bearer token for security scheme "scheme1" contains a CR, LF/,
    );
  });

  it('refuses a mismatched credential when made, not per request', () => {
    expect(() => credentialSource(apiKey('k'), header('basic', 'Authorization', 'Basic '))).toThrow(
      'security scheme "scheme1" takes a basic credential, got apiKey',
    );
  });

  it('refresh gives false for kinds that cannot refresh', async () => {
    await expect(
      credentialSource(basic('u', 'p'), header('basic', 'Authorization')).refresh('x'),
    ).resolves.toBe(false);
  });
});
