/**
 * Each model's schema from all the doc set says of it: its model page (generated from the vendor's
 * spec, so it wins), the JSON samples of the API page (hand-written, JSON names) and the Python
 * examples (constructor keyword arguments, attribute names). JSON names are decided here.
 */
import { DocError } from './doc-error.ts';
import type { ModelPage } from './model-page.ts';
import { mergeSchemas, modelOfRef, type Schema } from './schema.ts';
import { applyRule, pythonName, type WireNameRules } from './wire-names.ts';

/** A JSON sample's shape of one model, with where the sample is written. */
export interface SampleShape {
  schema: Schema;
  file: string;
  line: number;
}

export interface ModelEvidence {
  pages: Map<string, ModelPage>;
  /** Shapes from Python examples (attribute names); every model an API page names is a key. */
  python: Map<string, Schema | undefined>;
  samples: Map<string, SampleShape[]>;
  names?: WireNameRules;
}

export interface ModelSources {
  fromPages: number;
  fromSamplesOnly: number;
  emptyPages: number;
  shapeless: number;
  /** Property names taken as written because no sample and no overlay rule says otherwise. */
  unproven: number;
}

export interface ResolvedModels {
  schemas: Map<string, Schema | undefined>;
  sources: ModelSources;
  warnings: string[];
}

export const EMPTY_PAGE = 'Its model page lists no properties.';

const clone = <T>(v: T): T => structuredClone(v);
const where = (file: string, index: number) => `${file}:${index + 1}`;

export function resolveModels(evidence: ModelEvidence): ResolvedModels {
  const { pages, python, names } = evidence;
  const samples = new Map([...evidence.samples].map(([k, v]) => [k, [...v]]));
  distributeNested(pages, samples);
  const warnings: string[] = [];
  const sources: ModelSources = {
    fromPages: 0,
    fromSamplesOnly: 0,
    emptyPages: 0,
    shapeless: 0,
    unproven: 0,
  };
  const rule = names?.rules.properties;
  const unusedExceptions = new Map(names?.asWritten ?? []);
  const ruledIn = (model: string) => (attr: string) => {
    const key = `${model}.${attr}`;
    if (names?.asWritten.has(key)) {
      unusedExceptions.delete(key);
      return attr;
    }
    return rule ? applyRule(rule.rule, attr) : attr;
  };
  const all = new Set([...pages.keys(), ...python.keys(), ...samples.keys()]);
  const schemas = new Map<string, Schema | undefined>();

  for (const name of [...all].sort()) {
    const ruled = ruledIn(name);
    const page = pages.get(name);
    const shown = samples.get(name) ?? [];
    const pyShape = python.get(name);
    if (!page || page.empty) {
      // Only examples and samples shape it: what they show adds up.
      let schema = renamePython(pyShape, ruled);
      for (const s of shown) schema = mergeSchemas(schema, s.schema);
      if (!page) {
        if (schema?.properties && Object.keys(schema.properties).length) sources.fromSamplesOnly++;
        else if (!schema) sources.shapeless++;
        schemas.set(name, schema);
        continue;
      }
      sources.emptyPages++;
      const description = [page.schema.description, EMPTY_PAGE].filter(Boolean).join(' ');
      schemas.set(name, schema ? { ...schema, description } : { description });
      continue;
    }
    sources.fromPages++;
    const schema = clone(page.schema);
    // Attribute name -> JSON name.
    const wire = new Map<string, string>();
    for (const attr of Object.keys(schema.properties ?? {})) {
      if (page.wireNames) {
        wire.set(attr, attr);
        continue;
      }
      const sample = shown
        .flatMap((s) => Object.keys(s.schema.properties ?? {}).map((key) => ({ key, s })))
        .find(({ key }) => namesAttribute(key, attr));
      if (sample) {
        if (rule && ruled(attr) !== sample.key)
          throw new DocError(
            sample.s.file,
            sample.s.line,
            `the sample names ${name}.${attr} (${where(page.file, page.lines.get(attr)!)}) "${sample.key}", but ${names!.file}:${rule.line} says JSON names are ${rule.rule} ("${ruled(attr)}")`,
          );
        wire.set(attr, sample.key);
      } else {
        if (!rule) sources.unproven++;
        wire.set(attr, ruled(attr));
      }
    }
    if (schema.properties) {
      schema.properties = Object.fromEntries(
        Object.entries(schema.properties).map(([attr, s]) => [wire.get(attr)!, s]),
      );
      if (schema.required) schema.required = schema.required.map((a) => wire.get(a)!);
    }
    const pyRenamed = renamePython(pyShape, (p) => wire.get(p) ?? (page.wireNames ? p : ruled(p)));
    const add = (shape: Schema | undefined, from: string) => {
      if (!shape?.properties || schema.type !== 'object') return;
      schema.properties ??= {};
      for (const [key, value] of Object.entries(shape.properties)) {
        const mine = schema.properties[key];
        if (!mine) schema.properties[key] = value;
        else {
          const attr = [...wire].find(([, w]) => w === key)?.[0] ?? key;
          const conflict = typeConflict(mine, value);
          if (conflict)
            warnings.push(
              `${from}: the sample shows ${name}.${key} as ${conflict.sample}; its model page (${where(page.file, page.lines.get(attr) ?? page.index)}) says ${conflict.page}, which wins`,
            );
          else addExamples(mine, value);
        }
      }
    };
    add(pyRenamed, page.file);
    for (const s of shown) add(s.schema, `${s.file}:${s.line}`);
    schemas.set(name, schema);
  }
  for (const [entry, line] of unusedExceptions)
    throw new DocError(names!.file, line, `x-wire-names.as-written: ${entry} is no property of a model page`);
  return { schemas, sources, warnings };
}

