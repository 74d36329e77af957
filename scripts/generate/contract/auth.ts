// The auth suite each vendor package runs (src/auth.test.ts, from the template): for every security
// scheme of the vendor's spec and every credential kind that feeds it, against real servers on
// 127.0.0.1, one call sends exactly the scheme's header and no other credential; a redirect to
// another origin (a second server) receives no credential at all; a same-origin redirect keeps it;
// `<vendor>CredentialsFromEnv` builds each kind from the documented variables; where the spec has
// an OAuth2 scheme, concurrent calls share one token request and a 401 refreshes and retries once; and
// for random secrets (fast-check), what hooks and `withResponse` hand out never holds the credential.

import { join } from 'node:path';
import { inspect } from 'node:util';
import { type Credential, type CredentialKind, envVariables, type SchemeBinding } from '@vendor-clients/auth';
import type { Transport } from '@vendor-clients/runtime/node';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { vendorById } from '../../vendors.js';
import { acceptedKinds, bindingsOf, envPrefix, fromEnvName } from '../emit.js';
import { repoRoot } from '../generate.js';
import { type Operation, readModel } from '../model.js';
import { loadSpec } from '../spec.js';
import { type ContractCase, contractCase } from './cases.js';
import { instantClock, recordingHooks, spellingsOf, stringsIn } from './observe.js';
import { type Received, type RecordingServer, startRecordingServer } from './server.js';
import { transports } from './transports.js';

type Method = (input?: unknown, init?: unknown) => Promise<unknown>;
type Constructor = (...args: unknown[]) => Credential;
type Secrets = typeof SECRETS;

const SECRETS = {
  apiKey: 'matrix-api-key',
  username: 'matrix-user',
  password: 'matrix-pass',
  token: 'matrix-token',
  clientId: 'matrix-client',
  clientSecret: 'matrix-client-secret',
  accessToken: 'matrix-oauth-access',
  cookie: 'session=matrix-session',
};

/** One row of the matrix: a scheme, a credential kind that feeds it, and an operation that accepts it. */
interface Row {
  readonly scheme: string;
  readonly kind: CredentialKind;
  readonly binding: SchemeBinding;
  readonly op: Operation;
  readonly call: ContractCase;
}

/** The operation to call for a scheme: one with an alternative of that scheme alone, GET if there is one. */
function operationFor(scheme: string, operations: readonly Operation[]): Operation | undefined {
  const alone = operations.filter((op) =>
    op.security.some((alt) => Object.keys(alt).length === 1 && scheme in alt),
  );
  return alone.find((op) => op.method === 'get') ?? alone[0];
}

