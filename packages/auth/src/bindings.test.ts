import { describe, expect, it } from 'vitest';
import { bindSecuritySchemes, type SchemeBinding } from './bindings.js';
import { CredentialError } from './errors.js';

const authorization = (scheme: string, kind: SchemeBinding['kind'], prefix: string): SchemeBinding => ({
  scheme,
  kind,
  in: 'header',
  name: 'Authorization',
  prefix,
});

describe('bindSecuritySchemes on the five vendors', () => {
  const cases: Array<{ vendor: string; given: Record<string, unknown>; want: SchemeBinding[] }> = [
    {
      vendor: 'onezone',
      given: {
        api_key1: { type: 'apiKey', in: 'header', name: 'X-Auth-Token' },
        api_key2: { type: 'apiKey', in: 'header', name: 'Authorization' },
        basic: { type: 'http', scheme: 'basic' },
      },
      want: [
        { scheme: 'api_key1', kind: 'apiKey', in: 'header', name: 'X-Auth-Token' },
        authorization('api_key2', 'bearer', 'Bearer '),
        authorization('basic', 'basic', 'Basic '),
      ],
    },
    {
      vendor: 'tiledb-cloud',
      given: {
        ApiKeyAuth: { type: 'apiKey', in: 'header', name: 'X-TILEDB-REST-API-KEY' },
        BasicAuth: { type: 'http', scheme: 'basic' },
      },
      want: [
        { scheme: 'ApiKeyAuth', kind: 'apiKey', in: 'header', name: 'X-TILEDB-REST-API-KEY' },
        authorization('BasicAuth', 'basic', 'Basic '),
      ],
    },
    {
      vendor: 'arthur',
      given: {
        OAuth2AuthorizationCode: {
          type: 'oauth2',
          flows: {
            authorizationCode: {
              authorizationUrl: 'https://auth.example.test/authorize',
              tokenUrl: 'https://auth.example.test/token',
              scopes: {},
            },
          },
        },
      },
      want: [
        {
          ...authorization('OAuth2AuthorizationCode', 'oauth2', 'Bearer '),
          tokenUrl: 'https://auth.example.test/token',
        },
        authorization('OAuth2AuthorizationCode', 'bearer', 'Bearer '),
      ],
    },
    {
      vendor: 'oauth2 flows naming two token URLs (no default)',
      given: {
        o: {
          type: 'oauth2',
          flows: {
            clientCredentials: { tokenUrl: 'https://a.example.test/token', scopes: {} },
            password: { tokenUrl: 'https://b.example.test/token', scopes: {} },
          },
        },
      },
      want: [authorization('o', 'oauth2', 'Bearer '), authorization('o', 'bearer', 'Bearer ')],
    },
    {
      vendor: 'oauth2 without flows',
      given: { o: { type: 'oauth2', flows: {} } },
      want: [authorization('o', 'oauth2', 'Bearer '), authorization('o', 'bearer', 'Bearer ')],
    },
    {
      vendor: 'kestra',
      given: { basicAuth: { type: 'http', scheme: 'basic' }, bearerAuth: { type: 'http', scheme: 'bearer' } },
      want: [authorization('basicAuth', 'basic', 'Basic '), authorization('bearerAuth', 'bearer', 'Bearer ')],
    },
    {
      vendor: 'extremecloudiq',
      given: { Bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      want: [authorization('Bearer', 'bearer', 'Bearer ')],
    },
  ];
  it.each(cases)('$vendor', ({ given, want }) => {
    expect(bindSecuritySchemes(given)).toEqual(want);
  });
});

describe('bindSecuritySchemes on other shapes', () => {
  const cases: Array<{ name: string; given: Record<string, unknown>; want: SchemeBinding[] }> = [
    {
      name: 'apiKey in query',
      given: { q: { type: 'apiKey', in: 'query', name: 'api_key' } },
      want: [{ scheme: 'q', kind: 'apiKey', in: 'query', name: 'api_key' }],
    },
    {
      name: 'apiKey in cookie',
      given: { c: { type: 'apiKey', in: 'cookie', name: 'session' } },
      want: [{ scheme: 'c', kind: 'apiKey', in: 'cookie', name: 'session' }],
    },
    {
      name: 'apiKey in lower-case authorization header',
      given: { a: { type: 'apiKey', in: 'header', name: 'authorization' } },
      want: [authorization('a', 'bearer', 'Bearer ')],
    },
    {
      name: 'http scheme names are case-insensitive',
      given: { b: { type: 'http', scheme: 'Basic' }, t: { type: 'http', scheme: 'BEARER' } },
      want: [authorization('b', 'basic', 'Basic '), authorization('t', 'bearer', 'Bearer ')],
    },
    {
      name: 'openIdConnect is fed like oauth2',
      given: { oidc: { type: 'openIdConnect', openIdConnectUrl: 'https://id.example.test/.well-known' } },
      want: [authorization('oidc', 'oauth2', 'Bearer '), authorization('oidc', 'bearer', 'Bearer ')],
    },
    {
      name: 'schemes no credential can feed get no binding',
      given: { d: { type: 'http', scheme: 'digest' }, m: { type: 'mutualTLS' } },
      want: [],
    },
    { name: 'no schemes', given: {}, want: [] },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    expect(bindSecuritySchemes(given)).toEqual(want);
  });
});

describe('bindSecuritySchemes rejects malformed schemes, naming them', () => {
  const cases: Array<{ given: unknown; want: string }> = [
    { given: null, want: 'bindSecuritySchemes: expected the components.securitySchemes object' },
    { given: [], want: 'bindSecuritySchemes: expected the components.securitySchemes object' },
    { given: { k: 'apiKey' }, want: 'security scheme "k" is not an object' },
    { given: { k: { $ref: '#/x' } }, want: 'security scheme "k" is a $ref' },
    { given: { k: { type: 'apiKey', in: 'body', name: 'x' } }, want: 'security scheme "k" has in: "body"' },
    { given: { k: { type: 'apiKey', in: 'header' } }, want: 'security scheme "k" has no name' },
    { given: { k: { type: 'http' } }, want: 'security scheme "k" has no http scheme' },
    { given: { k: { type: 'magic' } }, want: 'security scheme "k" has type "magic"' },
    { given: { k: {} }, want: 'security scheme "k" has type undefined' },
  ];
  it.each(cases)('$want', ({ given, want }) => {
    expect(() => bindSecuritySchemes(given as Record<string, unknown>)).toThrow(CredentialError);
    expect(() => bindSecuritySchemes(given as Record<string, unknown>)).toThrow(want);
  });
});
