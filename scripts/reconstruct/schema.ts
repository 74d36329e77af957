/** The JSON Schema subset the reconstructor writes, and how two inferred schemas merge. */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  description?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  enum?: unknown[];
  default?: unknown;
  examples?: unknown[];
  minimum?: number;
  maximum?: number;
  /** Object properties a value must have (no `[optional]` on a model page). */
  required?: string[];
  /** Sent by the server only (`[readonly]` on a model page). */
  readOnly?: boolean;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  not?: Schema;
}

export const refTo = (model: string): Schema => ({ $ref: `#/components/schemas/${model}` });

export function modelOfRef(schema: Schema | undefined): string | undefined {
  return schema?.$ref?.replace('#/components/schemas/', '');
}

/** Union of what two samples of the same thing show: properties add up, conflicting types widen. */
export function mergeSchemas(a: Schema | undefined, b: Schema | undefined): Schema | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a.$ref || b.$ref) return a.$ref ? a : b;
  const out: Schema = { ...a };
  if (a.type !== b.type) {
    const numeric = new Set(['integer', 'number']);
    if (numeric.has(String(a.type)) && numeric.has(String(b.type))) out.type = 'number';
    else if (a.type === undefined) out.type = b.type;
    else if (b.type !== undefined) delete out.type;
  }
  if (!out.format && b.format) out.format = b.format;
  if (a.properties || b.properties) {
    const props: Record<string, Schema> = { ...(a.properties ?? {}) };
    for (const [k, v] of Object.entries(b.properties ?? {})) props[k] = mergeSchemas(props[k], v) ?? v;
    out.properties = props;
  }
  if (a.items || b.items) out.items = mergeSchemas(a.items, b.items);
  if (typeof a.additionalProperties === 'object' || typeof b.additionalProperties === 'object') {
    const ap = mergeSchemas(
      typeof a.additionalProperties === 'object' ? a.additionalProperties : undefined,
      typeof b.additionalProperties === 'object' ? b.additionalProperties : undefined,
    );
    if (ap) out.additionalProperties = ap;
  }
  if (a.examples || b.examples) {
    const seen = new Set<string>();
    out.examples = [...(a.examples ?? []), ...(b.examples ?? [])].filter((e) => {
      const key = JSON.stringify(e);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  return out;
}