export function authSuite(vendorId: string, pkg: Record<string, unknown>): void {
  const vendor = vendorById(vendorId);
  const spec = loadSpec(join(repoRoot, 'specs', vendor.id, 'openapi.yaml'));
  const model = readModel(spec);
  const bindings = bindingsOf(model);
  const basePath = new URL(model.defaultBaseUrl).pathname.replace(/\/$/, '');
  const factory = pkg[vendor.factory] as (options: Record<string, unknown>) => Record<string, Method>;
  const prefix = envPrefix(vendor.factory);
  const variables = envVariables(prefix);
  // Every header that can carry a credential for this vendor; only the expected one may arrive.
  const credentialHeaders = [
    ...new Set([
      'authorization',
      'proxy-authorization',
      'cookie',
      ...bindings.filter((b) => b.in === 'header').map((b) => b.name.toLowerCase()),
    ]),
  ];

  const rows: Row[] = bindings.map((binding) => {
    const op = operationFor(binding.scheme, model.operations);
    if (!op)
      throw new Error(
        `specs/${vendor.id}/openapi.yaml: no operation accepts scheme "${binding.scheme}" alone`,
      );
    return {
      scheme: binding.scheme,
      kind: binding.kind,
      binding,
      op,
      call: contractCase(op, bindings, spec.doc),
    };
  });

  let api: RecordingServer;
  let other: RecordingServer;
  let tokens: RecordingServer;
  beforeAll(async () => {
    [api, other, tokens] = await Promise.all([
      startRecordingServer(),
      startRecordingServer(),
      startRecordingServer(),
    ]);
  });
  afterAll(async () => {
    await Promise.all([api.close(), other.close(), tokens.close()]);
  });
  beforeEach(() => {
    for (const server of [api, other, tokens]) {
      server.received.length = 0;
      server.queue.length = 0;
    }
    tokens.reply = {
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ access_token: SECRETS.accessToken, token_type: 'Bearer', expires_in: 3600 }),
    };
  });

  const construct = (name: string): Constructor => {
    const make = pkg[name];
    if (typeof make !== 'function') throw new Error(`${vendor.packageName} does not export ${name}()`);
    return make as Constructor;
  };

  function credentialOf(kind: CredentialKind, secrets: Secrets = SECRETS): Credential {
    switch (kind) {
      case 'apiKey':
        return construct('apiKey')(secrets.apiKey);
      case 'basic':
        return construct('basic')(secrets.username, secrets.password);
      case 'bearer':
        return construct('bearer')(secrets.token);
      case 'oauth2':
        return construct('oauth2')({
          tokenUrl: `${tokens.origin}/token`,
          clientId: secrets.clientId,
          clientSecret: secrets.clientSecret,
          grant: 'client_credentials',
        });
    }
  }

  /** The exact value the binding's header must carry for the credential credentialOf(kind) makes. */
  function expectedValue(binding: SchemeBinding, secrets: Secrets = SECRETS): string {
    const raw = {
      apiKey: secrets.apiKey,
      basic: Buffer.from(`${secrets.username}:${secrets.password}`).toString('base64'),
      bearer: secrets.token,
      oauth2: secrets.accessToken,
    }[binding.kind];
    return `${binding.prefix ?? ''}${raw}`;
  }

  let transport: Transport | undefined;
  function clientWith(credentials: Credential[], extra: Record<string, unknown> = {}) {
    return factory({
      baseUrl: `${api.origin}${basePath}`,
      auth: credentials,
      retry: false,
      transport,
      ...extra,
    });
  }

  /** Exactly one credential header, with exactly the expected value; nothing else that carries one. */
  function expectOnly(got: Received, binding: SchemeBinding, allowCookie = false): void {
    expect(binding.in, `${binding.scheme} is sent in a ${binding.in}`).toBe('header');
    const name = binding.name.toLowerCase();
    expect(got.headers[name], name).toBe(expectedValue(binding));
    for (const other of credentialHeaders) {
      if (other === name || (allowCookie && other === 'cookie')) continue;
      expect(got.headers[other], `${other} must not be sent for ${binding.scheme}`).toBeUndefined();
    }
  }

  function expectNoCredentials(got: Received): void {
    for (const name of credentialHeaders) expect(got.headers[name], name).toBeUndefined();
    const text = JSON.stringify(got);
    for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
    expect(text).not.toContain(Buffer.from(`${SECRETS.username}:${SECRETS.password}`).toString('base64'));
  }

  function expectTokenRequest(row: Row): void {
    if (row.kind !== 'oauth2') {
      expect(tokens.received).toHaveLength(0);
      return;
    }
    expect(tokens.received).toHaveLength(1);
    expect(tokens.received[0]!.body).toBe('grant_type=client_credentials');
  }

  describe.each(transports)('$name transport', ({ make }) => {
    beforeAll(() => {
      transport = make();
    });
    afterAll(async () => {
      await transport?.close();
    });

    describe(`${vendor.packageName} auth: every scheme x credential kind`, () => {
      it('covers every binding of the spec, and every binding has a header', () => {
        expect(rows.map((r) => `${r.scheme}:${r.kind}`)).toEqual(
          bindings.map((b) => `${b.scheme}:${b.kind}`),
        );
        expect(rows.length).toBeGreaterThan(0);
      });

      it.each(rows.map((r) => [`${r.scheme} (${r.kind})`, r] as const))(
        '%s sends exactly its header, value and prefix, and no other credential',
        async (_name, row) => {
          api.reply = row.call.reply;
          const result = await clientWith([credentialOf(row.kind)])[row.op.operationId]!(row.call.input);
          expect(result).toEqual(row.call.result);
          expect(api.received).toHaveLength(1);
          expectOnly(api.received[0]!, row.binding);
          expectTokenRequest(row);
        },
      );

      const redirects = rows.flatMap((row) =>
        [302, 307].map((status) => [`${row.scheme} (${row.kind})`, status, row] as const),
      );

      it.each(redirects)(
        '%s: a %i to another origin carries no credential, cookie or API-key header there',
        async (_name, status, row) => {
          api.queue.push({ status, location: `${other.origin}${basePath}/landing` });
          other.reply = row.call.reply;
          const client = clientWith([credentialOf(row.kind)], { headers: { cookie: SECRETS.cookie } });
          await expect(client[row.op.operationId]!(row.call.input)).resolves.toEqual(row.call.result);
          expect(api.received).toHaveLength(1);
          expectOnly(api.received[0]!, row.binding, true);
          expect(other.received).toHaveLength(1);
          expectNoCredentials(other.received[0]!);
          expectTokenRequest(row);
        },
      );

      it.each(redirects)('%s: a %i on the same origin keeps the credential', async (_name, status, row) => {
        api.queue.push({ status, location: `${api.origin}${basePath}/moved` });
        api.reply = row.call.reply;
        await expect(
          clientWith([credentialOf(row.kind)])[row.op.operationId]!(row.call.input),
        ).resolves.toEqual(row.call.result);
        expect(api.received.map((r) => r.url.split('?')[0])).toEqual([
          `${basePath}${row.call.want.url.split('?')[0]}`,
          `${basePath}/moved`,
        ]);
        for (const got of api.received) expectOnly(got, row.binding);
        expectTokenRequest(row);
      });
    });

    // Only for specs with an OAuth2 scheme (Arthur): the token cache and the 401 rule, through the client.
    const oauthRow = rows.find((r) => r.kind === 'oauth2');
    if (oauthRow) {
      describe(`${vendor.packageName} auth: OAuth2 through the client`, () => {
        const tokenReply = (token: string) => ({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: 3600 }),
        });
        const oauth = (extra: Record<string, unknown> = {}) =>
          construct('oauth2')({
            tokenUrl: `${tokens.origin}/token`,
            clientId: SECRETS.clientId,
            clientSecret: SECRETS.clientSecret,
            grant: 'client_credentials',
            ...extra,
          });
        const { op, call } = oauthRow;

        it('50 concurrent calls with an expired token cause exactly one token request', async () => {
          tokens.reply = tokenReply('fresh-token');
          api.reply = call.reply;
          const client = clientWith([oauth({ accessToken: 'expired-token', expiresAt: Date.now() - 1 })]);
          await Promise.all(Array.from({ length: 50 }, () => client[op.operationId]!(call.input)));
          expect(tokens.received).toHaveLength(1);
          expect(api.received).toHaveLength(50);
          expect(new Set(api.received.map((r) => r.headers.authorization))).toEqual(
            new Set(['Bearer fresh-token']),
          );
        });

        // The spec's flows name the token endpoint (Arthur's overlay): the package's oauth2() defaults to it.
        const specTokenUrl = oauthRow.binding.tokenUrl;
        it(`oauth2() without tokenUrl asks ${specTokenUrl ?? 'no default: the spec names no token URL'}; a tokenUrl overrides it`, async () => {
          expect(pkg.defaultTokenUrl).toBe(specTokenUrl);
          if (specTokenUrl === undefined) return;
          const asked: string[] = [];
          const fetch = async (url: string | URL) => {
            asked.push(String(url));
            return new Response(
              JSON.stringify({ access_token: 'from-spec-endpoint', token_type: 'Bearer' }),
              {
                headers: { 'content-type': 'application/json' },
              },
            );
          };
          api.reply = call.reply;
          const base = {
            clientId: SECRETS.clientId,
            clientSecret: SECRETS.clientSecret,
            grant: 'client_credentials',
            fetch,
          };
          await clientWith([construct('oauth2')(base)])[op.operationId]!(call.input);
          await clientWith([construct('oauth2')({ ...base, tokenUrl: 'https://auth.example.test/mine' })])[
            op.operationId
          ]!(call.input);
          expect(asked).toEqual([specTokenUrl, 'https://auth.example.test/mine']);
          expect(api.received.map((r) => r.headers.authorization)).toEqual([
            'Bearer from-spec-endpoint',
            'Bearer from-spec-endpoint',
          ]);
        });

        it('a 401 causes one refresh and one retry with the new token', async () => {
          tokens.queue.push(tokenReply('token-1'), tokenReply('token-2'));
          api.queue.push({ status: 401, contentType: 'application/json', body: '{"detail":"expired"}' });
          api.reply = call.reply;
          await expect(clientWith([oauth()])[op.operationId]!(call.input)).resolves.toEqual(call.result);
          expect(api.received.map((r) => r.headers.authorization)).toEqual([
            'Bearer token-1',
            'Bearer token-2',
          ]);
          expect(tokens.received).toHaveLength(2);
        });

        it('a 401 for the refreshed token too is handed back, never a loop', async () => {
          tokens.queue.push(tokenReply('token-1'), tokenReply('token-2'), tokenReply('token-3'));
          api.reply = { status: 401, contentType: 'application/json', body: '{"detail":"no"}' };
          const failure = await clientWith([oauth()])[op.operationId]!(call.input).then(
            () => undefined,
            (error: unknown) => error,
          );
          expect(failure).toBeInstanceOf(pkg.AuthenticationError as new () => Error);
          expect(api.received).toHaveLength(2);
          expect(tokens.received).toHaveLength(2);
        });
      });
    }

    describe(`${vendor.packageName} auth: hooks and withResponse never hold a credential`, () => {
      const defineHooks = pkg.defineHooks as Parameters<typeof recordingHooks>[0];
      const withResponse = pkg.withResponse as (p: Promise<unknown>) => Promise<Record<string, unknown>>;
      // Printable ASCII (what a header carries), no space at either end (HTTP trims it), long enough not
      // to turn up anywhere by chance.
      const secret = fc.stringMatching(/^[!-~][ -~]{8,30}[!-~]$/);
      const randomSecrets = fc
        .record({ user: fc.stringMatching(/^[A-Za-z0-9._-]{4,12}$/), secret, clientSecret: secret })
        .map(
          ({ user, secret, clientSecret }): Secrets => ({
            ...SECRETS,
            apiKey: secret,
            username: user,
            password: secret,
            token: secret,
            clientSecret,
            accessToken: secret,
          }),
        );

      it.each(rows.map((r) => [`${r.scheme} (${r.kind})`, r] as const))(
        '%s, random secrets, through a same-origin redirect, a retried 503 and headers echoing it',
        async (_name, row) => {
          await fc.assert(
            fc.asyncProperty(randomSecrets, async (secrets) => {
              for (const server of [api, tokens]) server.received.length = 0;
              tokens.queue = [
                {
                  status: 200,
                  contentType: 'application/json',
                  body: JSON.stringify({ access_token: secrets.accessToken, expires_in: 3600 }),
                },
              ];
              const sent = expectedValue(row.binding, secrets);
              const echo = { 'x-echo': sent, 'set-cookie': `sid=${encodeURIComponent(secrets.password)}` };
              api.queue = [
                { status: 302, location: `${api.origin}${basePath}/moved`, headers: echo },
                { status: 503, headers: echo },
              ];
              api.reply = { ...row.call.reply, headers: echo };
              const { seen, hooks } = recordingHooks(defineHooks, api.origin);
              const client = clientWith([credentialOf(row.kind, secrets)], {
                hooks,
                retry: { maxRetries: 2, retryNonIdempotent: true },
                clock: instantClock,
              });
              const { data: _data, ...meta } = await withResponse(
                client[row.op.operationId]!(row.call.input),
              );
              expect(meta.attempts).toBe(2);
              // The credential was sent, so there was something to keep out of sight.
              expect(api.received[0]!.headers[row.binding.name.toLowerCase()]).toBe(sent);
              const shown = [
                ...stringsIn([seen, meta]),
                inspect([seen, meta], { depth: 10, showHidden: true }),
              ];
              const forms = [
                ...spellingsOf(secrets.password),
                ...spellingsOf(secrets.clientSecret),
                Buffer.from(`${secrets.username}:${secrets.password}`).toString('base64'),
              ];
              for (const form of forms) {
                for (const text of shown) expect(text.includes(form), `"${form}" in ${text}`).toBe(false);
              }
            }),
            { numRuns: 8 },
          );
        },
        // Eight runs of three requests each: seconds when the machine is busy.
        120_000,
      );
    });

    describe(`${vendor.packageName} auth: ${fromEnvName(vendor.factory)}`, () => {
      const fromEnv = pkg[fromEnvName(vendor.factory)] as (env?: Record<string, string>) => Credential[];
      const envFor = (kind: CredentialKind): Record<string, string> => {
        const [first, second] = variables[kind];
        switch (kind) {
          case 'apiKey':
            return { [first!]: SECRETS.apiKey };
          case 'bearer':
            return { [first!]: SECRETS.token };
          case 'basic':
            return { [first!]: SECRETS.username, [second!]: SECRETS.password };
          case 'oauth2':
            return {
              [first!]: `${tokens.origin}/token`,
              [second!]: SECRETS.clientId,
              [variables.oauth2[2]!]: SECRETS.clientSecret,
            };
        }
      };
      const kinds = acceptedKinds(bindings);
      const kindRows = kinds.map(
        (kind) => [kind, variables[kind].join(', '), rows.find((r) => r.kind === kind)!] as const,
      );

      it('is exported', () => {
        expect(typeof fromEnv).toBe('function');
      });

      it.each(kindRows)('%s from %s is sent as its scheme says', async (kind, _names, row) => {
        const credentials = fromEnv(envFor(kind));
        expect(credentials.map((c) => c.kind)).toEqual([kind]);
        api.reply = row.call.reply;
        await clientWith(credentials)[row.op.operationId]!(row.call.input);
        expectOnly(api.received[0]!, row.binding);
        expectTokenRequest(row);
      });

      it('names the variables it reads when none is set', () => {
        const names = kinds.flatMap((k) => variables[k].filter((n) => !/_SCOPE$/.test(n)));
        let message = '';
        try {
          fromEnv({ UNRELATED: 'x' });
        } catch (error) {
          message = (error as Error).message;
        }
        expect(message).toMatch(/no credentials in the environment/);
        for (const name of names) expect(message).toContain(name);
      });

      it('ignores variables of kinds the spec does not declare', () => {
        const foreign = (['apiKey', 'basic', 'bearer', 'oauth2'] as const).filter((k) => !kinds.includes(k));
        const env = Object.assign({}, ...foreign.map(envFor)) as Record<string, string>;
        expect(Object.keys(env).length).toBeGreaterThan(0);
        expect(() => fromEnv(env)).toThrow(/no credentials in the environment/);
      });
    });
  });
}
