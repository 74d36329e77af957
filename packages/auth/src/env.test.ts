import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { SchemeBinding } from './bindings.js';
import type { Credential, CredentialKind } from './credential.js';
import { credentialsFromEnv, type Env, envVariables } from './env.js';
import { CredentialError } from './errors.js';
import { resolveCredential } from './resolve.js';

const binding: Record<Exclude<CredentialKind, 'oauth2'>, SchemeBinding> = {
  apiKey: { scheme: 'key', kind: 'apiKey', in: 'header', name: 'X-Auth-Token' },
  basic: { scheme: 'basic', kind: 'basic', in: 'header', name: 'Authorization', prefix: 'Basic ' },
  bearer: { scheme: 'bearer', kind: 'bearer', in: 'header', name: 'Authorization', prefix: 'Bearer ' },
};

/** What a credential shows (kind, and the grant for oauth2) or sends (static kinds). */
async function shown(credential: Credential): Promise<string> {
  if (credential.kind === 'oauth2') return JSON.stringify(credential);
  return (await resolveCredential(credential, binding[credential.kind])).value;
}

const basicValue = (user: string, pass: string) =>
  `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;

describe('credentialsFromEnv', () => {
  const cases: Array<{ name: string; prefix: string; kinds: CredentialKind[]; env: Env; want: string[] }> = [
    {
      name: 'api key',
      prefix: 'ONEZONE',
      kinds: ['apiKey', 'basic', 'bearer'],
      env: { ONEZONE_API_KEY: 'k-1' },
      want: ['k-1'],
    },
    {
      name: 'token',
      prefix: 'EXTREMECLOUDIQ',
      kinds: ['bearer'],
      env: { EXTREMECLOUDIQ_TOKEN: 'jwt.a.b' },
      want: ['Bearer jwt.a.b'],
    },
    {
      name: 'username and password',
      prefix: 'KESTRA',
      kinds: ['basic', 'bearer'],
      env: { KESTRA_USERNAME: 'ada', KESTRA_PASSWORD: 'pw:1' },
      want: [basicValue('ada', 'pw:1')],
    },
    {
      name: 'every accepted kind set, in a fixed order: api key, token, basic',
      prefix: 'ONEZONE',
      kinds: ['basic', 'bearer', 'apiKey'],
      env: { ONEZONE_USERNAME: 'u', ONEZONE_PASSWORD: 'p', ONEZONE_TOKEN: 't', ONEZONE_API_KEY: 'k' },
      want: ['k', 'Bearer t', basicValue('u', 'p')],
    },
    {
      name: 'variables of kinds the API does not accept are not read',
      prefix: 'TILEDB_CLOUD',
      kinds: ['apiKey', 'basic'],
      env: { TILEDB_CLOUD_API_KEY: 'k', TILEDB_CLOUD_TOKEN: 't' },
      want: ['k'],
    },
    {
      name: 'other prefixes are not read',
      prefix: 'KESTRA',
      kinds: ['bearer'],
      env: { KESTRA_TOKEN: 'mine', ONEZONE_TOKEN: 'not mine' },
      want: ['Bearer mine'],
    },
    {
      name: 'empty values count as unset',
      prefix: 'KESTRA',
      kinds: ['basic', 'bearer'],
      env: { KESTRA_TOKEN: 't', KESTRA_USERNAME: '', KESTRA_PASSWORD: '' },
      want: ['Bearer t'],
    },
    {
      name: 'oauth2 client credentials',
      prefix: 'ARTHUR',
      kinds: ['oauth2', 'bearer'],
      env: { ARTHUR_TOKEN_URL: 'https://auth.test/token', ARTHUR_CLIENT_ID: 'c', ARTHUR_CLIENT_SECRET: 's' },
      want: [
        '{"kind":"oauth2","grant":"client_credentials","clientId":"[redacted]","accessToken":"[redacted]"}',
      ],
    },
    {
      name: 'oauth2 refresh token',
      prefix: 'ARTHUR',
      kinds: ['oauth2', 'bearer'],
      env: { ARTHUR_TOKEN_URL: 'https://auth.test/token', ARTHUR_CLIENT_ID: 'c', ARTHUR_REFRESH_TOKEN: 'r' },
      want: ['{"kind":"oauth2","grant":"refresh_token","clientId":"[redacted]","accessToken":"[redacted]"}'],
    },
    {
      name: 'a static access token where oauth2 is accepted',
      prefix: 'ARTHUR',
      kinds: ['oauth2', 'bearer'],
      env: { ARTHUR_TOKEN: 'at-1' },
      want: ['Bearer at-1'],
    },
  ];
  it.each(cases)('$name', async ({ prefix, kinds, env, want }) => {
    const credentials = credentialsFromEnv({ prefix, kinds, env });
    expect(await Promise.all(credentials.map(shown))).toEqual(want);
  });

  const refused: Array<{ name: string; prefix: string; kinds: CredentialKind[]; env: Env; want: RegExp }> = [
    {
      name: 'nothing set names every variable it looked for',
      prefix: 'ONEZONE',
      kinds: ['apiKey', 'basic', 'bearer'],
      env: {},
      want: /^credentialsFromEnv: no credentials in the environment; set ONEZONE_API_KEY, or ONEZONE_TOKEN, or ONEZONE_USERNAME and ONEZONE_PASSWORD$/,
    },
    {
      name: 'nothing set, oauth2',
      prefix: 'ARTHUR',
      kinds: ['oauth2', 'bearer'],
      env: { ONEZONE_TOKEN: 't' },
      want: /set ARTHUR_TOKEN, or ARTHUR_TOKEN_URL, ARTHUR_CLIENT_ID and ARTHUR_REFRESH_TOKEN or ARTHUR_CLIENT_SECRET$/,
    },
    {
      name: 'username without password',
      prefix: 'KESTRA',
      kinds: ['basic'],
      env: { KESTRA_USERNAME: 'ada' },
      want: /KESTRA_USERNAME is set but KESTRA_PASSWORD is not; basic auth needs both/,
    },
    {
      name: 'password without username',
      prefix: 'KESTRA',
      kinds: ['basic'],
      env: { KESTRA_PASSWORD: 'pw' },
      want: /KESTRA_PASSWORD is set but KESTRA_USERNAME is not/,
    },
    {
      name: 'oauth2 without token URL',
      prefix: 'ARTHUR',
      kinds: ['oauth2'],
      env: { ARTHUR_CLIENT_ID: 'c', ARTHUR_CLIENT_SECRET: 's' },
      want: /oauth2 from the environment also needs ARTHUR_TOKEN_URL$/,
    },
    {
      name: 'oauth2 without a grant',
      prefix: 'ARTHUR',
      kinds: ['oauth2'],
      env: { ARTHUR_TOKEN_URL: 'https://auth.test/token', ARTHUR_CLIENT_ID: 'c' },
      want: /also needs ARTHUR_REFRESH_TOKEN or ARTHUR_CLIENT_SECRET$/,
    },
    {
      name: 'oauth2 token URL over plain http to another host',
      prefix: 'ARTHUR',
      kinds: ['oauth2'],
      env: { ARTHUR_TOKEN_URL: 'http://auth.test/token', ARTHUR_CLIENT_ID: 'c', ARTHUR_CLIENT_SECRET: 's' },
      want: /^ARTHUR_TOKEN_URL\/.*: oauth2\(options\): tokenUrl must use https/,
    },
    {
      name: 'a line break in a value names the variable',
      prefix: 'ONEZONE',
      kinds: ['apiKey'],
      env: { ONEZONE_API_KEY: 'k-1\r\nX-Evil: 1' },
      want: /^ONEZONE_API_KEY: apiKey\(key\): the key contains a CR, LF or NUL character/,
    },
    {
      name: 'a colon in the username',
      prefix: 'KESTRA',
      kinds: ['basic'],
      env: { KESTRA_USERNAME: 'a:b', KESTRA_PASSWORD: 'p' },
      want: /^KESTRA_USERNAME\/KESTRA_PASSWORD: .*contains a colon/,
    },
    {
      name: 'a prefix that is no variable name',
      prefix: 'one zone',
      kinds: ['apiKey'],
      env: {},
      want: /^credentialsFromEnv: prefix "one zone" must be upper-case letters, digits and _$/,
    },
  ];
  it.each(refused)('refuses: $name', ({ prefix, kinds, env, want }) => {
    let error: unknown;
    try {
      credentialsFromEnv({ prefix, kinds, env });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CredentialError);
    expect((error as Error).message).toMatch(want);
    for (const value of Object.values(env))
      if (value && value.length > 2) expect((error as Error).message).not.toContain(value);
  });

  it('reads process.env by default', async () => {
    const name = 'VC_AUTH_ENV_TEST_TOKEN';
    process.env[name] = 'from-process';
    try {
      const [credential] = credentialsFromEnv({ prefix: 'VC_AUTH_ENV_TEST', kinds: ['bearer'] });
      expect(await shown(credential!)).toBe('Bearer from-process');
    } finally {
      delete process.env[name];
    }
  });

  it('oauth2 from the environment asks the given token endpoint with the given client and refresh token', async () => {
    const forms: Array<{ form: string; authorization: string | undefined }> = [];
    const server = createServer((req, res) => {
      let form = '';
      req.on('data', (c: Buffer) => {
        form += c.toString();
      });
      req.on('end', () => {
        forms.push({ form, authorization: req.headers.authorization });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ access_token: 'issued-1', token_type: 'Bearer', expires_in: 60 }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const [credential] = credentialsFromEnv({
        prefix: 'ARTHUR',
        kinds: ['oauth2'],
        env: {
          ARTHUR_TOKEN_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/token`,
          ARTHUR_CLIENT_ID: 'client-1',
          ARTHUR_CLIENT_SECRET: 'secret-1',
          ARTHUR_REFRESH_TOKEN: 'refresh-1',
          ARTHUR_SCOPE: 'read write',
        },
      });
      const oauthBinding: SchemeBinding = { ...binding.bearer, kind: 'oauth2' };
      expect(await resolveCredential(credential!, oauthBinding)).toEqual({
        name: 'Authorization',
        value: 'Bearer issued-1',
      });
      expect(forms).toEqual([
        {
          form: 'grant_type=refresh_token&refresh_token=refresh-1&scope=read+write',
          authorization: `Basic ${Buffer.from('client-1:secret-1').toString('base64')}`,
        },
      ]);
    } finally {
      server.close();
    }
  });

  it('oauth2 takes the given default token endpoint when <P>_TOKEN_URL is unset, and the variable over it', async () => {
    const paths: string[] = [];
    const server = createServer((req, res) => {
      paths.push(req.url ?? '');
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ access_token: 'issued', token_type: 'Bearer', expires_in: 60 }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const client = { ARTHUR_CLIENT_ID: 'client-1', ARTHUR_CLIENT_SECRET: 'secret-1' };
      const oauthBinding: SchemeBinding = { ...binding.bearer, kind: 'oauth2' };
      for (const env of [client, { ...client, ARTHUR_TOKEN_URL: `${origin}/from-env` }]) {
        const [credential] = credentialsFromEnv({
          prefix: 'ARTHUR',
          kinds: ['oauth2'],
          env,
          tokenUrl: `${origin}/spec-default`,
        });
        await resolveCredential(credential!, oauthBinding);
      }
      expect(paths).toEqual(['/spec-default', '/from-env']);
      // The default alone is not a credential: with nothing else set, there is none.
      expect(() =>
        credentialsFromEnv({ prefix: 'ARTHUR', kinds: ['oauth2'], env: {}, tokenUrl: `${origin}/t` }),
      ).toThrow('no credentials in the environment');
    } finally {
      server.close();
    }
  });

  it('lists the variables it reads per kind', () => {
    expect(envVariables('KESTRA')).toEqual({
      apiKey: ['KESTRA_API_KEY'],
      basic: ['KESTRA_USERNAME', 'KESTRA_PASSWORD'],
      bearer: ['KESTRA_TOKEN'],
      oauth2: [
        'KESTRA_TOKEN_URL',
        'KESTRA_CLIENT_ID',
        'KESTRA_CLIENT_SECRET',
        'KESTRA_REFRESH_TOKEN',
        'KESTRA_SCOPE',
      ],
    });
  });
});
