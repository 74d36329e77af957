import { describe, expect, it } from 'vitest';
import { NO_SHAPE } from '../reconstruct/build-spec.ts';
import { classify } from './classify.ts';
import type { Difference } from './diff.ts';
import type { KnownDifference } from './known-differences.ts';
import type { RuleContext } from './normalise.ts';

const ctx: RuleContext = {
  vendorModels: {
    Role: { type: 'string', examples: ['admin'] },
    Sort: { description: NO_SHAPE },
    Failure: { type: 'object', description: NO_SHAPE },
    Kind: { type: 'string', enum: ['a', 'b'] },
    User: { type: 'object', properties: { userId: { type: 'string' } } },
  },
  vendorFields: new Set(['User.userId']),
};

const known: KnownDifference = {
  vendor: 'v',
  fact: 'scheme key',
  reason: 'the 5.0 doc names the key by its scheme',
  line: 7,
};

/** A difference from `<kind> <key>` as the round trip prints it, and the two sides' values. */
const diff = (fact: string, vendor?: unknown, regenerated?: unknown): Difference => {
  const [kind, ...key] = fact.split(' ');
  return { kind: kind as Difference['kind'], key: key.join(' '), vendor, regenerated };
};
const json = 'application/json';

/** given: one difference; want: its verdict and, for a normalised one, the rules that account for it. */
const cases: Array<[name: string, given: Difference, want: string]> = [
  [
    'a scalar model written inline',
    diff('field User.role', { type: 'Role' }, { type: 'string' }),
    'normalised alias-model',
  ],
  ['the scalar model itself, never named', diff('model Role', 'string'), 'normalised alias-model'],
  [
    'an untyped model written as any value, inside an array',
    diff('parameter GET /x query:s', { type: 'array<Sort>' }, { type: 'array<any>' }),
    'normalised alias-model',
  ],
  [
    'an enum model is not an alias: its name must survive',
    diff('field User.kind', { type: 'Kind' }, { type: 'string' }),
    'unexplained',
  ],
  [
    'an object of unknown shape is kept by name, so losing it is not normalised',
    diff('model Failure', 'no shape, object'),
    'unexplained',
  ],
  [
    'an integer format the 5.0 doc cannot print',
    diff('parameter GET /x path:id', { type: 'integer(int64)' }, { type: 'integer' }),
    'normalised integer-format',
  ],
  [
    'a format on a string is not an integer format',
    diff('field User.at', { type: 'string(date-time)' }, { type: 'string' }),
    'unexplained',
  ],
  [
    'an error body the 5.0 doc cannot show',
    diff('response GET /x 404', { contentType: json, type: 'Failure' }, 'no body'),
    'normalised error-bodies',
  ],
  [
    'a success body is not an error body',
    diff('response GET /x 200', { contentType: json, type: 'User' }, 'no body'),
    'unexplained',
  ],
  [
    'a Python attribute name beside its wire name',
    diff('field User.user_id', undefined, { type: 'string' }),
    'normalised python-attribute-names',
  ],
  [
    'a snake_case field with no wire-name twin',
    diff('field User.other_id', undefined, { type: 'string' }),
    'unexplained',
  ],
  [
    'a difference listed in known-differences.yaml',
    diff('scheme key', { name: 'X-Key' }, { name: 'key' }),
    'explained known-differences.yaml:7',
  ],
  ['an operation lost', diff('operation GET /x', { operationId: 'getX' }), 'unexplained'],
];

describe('classify', () => {
  it.each(cases)('%s', (_name, given, want) => {
    const { classified } = classify([given], ctx, [known]);
    const [d] = classified;
    const got =
      d?.verdict === 'normalised'
        ? `normalised ${d.rules.join(' + ')}`
        : d?.verdict === 'explained'
          ? `explained known-differences.yaml:${d.entry.line}`
          : d?.verdict;
    expect(got).toBe(want);
  });

  it('reports an entry of known-differences.yaml that matches no difference as unused (stale)', () => {
    expect(classify([], ctx, [known]).unused).toEqual([known]);
  });
});
