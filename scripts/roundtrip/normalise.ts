/**
 * Differences a regenerated doc cannot help but show, whatever our spec says, each with why. A rule
 * rewrites a fact's schema (what its `type` then says is compared) or its whole value the way the
 * regenerated doc is bound to show it, or accounts for a fact only one side can have. Anything no rule
 * (and no entry of known-differences.yaml) accounts for fails.
 */
import { modelOfRef, type Schema } from '../reconstruct/schema.ts';
import type { Difference } from './diff.ts';

export type Side = 'vendor' | 'regenerated';

export interface RuleContext {
  /** The models of the spec reconstructed from the vendor's doc. */
  vendorModels: Readonly<Record<string, Schema>>;
  /** The models of the spec reconstructed from the regenerated doc. */
  regeneratedModels: Readonly<Record<string, Schema>>;
}

export interface Rule {
  id: string;
  why: string;
  /** Rewrites a fact's schema, the way the regenerated doc is bound to show it. */
  schema?(schema: Schema, side: Side, ctx: RuleContext): Schema;
  /** Rewrites a fact's whole value, for what no schema says (a response shown without its body). */
  value?(value: unknown, side: Side, d: Difference): unknown;
  /** A fact only one side can have. */
  accounts?(d: Difference, ctx: RuleContext): boolean;
}

/** `f` applied to every schema in `schema`, innermost first (items, properties, map values). */
export function mapSchema(schema: Schema, f: (s: Schema) => Schema): Schema {
  const out: Schema = { ...schema };
  if (schema.items) out.items = mapSchema(schema.items, f);
  if (schema.properties)
    out.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([k, v]) => [k, mapSchema(v, f)]),
    );
  if (typeof schema.additionalProperties === 'object')
    out.additionalProperties = mapSchema(schema.additionalProperties, f);
  return f(out);
}

/**
 * A model with no properties and no enum that is not an object: a bare type (`string`, any value).
 * Objects of unknown shape are kept by name for the generator (python-docs.ts, nameShapelessModels).
 */
function aliasOf(name: string | undefined, ctx: RuleContext): Schema | undefined {
  const schema = name === undefined ? undefined : ctx.vendorModels[name];
  if (!schema || schema.properties || schema.enum || schema.type === 'object') return undefined;
  const { description: _d, examples: _e, ...own } = schema;
  return own;
}

/** `typeMapping` and `type_mapping` -> `TypeMapping`, as openapi-generator camelizes a property name. */
const pascal = (name: string) =>
  name.replace(/(^|_)([a-z0-9])/g, (_, _sep: string, c: string) => c.toUpperCase());

/**
 * The names openapi-generator's InlineModelResolver gives the inline objects of the vendor's models:
 * `<Model><Property>` for an object (or an array of objects) written inside a property, nested ones
 * named after their inline parent (`HarvesterCreateRequestConfigTypeMapping`).
 */
function inlineModelNames(ctx: RuleContext): Set<string> {
  const names = new Set<string>();
  const visit = (schema: Schema, prefix: string) => {
    for (const [property, value] of Object.entries(schema.properties ?? {})) {
      const inline = value.type === 'array' ? value.items : value;
      if (!inline?.properties || inline.$ref) continue;
      const name = prefix + pascal(property);
      names.add(name);
      visit(inline, name);
    }
  };
  for (const [name, schema] of Object.entries(ctx.vendorModels)) visit(schema, name);
  return names;
}

const modelOfKey = (d: Difference) => (d.kind === 'model' ? d.key : d.key.split('.')[0]!);

/** `externalHelpLink` -> `external_help_link`, as openapi-generator names a Python attribute. */
export const pythonName = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();

export const normalisationRules: readonly Rule[] = [
  {
    id: 'alias-model',
    why:
      'openapi-generator (5.0 as 7.x: DefaultCodegen.unaliasSchema) writes a model with no properties and ' +
      'no enum inline, as its own type, never by name; the vendor doc could name these models because the ' +
      "vendor's spec gave them an enum its doc does not print, and ours only knows the name and the type " +
      '(objects of unknown shape are kept by name: python-docs.ts, nameShapelessModels)',
    schema: (schema, side, ctx) =>
      side === 'vendor' ? mapSchema(schema, (s) => aliasOf(modelOfRef(s), ctx) ?? s) : schema,
    accounts: (d, ctx) =>
      d.kind === 'model' && d.regenerated === undefined && aliasOf(d.key, ctx) !== undefined,
  },
  {
    id: 'inline-models',
    why:
      "openapi-generator's InlineModelResolver (5.0 as 7.x) gives an object written inside a property a " +
      'model of its own, `<Model><Property>`, and the python doc names it; the regenerated model is ' +
      "compared, field by field, with the vendor's inline object it stands for",
    schema(schema, side, ctx) {
      if (side !== 'regenerated') return schema;
      const inline = inlineModelNames(ctx);
      const expand = (s: Schema): Schema => {
        const name = modelOfRef(s);
        const model =
          name && inline.has(name) && !ctx.vendorModels[name] ? ctx.regeneratedModels[name] : undefined;
        if (!model) return s;
        const { description: _d, ...own } = model;
        return mapSchema(own, expand);
      };
      return mapSchema(schema, expand);
    },
    accounts: (d, ctx) =>
      (d.kind === 'model' || d.kind === 'field') &&
      d.vendor === undefined &&
      inlineModelNames(ctx).has(modelOfKey(d)) &&
      !ctx.vendorModels[modelOfKey(d)],
  },
  {
    id: 'python-attribute-names',
    why:
      'a python model page names a field by its Python attribute name (`type_mapping`), a JSON sample by ' +
      "its wire name (`typeMapping`): the fields of an object written inside a property come from samples in the vendor's " +
      'doc set and from the model page the generator gives that object in the regenerated one, so inside a ' +
      'type fields are compared under their Python names',
    schema: (schema) =>
      mapSchema(schema, (s) =>
        s.properties
          ? {
              ...s,
              properties: Object.fromEntries(
                Object.entries(s.properties).map(([k, v]) => [pythonName(k), v]),
              ),
            }
          : s,
      ),
  },
  {
    id: 'integer-format',
    why:
      "openapi-generator 5.0's python doc prints every integer as `int`, with no format; the 6.x " +
      'python-experimental doc the vendor published says "value must be a 32 bit integer"',
    schema: (schema) =>
      mapSchema(schema, (s) => {
        if (s.type !== 'integer' || !/^int(32|64)$/.test(s.format ?? '')) return s;
        const { format: _f, ...rest } = s;
        return rest;
      }),
  },
  {
    id: 'error-bodies',
    why:
      "openapi-generator 5.0's python doc lists response status codes without their bodies; the " +
      'reconstructor reads an error body from it only as the one model the example imports, on `default` ' +
      '(the 6.x python-experimental doc the vendor published shows a body per status)',
    value(value, side, d) {
      const status = d.key.split(' ').at(-1) ?? '';
      return side === 'vendor' && d.kind === 'response' && /^[45]\d\d$/.test(status) ? 'no body' : value;
    },
  },
];
