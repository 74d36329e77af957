import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_OAUTH2_URL, toGeneratorInput } from './generator-input.ts';

const spec31 = (extra: Record<string, unknown> = {}) => ({
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {},
  components: {
    schemas: {
      Name: { type: ['string', 'null'], examples: ['ada'] },
    },
    ...extra,
  },
});

/** given: a spec; want: [path into the converted spec, value] pairs, and the notes. */
const cases: Array<
  [name: string, given: Record<string, unknown>, want: Array<[string[], unknown]>, notes: RegExp[]]
> = [
  [
    '3.1 -> 3.0.3 by the library: type arrays become nullable, examples become example',
    spec31(),
    [
      [['openapi'], '3.0.3'],
      [['components', 'schemas', 'Name'], { type: 'string', nullable: true, example: 'ada' }],
    ],
    [],
  ],
  [
    'an oauth2 scheme with no flows gets the flow its description names, at a placeholder URL',
    spec31({
      securitySchemes: {
        OAuth2ClientCredentials: {
          type: 'oauth2',
          description: 'OAuth 2.0, clientCredentials flow (its URLs are not in the docs).',
          flows: {},
        },
      },
    }),
    [
      [
        ['components', 'securitySchemes', 'OAuth2ClientCredentials', 'flows'],
        { clientCredentials: { tokenUrl: `${PLACEHOLDER_OAUTH2_URL}/token`, scopes: {} } },
      ],
    ],
    [/oauth2 scheme "OAuth2ClientCredentials" names no flow URLs: .*placeholder clientCredentials flow/],
  ],
  [
    'an oauth2 scheme whose description names no flow gets authorizationCode',
    spec31({ securitySchemes: { Auth: { type: 'oauth2', flows: {} } } }),
    [
      [
        ['components', 'securitySchemes', 'Auth', 'flows', 'authorizationCode'],
        {
          authorizationUrl: `${PLACEHOLDER_OAUTH2_URL}/authorize`,
          tokenUrl: `${PLACEHOLDER_OAUTH2_URL}/token`,
          scopes: {},
        },
      ],
    ],
    [/placeholder authorizationCode flow/],
  ],
  [
    'a 3.0 spec is copied as it is',
    { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {} },
    [[['openapi'], '3.0.3']],
    [],
  ],
];

const at = (root: unknown, keys: string[]) =>
  keys.reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], root);

describe('toGeneratorInput', () => {
  it.each(cases)('%s', (_name, given, want, notes) => {
    const before = structuredClone(given);
    const { spec, notes: got } = toGeneratorInput(given);
    for (const [keys, value] of want) expect(at(spec, keys), keys.join(' > ')).toEqual(value);
    expect(got).toHaveLength(notes.length);
    for (const [i, note] of notes.entries()) expect(got[i]).toMatch(note);
    expect(given, 'the spec passed in is left as it was').toEqual(before);
  });

  it('refuses what is not OpenAPI 3.0 or 3.1, naming the version', () => {
    expect(() => toGeneratorInput({ swagger: '2.0' })).toThrow(
      /must be OpenAPI 3.0 or 3.1, this one says openapi: ""/,
    );
    expect(() => toGeneratorInput({ openapi: '4.0.0' })).toThrow(/openapi: "4.0.0"/);
  });
});
