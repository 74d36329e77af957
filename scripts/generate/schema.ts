import openapiTS, {
  astToString,
  type GlobalContext,
  type OpenAPI3,
  type OpenAPITSOptions,
  resolveRef,
  type SchemaObject,
  scanDiscriminators,
  transformSchema,
} from 'openapi-typescript';
import ts from 'typescript';
import { docText, fieldDescription } from './doc-text.js';
import { header } from './emit.js';
import type { JsonObject } from './spec.js';

// readWriteMarkers: read-only fields are not required (nor taken) in requests, in every form; see
// bodyType in emit.ts. defaultNonNullable off: a field with a default is one a request may leave out,
// and the spec does not promise a response carries it.
const options = {
  silent: true,
  readWriteMarkers: true,
  defaultNonNullable: false,
  transform: bytesType,
} satisfies OpenAPITSOptions;

/** `paths`, `components` and `operations` types of the spec (as loadSpec parsed it), by openapi-typescript. */
export async function emitSchema(doc: JsonObject, source: string): Promise<string> {
  // A copy: openObjects writes into the spec, and the caller's doc is also what its model was read from.
  const spec = structuredClone(doc) as unknown as OpenAPI3;
  openObjects(spec);
  documentFields(spec as unknown as Node);
  const ast = await schemaAst(spec);
  for (const node of ast) plainDescriptions(node);
  return `${header(source)}${astToString(ast)}`;
}

/**
 * openapi-typescript's AST of the spec (already opened by openObjects): by `openapiTS` whole when
 * `bundle` (the default for a spec with an external $ref), else by its transform alone (see contextFor).
 */
export async function schemaAst(spec: OpenAPI3, bundle = hasExternalRef(spec)): Promise<ts.Node[]> {
  return bundle ? openapiTS(spec, options) : transformSchema(spec, contextFor(spec));
}

/**
 * openapi-typescript's context for a self-contained spec: its transform without its own Redocly lint and
 * bundle pass, which on a spec of 2,000 operations cost more CPU than the transform itself and check
 * nothing readModel has not (OpenAPI 3.x, one operation per operationId, each with its file:line). The
 * bundle pass only resolves external $refs: a spec with one still goes through openapiTS whole. Every
 * option openapi-typescript defaults is written out as its default, so the output is byte-identical to
 * `openapiTS(spec, options)` (schema.test.ts compares the two).
 */
function contextFor(spec: OpenAPI3): GlobalContext {
  return {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: options.defaultNonNullable,
    discriminators: scanDiscriminators(spec, options),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    // Read only by the lint and bundle pass skipped here.
    redoc: undefined as unknown as GlobalContext['redoc'],
    silent: options.silent,
    transform: options.transform,
    transformProperty: undefined,
    resolve: ($ref) => resolveRef(spec, $ref, { silent: options.silent }),
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: options.readWriteMarkers,
  };
}

/** Whether any `$ref` of the spec points outside it (anything but `#...`). */
function hasExternalRef(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasExternalRef);
  if (!isNode(value)) return false;
  if (typeof value.$ref === 'string' && !value.$ref.startsWith('#')) return true;
  return Object.values(value).some(hasExternalRef);
}

/**
 * `format: binary` strings outside responses (upload bodies, multipart file fields, the models they use)
 * take the bytes the runtime sends (a Blob, an ArrayBuffer, a typed array) as well as a string, instead
 * of openapi-typescript's `string` alone, which would refuse a file. A JSON response has no bytes: there
 * it stays a string, and a binary success body is typed \`Blob\` by the method forms (see emit.ts).
 */
function bytesType(schema: SchemaObject, options: { path?: string }): ts.TypeNode | undefined {
  if (!('format' in schema) || schema.format !== 'binary' || options.path?.includes('/responses/')) return;
  const f = ts.factory;
  return f.createUnionTypeNode([
    ...['Blob', 'ArrayBuffer', 'ArrayBufferView'].map((name) => f.createTypeReferenceNode(name)),
    f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
  ]);
}

/**
 * Writes into the spec copy what hover should show of each field and parameter: the description with
 * its code samples and paragraphs laid out (docText) and its range in words; a parameter also gets its
 * schema's default and format, which openapi-typescript reads only from the object it documents.
 */
export function documentFields(doc: Node): void {
  const seen = new Set<Node>();
  const visitSchema = (s: unknown): void => {
    if (!isNode(s) || seen.has(s)) return;
    seen.add(s);
    const description = fieldDescription(s.description as string | undefined, s as never);
    if (description !== undefined) s.description = description;
    each(s.properties, visitSchema);
    each(s.patternProperties, visitSchema);
    each(s.$defs, visitSchema);
    for (const key of ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const) each(s[key], visitSchema);
    for (const key of ['items', 'not', 'contains', 'additionalProperties'] as const) visitSchema(s[key]);
  };
  const visitParameter = (p: unknown): void => {
    if (!isNode(p) || '$ref' in p) return;
    const schema = isNode(p.schema) ? p.schema : {};
    const description = fieldDescription(p.description as string | undefined, schema as never);
    if (description !== undefined) p.description = description;
    if (p.default === undefined && schema.default !== undefined) p.default = schema.default;
    if (p.format === undefined && typeof schema.format === 'string') p.format = schema.format;
    visitSchema(p.schema);
  };
  const components = isNode(doc.components) ? doc.components : {};
  each(components.schemas, visitSchema);
  each(components.parameters, visitParameter);
  eachPathNode(doc, (node) => {
    if (typeof node.description === 'string') node.description = docText(node.description);
    each(node.parameters, visitParameter);
    const body = isNode(node.requestBody) ? node.requestBody : {};
    each(body.content, (media) => isNode(media) && visitSchema(media.schema));
  });
}

