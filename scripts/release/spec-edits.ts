/** Deliberate spec edits used by the release end-to-end test to simulate a vendor API change. */

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function referencedSchemaName(schema: unknown): string | null {
  if (!isRecord(schema)) return null;
  if (typeof schema.$ref === 'string') {
    const match = /^#\/components\/schemas\/(.+)$/.exec(schema.$ref);
    return match ? match[1]! : null;
  }
  return referencedSchemaName(schema.items);
}

/**
 * Removes the first property of the first component schema that an operation returns, the way a
 * vendor dropping a response field would. Returns what it removed, or null if no response schema
 * has properties.
 */
export function removeOneResponseField(spec: Json): { schema: string; field: string } | null {
  const components = isRecord(spec.components) ? spec.components : {};
  const schemas = isRecord(components.schemas) ? components.schemas : {};
  for (const item of Object.values(isRecord(spec.paths) ? spec.paths : {})) {
    for (const operation of Object.values(isRecord(item) ? item : {})) {
      if (!isRecord(operation) || !isRecord(operation.responses)) continue;
      for (const response of Object.values(operation.responses)) {
        if (!isRecord(response) || !isRecord(response.content)) continue;
        for (const media of Object.values(response.content)) {
          const name = referencedSchemaName(isRecord(media) ? media.schema : undefined);
          const schema = name ? schemas[name] : undefined;
          if (!name || !isRecord(schema) || !isRecord(schema.properties)) continue;
          const [field] = Object.keys(schema.properties);
          if (!field) continue;
          delete schema.properties[field];
          if (Array.isArray(schema.required)) schema.required = schema.required.filter((r) => r !== field);
          return { schema: name, field };
        }
      }
    }
  }
  return null;
}
