import { describe, expect, it } from 'vitest';
import { NO_SHAPE } from '../reconstruct/build-spec.ts';
import type { Schema } from '../reconstruct/schema.ts';
import { classify } from './classify.ts';
import type { Difference } from './diff.ts';
import { typeOf } from './facts.ts';
import type { KnownDifference } from './known-differences.ts';
import type { RuleContext } from './normalise.ts';

const ref = (model: string): Schema => ({ $ref: `#/components/schemas/${model}` });

const ctx: RuleContext = {
  vendorModels: {
    Role: { type: 'string', examples: ['admin'] },
    Sort: { description: NO_SHAPE },
    Failure: { type: 'object', description: NO_SHAPE },
    Kind: { type: 'string', enum: ['a', 'b'] },
    User: { type: 'object', properties: { userId: { type: 'string' } } },
    Harvester: {
      type: 'object',
      properties: {
        config: {
          type: 'object',
          properties: {
            helpLink: { type: 'string' },
            typeMapping: {
              type: 'array',
              items: { type: 'object', properties: { id: { type: 'integer' } } },
            },
          },
        },
      },
    },
  },
  regeneratedModels: {
    HarvesterConfig: {
      type: 'object',
      properties: {
        help_link: { type: 'string' },
        type_mapping: { type: 'array', items: ref('HarvesterConfigTypeMapping') },
      },
    },
    HarvesterConfigTypeMapping: { type: 'object', properties: { id: { type: 'integer' } } },
  },
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
/** The same for a typed fact (a field, a parameter, a body): values and schemas from the schemas. */
const typed = (fact: string, vendor?: Schema, regenerated?: Schema): Difference => ({
  ...diff(fact, vendor && { type: typeOf(vendor) }, regenerated && { type: typeOf(regenerated) }),
  ...(vendor ? { vendorSchema: vendor } : {}),
  ...(regenerated ? { regeneratedSchema: regenerated } : {}),
});
const json = 'application/json';

/** given: one difference; want: its verdict and, for a normalised one, the rules that account for it. */
const cases: Array<[name: string, given: Difference, want: string]> = [
  [
    'a scalar model written inline',
    typed('field User.role', ref('Role'), { type: 'string' }),
    'normalised alias-model',
  ],
  ['the scalar model itself, never named', diff('model Role', 'string'), 'normalised alias-model'],
  [
    'an untyped model written as any value, inside an array',
    typed('parameter GET /x query:s', { type: 'array', items: ref('Sort') }, { type: 'array', items: {} }),
    'normalised alias-model',
  ],
  [
    'an enum model is not an alias: its name must survive',
    typed('field User.kind', ref('Kind'), { type: 'string' }),
    'unexplained',
  ],
  [
    'an object of unknown shape is kept by name, so losing it is not normalised',
    diff('model Failure', 'no shape, object'),
    'unexplained',
  ],
  [
    'an inline object the generator made a model of, compared field by field',
    typed('field Harvester.config', ctx.vendorModels.Harvester!.properties!.config, ref('HarvesterConfig')),
    'normalised inline-models + python-attribute-names',
  ],
  [
    'that model, which only the regenerated doc names',
    diff('model HarvesterConfigTypeMapping', undefined, 'object'),
    'normalised inline-models',
  ],
  [
    'an inline object whose regenerated model has another field type',
    typed('field Harvester.config', ctx.vendorModels.Harvester!.properties!.config, {
      type: 'object',
      properties: { help_link: { type: 'integer' }, type_mapping: { type: 'array' } },
    }),
    'unexplained',
  ],
  [
    'a model the vendor doc does not have and no inline object explains',
    diff('model Extra', undefined, 'object'),
    'unexplained',
  ],
  [
    'an integer format the 5.0 doc cannot print',
    typed('parameter GET /x path:id', { type: 'integer', format: 'int64' }, { type: 'integer' }),
    'normalised integer-format',
  ],
  [
    'a format on a string is not an integer format',
    typed('field User.at', { type: 'string', format: 'date-time' }, { type: 'string' }),
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
    'a field only the regenerated doc has',
    typed('field User.other_id', undefined, { type: 'string' }),
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