/** Each path item of the spec and each operation (any mapping) in it. */
function eachPathNode(doc: Node, visit: (node: Node) => void): void {
  each(doc.paths, (item) => {
    if (!isNode(item)) return;
    visit(item);
    for (const op of Object.values(item)) if (isNode(op)) visit(op);
  });
}

/**
 * openapi-typescript writes a description as an \`@description\` tag, which editors show as a literal
 * tag, and indents its continuation lines by four more spaces (which would turn prose into markdown
 * code). Each comment is rewritten with the description as plain text first, the lines as written,
 * and the tags (\`@default\`, \`@deprecated\`, \`@example\`, \`@enum\`) after it.
 */
function plainDescriptions(node: ts.Node): void {
  const comments = ts.getSyntheticLeadingComments(node);
  if (comments?.length) {
    ts.setSyntheticLeadingComments(
      node,
      comments.map((c) =>
        c.kind === ts.SyntaxKind.MultiLineCommentTrivia ? { ...c, text: rewrite(c.text) } : c,
      ),
    );
  }
  ts.forEachChild(node, plainDescriptions);
}

/** One openapi-typescript JSDoc text (between \`/*\` and \`*\/\`), rewritten as plainDescriptions says. */
export function rewrite(text: string): string {
  const [head = '', ...tail] = text.split('\n');
  const lines = [head.replace(/^\*\s*/, ''), ...tail.map((l) => l.replace(/^\s*\*( |$)/, ''))];
  // Items start at an unindented line; a continuation line carries four spaces of openapi-typescript's own.
  const items: string[][] = [];
  for (const line of lines) {
    if (line.trim() === '' && items.length === 0) continue;
    if (line.startsWith('    ') && items.length) items[items.length - 1]!.push(line.slice(4));
    else if (line.trim() !== '') items.push([line.trimEnd()]);
  }
  const description: string[] = [];
  const plain: string[] = [];
  const tags: string[] = [];
  for (const item of items) {
    const [first, ...rest] = item;
    if (first!.startsWith('@description '))
      description.push([first!.slice('@description '.length), ...rest].join('\n'));
    else if (first!.startsWith('@')) tags.push([first!, ...rest.map((l) => `    ${l}`)].join('\n'));
    else plain.push(item.join('\n'));
  }
  // Paragraphs: the description, then title and format lines; tags last, each on its own line.
  const prose = [...description, ...plain].join('\n\n');
  const body = [prose, ...tags].filter((t) => t !== '').join('\n');
  if (!body.includes('\n')) return `* ${body} `;
  return `*\n${body
    .split('\n')
    .map((l) => ` *${l ? ` ${l}` : ''}`)
    .join('\n')}\n `;
}

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => !!v && typeof v === 'object' && !Array.isArray(v);
const each = (v: unknown, visit: (n: unknown) => void) => {
  if (Array.isArray(v)) v.forEach(visit);
  else if (isNode(v)) Object.values(v).forEach(visit);
};

/**
 * Whether a schema describes an object: its type is `object` (alone, or in a list such as
 * `[object, 'null']`), or it lists properties. The one test of both openObjects and the type cases, so
 * the cases put an undocumented field exactly where the generated types take one.
 */
export function isObjectSchema(s: Node): boolean {
  return s.type === 'object' || (Array.isArray(s.type) && s.type.includes('object')) || isNode(s.properties);
}

/**
 * Writes `additionalProperties: true` on every object schema of the spec that does not say otherwise.
 * JSON Schema leaves an object open unless it says `additionalProperties: false`, and no vendor doc
 * proves a model's field list complete; openapi-typescript instead closes every object (a field-less
 * one becomes `Record<string, never>`), which would reject fields the API accepts and sends. Its own
 * `additionalProperties` option opens even the objects a spec closes, so the spec's own meaning is
 * written out here instead: known fields stay typed, any other field is `unknown`, and a model an
 * overlay closes stays closed.
 */
export function openObjects(spec: OpenAPI3): void {
  const doc = spec as unknown as Node;
  const components = isNode(doc.components) ? doc.components : {};
  each(components.schemas, schema);
  each(components.parameters, parameter);
  each(components.headers, parameter);
  each(components.requestBodies, withContent);
  each(components.responses, response);
  eachPathNode(doc, (node) => {
    each(node.parameters, parameter);
    withContent(node.requestBody);
    each(node.responses, response);
  });
}

function schema(s: unknown): void {
  if (!isNode(s) || '$ref' in s) return;
  each(s.properties, schema);
  each(s.patternProperties, schema);
  each(s.$defs, schema);
  for (const key of ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const) each(s[key], schema);
  for (const key of ['items', 'not', 'contains', 'additionalProperties'] as const) schema(s[key]);
  if (isObjectSchema(s) && !('additionalProperties' in s)) s.additionalProperties = true;
}

function parameter(p: unknown): void {
  if (!isNode(p)) return;
  schema(p.schema);
  withContent(p);
}

function withContent(holder: unknown): void {
  if (isNode(holder)) each(holder.content, (media) => isNode(media) && schema(media.schema));
}

function response(r: unknown): void {
  if (!isNode(r)) return;
  withContent(r);
  each(r.headers, parameter);
}
