/**
 * Differences a regenerated doc cannot help but show, whatever our spec says, each with why. A rule
 * either rewrites a fact's value the way the regenerated doc is bound to show it, or accounts for a fact
 * only one side can have. Anything no rule (and no entry of known-differences.yaml) accounts for fails.
 */
import type { Schema } from '../reconstruct/schema.ts';
import type { Difference } from './diff.ts';
import { typeOf } from './facts.ts';

export interface RuleContext {
  /** The models of the spec reconstructed from the vendor's doc. */
  vendorModels: Record<string, Schema>;
  /** `Model.field` of every field the vendor side has. */
  vendorFields: ReadonlySet<string>;
}

export interface Rule {
  id: string;
  why: string;
  rewrite?(value: unknown, side: 'vendor' | 'regenerated', d: Difference, ctx: RuleContext): unknown;
  accounts?(d: Difference, ctx: RuleContext): boolean;
}

/**
 * A model with no properties and no enum that is not an object: a bare type (`string`, any value).
 * Objects of unknown shape are kept by name for the generator (python-docs.ts, nameShapelessModels).
 */
function aliasTypes(ctx: RuleContext): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const [name, schema] of Object.entries(ctx.vendorModels)) {
    if (schema.properties || schema.enum || schema.type === 'object') continue;
    const { description: _d, examples: _e, ...own } = schema;
    aliases.set(name, typeOf(own));
  }
  return aliases;
}

/** Applies `edit` to the `type` strings inside a fact's value (a response's, a parameter's, …). */
function editTypes(value: unknown, edit: (type: string) => string): unknown {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object' || !('type' in value)) return value;
  const typed = value as { type: unknown };
  return typeof typed.type === 'string' ? { ...typed, type: edit(typed.type) } : value;
}

export const normalisationRules: readonly Rule[] = [
  {
    id: 'alias-model',
    why:
      'openapi-generator (5.0 as 7.x: DefaultCodegen.unaliasSchema) writes a model with no properties and ' +
      'no enum inline, as its own type, never by name; the vendor doc could name these models because the ' +
      "vendor's spec gave them an enum its doc does not print, and ours only knows the name and the type " +
      '(objects of unknown shape are kept by name: python-docs.ts, nameShapelessModels)',
    rewrite(value, side, _d, ctx) {
      if (side !== 'vendor') return value;
      const aliases = aliasTypes(ctx);
      return editTypes(value, (type) => type.replace(/[A-Za-z_]\w*/g, (name) => aliases.get(name) ?? name));
    },
    accounts: (d, ctx) => d.kind === 'model' && d.regenerated === undefined && aliasTypes(ctx).has(d.key),
  },
  {
    id: 'integer-format',
    why:
      "openapi-generator 5.0's python doc prints every integer as `int`, with no format; the 6.x " +
      'python-experimental doc the vendor published says "value must be a 32 bit integer"',
    rewrite: (value) => editTypes(value, (type) => type.replace(/integer\(int(32|64)\)/g, 'integer')),
  },
  {
    id: 'error-bodies',
    why:
      "openapi-generator 5.0's python doc lists response status codes without their bodies; the " +
      'reconstructor reads an error body from it only as the one model the example imports, on `default` ' +
      '(the 6.x python-experimental doc the vendor published shows a body per status)',
    rewrite(value, side, d) {
      const status = d.key.split(' ').at(-1) ?? '';
      return side === 'vendor' && d.kind === 'response' && /^[45]\d\d$/.test(status) ? 'no body' : value;
    },
  },
  {
    id: 'python-attribute-names',
    why:
      'a python doc prints a field in its examples by its Python attribute name (`group_id`), while the ' +
      'JSON samples of the same doc name it as on the wire (`groupId`): both are the same field',
    accounts(d, ctx) {
      const [model, field] = d.key.split('.') as [string, string?];
      if (d.kind !== 'field' || d.vendor !== undefined || !field?.includes('_')) return false;
      return ctx.vendorFields.has(
        `${model}.${field.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())}`,
      );
    },
  },
];
