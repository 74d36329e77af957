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

/** given: one difference; want: its verdict and, for a normalised one, the rules that account for it. */
const cases: Array<[name: string, given: Difference, want: string]> = [
  [
    'a scalar model written inline',
    { kind: 'field', key: 'User.role', vendor: { type: 'Role' }, regenerated: { type: 'string' } },
    'normalised alias-model',
  ],
  [
    'the scalar model itself, never named',
    { kind: 'model', key: 'Role', vendor: 'string' },
    'normalised alias-model',
  ],
  [
    'an untyped model written as any value, inside an array',
    {
      kind: 'parameter',
      key: 'GET /x query:s',
      vendor: { type: 'array<Sort>' },
      regenerated: { type: 'array<any>' },
    },
    'normalised alias-model',
  ],
  [
    'an enum model is not an alias: its name must survive',
    { kind: 'field', key: 'User.kind', vendor: { type: 'Kind' }, regenerated: { type: 'string' } },
    'unexplained',
  ],
  [
    'an object of unknown shape is kept by name, so losing it is not normalised',
    { kind: 'model', key: 'Failure', vendor: 'no shape, object' },
    'unexplained',
  ],
  [
    'an integer format the 5.0 doc cannot print',
    {
      kind: 'parameter',
      key: 'GET /x path:id',
      vendor: { type: 'integer(int64)' },
      regenerated: { type: 'integer' },
    },
    'normalised integer-format',
  ],
  [
    'a format on a string is not an integer format',
    { kind: 'field', key: 'User.at', vendor: { type: 'string(date-time)' }, regenerated: { type: 'string' } },
    'unexplained',
  ],
  [
    'an error body the 5.0 doc cannot show',
    {
      kind: 'response',
      key: 'GET /x 404',
      vendor: { contentType: 'application/json', type: 'Failure' },
      regenerated: 'no body',
    },
    'normalised error-bodies',
  ],
  [
    'a success body is not an error body',
    {
      kind: 'response',
      key: 'GET /x 200',
      vendor: { contentType: 'application/json', type: 'User' },
      regenerated: 'no body',
    },
    'unexplained',
  ],
  [
    'a Python attribute name beside its wire name',
    { kind: 'field', key: 'User.user_id', regenerated: { type: 'string' } },
    'normalised python-attribute-names',
  ],
  [
    'a snake_case field with no wire-name twin',
    { kind: 'field', key: 'User.other_id', regenerated: { type: 'string' } },
    'unexplained',
  ],
  [
    'a difference listed in known-differences.yaml',
    { kind: 'scheme', key: 'key', vendor: { name: 'X-Key' }, regenerated: { name: 'key' } },
    'explained known-differences.yaml:7',
  ],
  ['an operation lost', { kind: 'operation', key: 'GET /x', vendor: { operationId: 'getX' } }, 'unexplained'],
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
