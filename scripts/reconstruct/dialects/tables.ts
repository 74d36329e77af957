/**
 * The layout swagger-codegen and openapi-generator's classic and pydantic pages share: a
 * "Name | Type | Description | Notes" parameter table, a return type, and (openapi-generator only) a
 * response table with the status codes.
 */
import { type DocLines, decodeEntities, readTable } from '../doc-lines.ts';
import type { DocParameter, DocRequestBody, DocResponse } from '../doc-model.ts';
import { typeCellText } from '../python-types.ts';
import type { ModelSink } from '../samples.ts';
import { refTo, type Schema } from '../schema.ts';
import type { OperationDetails, OperationSection, TypeOf } from './operation.ts';

/** One operation's parameters, body and responses; `statusCodes` says whether the page lists them. */
export function readTableOperation(o: OperationSection, statusCodes: boolean): OperationDetails {
  const { doc, where } = o;
  const returnAt = o.need(/^### Return type$/, '### Return type');
  const { parameters, requestBody } = readParameterTable(
    doc,
    o.parametersAt,
    returnAt,
    o.path,
    o.headers.contentType,
    where,
    o.typeOf,
  );
  const contentTypes = mediaTypes(o.headers.accept) ?? ['application/json'];
  // swagger-codegen prints a file response (`image/png`, say) as `void`: its Accept list still says
  // the body comes in a binary media type.
  const returnSchema =
    readReturnType(doc, returnAt, o.authorizationAt, where, o.typeOf) ??
    (o.headers.accept && contentTypes.every(isBinaryMedia)
      ? { type: 'string', format: 'binary' }
      : undefined);
  if (!statusCodes) {
    // No status codes: a typed body is the generator's 200; an empty one is any 2xx.
    const responses: DocResponse[] = [
      returnSchema
        ? { status: '200', description: 'Successful response', contentTypes, schema: returnSchema }
        : { status: '2XX', description: 'Successful response (the docs give no status code)' },
    ];
    return { parameters, ...(requestBody ? { requestBody } : {}), responses };
  }
  const errorModels = unusedImports(o.code, o.models, returnSchema, requestBody?.schema, parameters);
  for (const m of errorModels) if (!o.models.has(m)) o.models.set(m, undefined);
  const responses = readResponseTable(
    doc,
    o.authorizationAt,
    o.end,
    where,
    returnSchema,
    contentTypes,
    errorModels,
  );
  return { parameters, ...(requestBody ? { requestBody } : {}), responses };
}

/** A media type whose body is bytes, not text: images, audio, video, archives, octet streams. */
const isBinaryMedia = (type: string) =>
  /^(image|audio|video)\/|^application\/(octet-stream|pdf|zip|gzip|x-tar)$/.test(type);

/** `application/json, application/x-yaml`: each media type of a Content-Type or Accept list. */
export const mediaTypes = (list: string | undefined): string[] | undefined => {
  const types = list
    ?.split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  return types?.length ? types : undefined;
};

function readReturnType(
  doc: DocLines,
  at: number,
  until: number,
  where: string,
  typeOf: TypeOf,
): Schema | undefined {
  const line = doc.find(/\S/, at + 1, until);
  if (line < 0) throw doc.error(at, `${where}: empty "### Return type"`);
  const text = doc.at(line).trim();
  if (/^void\b/.test(text)) return undefined;
  const type = typeCellText(text);
  if (!type) throw doc.error(line, `${where}: unreadable return type "${text}"`);
  return typeOf(type, line);
}

/** Models an example imports that are neither returned, sent nor nested: the error body (openapi-generator 5.x). */
function unusedImports(
  code: string,
  models: ModelSink,
  ...used: Array<Schema | undefined | DocParameter[]>
): string[] {
  const imported = [...code.matchAll(/^from [\w.]+\.models?\.\w+ import (\w+)$/gm)].map((m) => m[1]!);
  const usedText = JSON.stringify(used);
  const nested = JSON.stringify([...models.values()]);
  return imported.filter((m) => !usedText.includes(`/${m}"`) && !nested.includes(`/${m}"`));
}

/** The names openapi-generator and swagger-codegen give a body that is not a model. */
const bodyNames = ['body', 'request_body'];
const formTypes = ['multipart/form-data', 'application/x-www-form-urlencoded'];

const isStructured = (s: Schema): boolean =>
  Boolean(s.$ref) || s.type === 'object' || (s.type === 'array' && Boolean(s.items?.$ref));

export function readParameterTable(
  doc: DocLines,
  at: number,
  until: number,
  path: string,
  contentType: string | undefined,
  where: string,
  typeOf: TypeOf,
): { parameters: DocParameter[]; requestBody?: DocRequestBody } {
  if (doc.find(/^This endpoint does not need any parameter\.$/, at, until) >= 0) return { parameters: [] };
  const rows = readTable(doc, at, until, /^Name \| Type \| Description +\| Notes/, `${where}: parameters`);
  const parameters: DocParameter[] = [];
  let requestBody: DocRequestBody | undefined;
  const read = rows.map(({ cells, index }) => {
    const [nameCell, typeCell, descCell, notes = ''] = cells as [string, string, string, string?];
    const name = /^\*\*(\w+)\*\*$/.exec(nameCell)?.[1];
    const typeText = typeCellText(typeCell);
    if (!name || !typeText)
      throw doc.error(index, `${where}: parameter row is not "**name** | **type** | description | notes"`);
    const schema = typeOf(typeText, index);
    const defaultValue = readDefault(notes);
    if (defaultValue !== undefined) schema.default = defaultValue;
    const description = decodeEntities(descCell).trim() || undefined;
    return { name, schema, required: !/\[optional\]/.test(notes), ...(description ? { description } : {}) };
  });
  const types = mediaTypes(contentType);
  const pathName = (name: string) => pathTemplateName(path, name);
  const sent = read.filter((p) => !pathName(p.name));
  // The generator prints the Content-Type header as a parameter too; the body's content types say it.
  const header = (p: (typeof read)[number]) =>
    p.name === 'content_type' && types?.includes(String(p.schema.default ?? types[0]));
  const form = types?.some((t) => formTypes.includes(t)) ?? false;
  // A form (multipart, url-encoded) is every argument that is not in the path, each a field of it.
  // Otherwise the body is the argument the generator names `body`/`request_body`, else the first
  // structured one (a model, a list, a map), a required one before an optional one: query
  // parameters that come after it stay query parameters.
  const fields = form ? sent.filter((p) => !header(p)) : [];
  const bodyParam = !types
    ? undefined
    : form
      ? undefined
      : (sent.find((p) => bodyNames.includes(p.name)) ??
        sent.find((p) => p.required && isStructured(p.schema)) ??
        sent.find((p) => isStructured(p.schema)));
  for (const p of read) {
    const { name, ...param } = p;
    const templateName = pathName(name);
    if (templateName) parameters.push({ name: templateName, in: 'path', ...param, required: true });
    else if (p !== bodyParam && !header(p) && !fields.includes(p))
      parameters.push({ name, in: 'query', ...param });
  }
  if (types && bodyParam) {
    const { name: _, ...param } = bodyParam;
    requestBody = { ...param, content: types.map((type) => ({ type, schema: param.schema })) };
  } else if (types && fields.length > 0) {
    const schema: Schema = {
      type: 'object',
      properties: Object.fromEntries(
        fields.map((f) => [f.name, f.description ? { ...f.schema, description: f.description } : f.schema]),
      ),
    };
    const required = fields.filter((f) => f.required).map((f) => f.name);
    if (required.length) schema.required = required;
    requestBody = {
      required: required.length > 0,
      schema,
      content: types.map((type) => ({ type, schema })),
    };
  }
  for (const name of path.matchAll(/\{(\w+)\}/g)) {
    if (!parameters.some((p) => p.in === 'path' && p.name === name[1])) {
      throw doc.error(at, `${where}: path parameter "${name[1]}" of ${path} is not in the parameter table`);
    }
  }
  return { parameters, ...(requestBody ? { requestBody } : {}) };
}

/** The `{name}` in the path template a Python argument stands for (`token_id` is `{tokenId}`). */
export function pathTemplateName(path: string, pythonName: string): string | undefined {
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return names.find((t) => t === pythonName || snake(t) === pythonName);
}

/**
 * `[default to 1]`, `[default to &quot;x&quot;]`, `[default to [&quot;a&quot;,&quot;b&quot;]]`; and as
 * openapi-generator 5.x words it: `defaults to 1` (required), `[optional] if omitted the server will use
 * the default value of 10` (optional).
 */
export function readDefault(notes: string): unknown {
  // 5.x prints a scalar model's enum after its default, in the same cell.
  const text = decodeEntities(notes)
    .replace(/,?\s*must be one of \[.*?\]/, '')
    .trim();
  const m =
    /\[default to (.*)\]$/.exec(text) ??
    /(?:^|\s)defaults to (.+)$/.exec(text) ??
    /if omitted the server will use the default value of (.+)$/.exec(text);
  if (!m) return undefined;
  const value = m[1]!.trim();
  try {
    return JSON.parse(value);
  } catch {
    if (/^'.*'$/.test(value)) return value.slice(1, -1);
    if (value === 'True' || value === 'False') return value === 'True';
    return value;
  }
}

export function readResponseTable(
  doc: DocLines,
  from: number,
  end: number,
  where: string,
  returnSchema: Schema | undefined,
  contentTypes: string[],
  errorModels: string[],
): DocResponse[] {
  const at = doc.find(/^### HTTP response details$/, from, end);
  if (at < 0)
    throw doc.error(
      from,
      `${where}: section ends before "### HTTP response details" (is the doc truncated?)`,
    );
  const rows = readTable(
    doc,
    at,
    end,
    /^\|? ?Status code \| Description \| Response headers( \|)?$/,
    `${where}: responses`,
  );
  if (rows.length === 0) throw doc.error(at, `${where}: response table has no rows`);
  let typed = false;
  return rows.map(({ cells, index }) => {
    // A status range (`2XX`) is printed as is: a spec reconstructed from a swagger-codegen doc, which
    // lists no codes, says 2XX, and a doc regenerated from it shows that range.
    const code = /^\*\*(\d{1,3}|[1-5]XX|default)\*\*$/.exec(cells[0]!)?.[1];
    if (!code) throw doc.error(index, `${where}: response row does not start with **status**`);
    const status = code === '0' ? 'default' : code;
    const description = decodeEntities(cells[1]!).trim();
    const response: DocResponse = { status, description };
    if (/^2/.test(status) && returnSchema && !typed) {
      typed = true;
      return { ...response, contentTypes, schema: returnSchema };
    }
    if (status === 'default' && errorModels.length === 1) {
      return { ...response, contentTypes, schema: refTo(errorModels[0]!) };
    }
    return response;
  });
}
