/** Parses an OpenAPI document from YAML text; errors name the file and line. */
import { parseDocument } from 'yaml';

export function parseSpec(text: string, where: string): Record<string, unknown> {
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const [error] = document.errors;
  if (error) {
    const line = error.linePos?.[0];
    const position = line ? `${where}:${line.line}:${line.col}` : where;
    throw new Error(`${position}: invalid YAML: ${error.message.split('\n')[0]}`);
  }
  const value: unknown = document.toJS({ maxAliasCount: 1000 });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(
      `${where}:1: expected an OpenAPI document (a mapping), got ${Array.isArray(value) ? 'a list' : typeof value}`,
    );
  }
  const spec = value as Record<string, unknown>;
  if (typeof spec.openapi !== 'string' || !spec.openapi.startsWith('3.')) {
    throw new Error(`${where}:1: expected "openapi: 3.x" at the top, got ${JSON.stringify(spec.openapi)}`);
  }
  return spec;
}
