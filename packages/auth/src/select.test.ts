import { describe, expect, it } from 'vitest';
import { bindSecuritySchemes } from './bindings.js';
import { apiKey, basic, bearer, type Credential } from './credential.js';
import { CredentialError } from './errors.js';
import { oauth2 } from './oauth2.js';
import { type SecurityRequirement, selectSecurity } from './select.js';

const onezone = bindSecuritySchemes({
  api_key1: { type: 'apiKey', in: 'header', name: 'X-Auth-Token' },
  api_key2: { type: 'apiKey', in: 'header', name: 'Authorization' },
  basic: { type: 'http', scheme: 'basic' },
});
const arthur = bindSecuritySchemes({ OAuth2AuthorizationCode: { type: 'oauth2', flows: {} } });

const key = apiKey('k');
const token = bearer('t');
const login = basic('u', 'p');
const oauth = oauth2({
  tokenUrl: 'https://auth.example.test/token',
  clientId: 'c',
  grant: 'client_credentials',
});

const ONEZONE_ANY: SecurityRequirement[] = [{ api_key1: [] }, { api_key2: [] }, { basic: [] }];

describe('selectSecurity', () => {
  const cases: Array<{
    name: string;
    security: SecurityRequirement[] | undefined;
    bindings: typeof onezone;
    credentials: Credential[];
    want: Array<[scheme: string, credential: Credential]> | null;
  }> = [
    {
      name: 'no security: nothing needed',
      security: undefined,
      bindings: onezone,
      credentials: [],
      want: [],
    },
    { name: 'empty security: nothing needed', security: [], bindings: onezone, credentials: [key], want: [] },
    {
      name: 'first alternative wins when satisfiable',
      security: ONEZONE_ANY,
      bindings: onezone,
      credentials: [login, key],
      want: [['api_key1', key]],
    },
    {
      name: 'later alternative when earlier ones lack a credential',
      security: ONEZONE_ANY,
      bindings: onezone,
      credentials: [login],
      want: [['basic', login]],
    },
    {
      name: 'apiKey in Authorization takes a bearer credential',
      security: ONEZONE_ANY,
      bindings: onezone,
      credentials: [token],
      want: [['api_key2', token]],
    },
    {
      name: 'no alternative satisfiable',
      security: [{ api_key1: [] }],
      bindings: onezone,
      credentials: [login],
      want: null,
    },
    {
      name: 'optional auth ({} alternative) with no credential',
      security: [{ api_key1: [] }, {}],
      bindings: onezone,
      credentials: [],
      want: [],
    },
    {
      name: 'optional auth still sends a credential it has',
      security: [{ api_key1: [] }, {}],
      bindings: onezone,
      credentials: [key],
      want: [['api_key1', key]],
    },
    {
      name: '{} first means no auth even with credentials',
      security: [{}, { api_key1: [] }],
      bindings: onezone,
      credentials: [key],
      want: [],
    },
    {
      name: 'an alternative needing two schemes needs both',
      security: [{ api_key1: [], basic: [] }, { basic: [] }],
      bindings: onezone,
      credentials: [login],
      want: [['basic', login]],
    },
    {
      name: 'an alternative needing two schemes, both present',
      security: [{ api_key1: [], basic: [] }],
      bindings: onezone,
      credentials: [login, key],
      want: [
        ['api_key1', key],
        ['basic', login],
      ],
    },
    {
      name: 'unknown scheme is unsatisfiable',
      security: [{ nope: [] }],
      bindings: onezone,
      credentials: [key, login, token],
      want: null,
    },
    {
      name: 'oauth2 scheme prefers an oauth2 credential',
      security: [{ OAuth2AuthorizationCode: ['read'] }],
      bindings: arthur,
      credentials: [token, oauth],
      want: [['OAuth2AuthorizationCode', oauth]],
    },
    {
      name: 'oauth2 scheme takes a static bearer token',
      security: [{ OAuth2AuthorizationCode: ['read'] }],
      bindings: arthur,
      credentials: [token],
      want: [['OAuth2AuthorizationCode', token]],
    },
  ];
  it.each(cases)('$name', ({ security, bindings, credentials, want }) => {
    const got = selectSecurity(security, bindings, credentials);
    expect(got?.map(({ binding, credential }) => [binding.scheme, credential]) ?? null).toEqual(want);
    for (const pair of got ?? []) expect(pair.binding.kind).toBe(pair.credential.kind);
  });

  it('rejects a security that is not an array', () => {
    expect(() => selectSecurity({ a: [] } as unknown as SecurityRequirement[], onezone, [key])).toThrow(
      CredentialError,
    );
  });
});