/** A JSON key stands for an attribute when it is the attribute, or the generators make the attribute of it. */
const namesAttribute = (key: string, attr: string) => key === attr || pythonName(key) === attr;

/** Python keyword arguments renamed to JSON names, nested objects left as they are. */
function renamePython(shape: Schema | undefined, rename: (attr: string) => string): Schema | undefined {
  if (!shape?.properties) return shape;
  return {
    ...shape,
    properties: Object.fromEntries(Object.entries(shape.properties).map(([k, v]) => [rename(k), v])),
  };
}

const typeName = (s: Schema) =>
  s.$ref ? modelOfRef(s)! : Array.isArray(s.type) ? s.type.join(' or ') : (s.type ?? 'any');

/** Where a sample's type cannot be a value of the page's: numbers are numbers, any type fits `any`. */
function typeConflict(page: Schema, sample: Schema): { page: string; sample: string } | undefined {
  if (page.$ref || sample.$ref || page.type === undefined || sample.type === undefined) return undefined;
  const pageTypes = new Set(Array.isArray(page.type) ? page.type : [page.type]);
  if (pageTypes.has('number')) pageTypes.add('integer');
  const sampleTypes = Array.isArray(sample.type) ? sample.type : [sample.type];
  if (sampleTypes.every((t) => pageTypes.has(t))) return undefined;
  return { page: typeName(page), sample: typeName(sample) };
}

function addExamples(page: Schema, sample: Schema): void {
  // A reference's examples belong to the model it names (a nested sample reached it already).
  if (page.$ref) return;
  if (sample.examples?.length && !page.enum) {
    const seen = new Set((page.examples ?? []).map((e) => JSON.stringify(e)));
    const more = sample.examples.filter((e) => !seen.has(JSON.stringify(e)));
    if (more.length) page.examples = [...(page.examples ?? []), ...more];
  }
  if (page.type === 'array' && sample.type === 'array' && page.items && sample.items && !page.items.$ref)
    addExamples(page.items, sample.items);
}

/**
 * A sample of one model holds samples of the models its page nests (`$ref`, lists and maps of them):
 * hand each nested object to its own model, so its fields count there too.
 */
function distributeNested(pages: Map<string, ModelPage>, samples: Map<string, SampleShape[]>): void {
  const queue = [...samples].flatMap(([model, list]) => list.map((s) => ({ model, s, depth: 0 })));
  while (queue.length > 0) {
    const { model, s, depth } = queue.shift()!;
    const page = pages.get(model);
    if (!page?.schema.properties || depth > 8) continue;
    for (const [key, value] of Object.entries(s.schema.properties ?? {})) {
      const attr = Object.keys(page.schema.properties).find((a) => namesAttribute(key, a));
      const declared = attr ? page.schema.properties[attr]! : undefined;
      if (!declared) continue;
      const hand = (ref: Schema | undefined, nested: Schema | undefined) => {
        const target = modelOfRef(ref);
        // An object's fields count for its model; a page that lists no field takes any shape shown.
        const takesAny = pages.get(target ?? '')?.empty;
        if (!target || !nested || (!takesAny && (nested.type !== 'object' || !nested.properties))) return;
        const shape = { schema: nested, file: s.file, line: s.line };
        samples.set(target, [...(samples.get(target) ?? []), shape]);
        queue.push({ model: target, s: shape, depth: depth + 1 });
      };
      hand(declared, value);
      if (declared.type === 'array') hand(declared.items, value.items);
      if (
        typeof declared.additionalProperties === 'object' &&
        value.additionalProperties &&
        typeof value.additionalProperties === 'object'
      )
        hand(declared.additionalProperties, value.additionalProperties);
    }
  }
}
