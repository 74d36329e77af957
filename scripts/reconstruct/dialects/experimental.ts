/** python-experimental docs: `path_params`/`query_params` dicts with `SchemaFor…` and `…Schema` sections. */
import { type DocLines, decodeEntities, readTable } from '../doc-lines.ts';
import type { DocParameter, DocRequestBody, DocResponse, ParamLocation } from '../doc-model.ts';
import { typeCellText } from '../python-types.ts';
import type { Schema } from '../schema.ts';

type TypeOf = (text: string, at: number) => Schema;

const groups: Record<string, ParamLocation> = {
  path_params: 'path',
  query_params: 'query',
  header_params: 'header',
  cookie_params: 'cookie',
};

export function readExperimentalParameters(
  doc: DocLines,
  at: number,
  end: number,
  path: string,
  where: string,
  typeOf: TypeOf,
): { parameters: DocParameter[]; requestBody?: DocRequestBody } {
  const stop = doc.find(/^### Return Types, Responses$/, at, end);
  if (stop < 0)
    throw doc.error(
      at,
      `${where}: section ends before "### Return Types, Responses" (is the doc truncated?)`,
    );
  if (doc.find(/^This endpoint does not need any parameter\.$/, at, stop) >= 0) return { parameters: [] };
  const top = readTable(doc, at, stop, /^Name \| Type \| Description +\| Notes$/, `${where}: parameters`);
  const parameters: DocParameter[] = [];
  let requestBody: DocRequestBody | undefined;
  const contentTypeRow = top.find((r) => r.cells[0] === 'content_type');
  const contentType = /default is '([^']+)'/.exec(contentTypeRow?.cells[2] ?? '')?.[1];
  for (const { cells, index } of top) {
    const [name, type, notes] = cells as [string, string, string];
    if (name === 'body') {
      const schemaName = /SchemaForRequestBody(\w+)/.exec(type)?.[1];
      if (!schemaName) throw doc.error(index, `${where}: body row names no SchemaForRequestBody…`);
      const section = doc.find(new RegExp(`^# SchemaForRequestBody${schemaName}$`), index, stop);
      if (section < 0) throw doc.error(index, `${where}: no "# SchemaForRequestBody${schemaName}" section`);
      requestBody = {
        required: /^required/.test(notes.trim()),
        contentType: contentType ?? contentTypeFromName(schemaName),
        schema: readSchemaSection(doc, section, stop, where, typeOf),
      };
    } else if (groups[name]) {
      const location = groups[name];
      const heading = doc.find(new RegExp(`^### ${name}$`), index, stop);
      if (heading < 0) throw doc.error(index, `${where}: no "### ${name}" section`);
      const rows = readTable(
        doc,
        heading,
        stop,
        /^Name \| Type \| Description +\| Notes$/,
        `${where}: ${name}`,
      );
      for (const row of rows) {
        const [pname, ptype, pdesc, pnotes = ''] = row.cells as [string, string, string, string?];
        const schemaAt = doc.find(new RegExp(`^# ${escapeRegExp(ptype)}$`), row.index, stop);
        if (schemaAt < 0)
          throw doc.error(row.index, `${where}: parameter "${pname}": no "# ${ptype}" section`);
        const schema = readSchemaSection(doc, schemaAt, stop, where, typeOf);
        const description = decodeEntities(pdesc).trim() || undefined;
        const required = location === 'path' || !/optional/.test(pnotes);
        parameters.push({
          name: pname,
          in: location,
          required,
          schema,
          ...(description ? { description } : {}),
        });
      }
    }
  }
  for (const name of path.matchAll(/\{(\w+)\}/g)) {
    if (!parameters.some((p) => p.in === 'path' && p.name === name[1])) {
      throw doc.error(at, `${where}: path parameter "${name[1]}" of ${path} is not in path_params`);
    }
  }
  return { parameters, ...(requestBody ? { requestBody } : {}) };
}

export function readExperimentalResponses(
  doc: DocLines,
  start: number,
  end: number,
  where: string,
  typeOf: TypeOf,
): DocResponse[] {
  const at = doc.find(/^### Return Types, Responses$/, start, end);
  if (at < 0)
    throw doc.error(
      start,
      `${where}: section ends before "### Return Types, Responses" (is the doc truncated?)`,
    );
  const rows = readTable(doc, at, end, /^Code \| Class \| Description$/, `${where}: responses`);
  const responses: DocResponse[] = [];
  for (const { cells, index } of rows) {
    const [code, klass, description] = cells as [string, string, string];
    if (code === 'n/a') continue;
    if (!/^(\d{3}|default)$/.test(code))
      throw doc.error(index, `${where}: response code "${code}" is not a status`);
    const className = /\[(ApiResponseFor\w+)\]/.exec(klass)?.[1];
    if (!className) throw doc.error(index, `${where}: response ${code} names no ApiResponseFor… class`);
    const detail = doc.find(new RegExp(`^#### \\w+\\.${className}$`), index, end);
    if (detail < 0) throw doc.error(index, `${where}: no "#### ….${className}" section`);
    const fields = readTable(
      doc,
      detail,
      end,
      /^Name \| Type \| Description +\| Notes$/,
      `${where}: ${className}`,
    );
    const body = fields.find((f) => f.cells[0] === 'body');
    const response: DocResponse = { status: code, description: decodeEntities(description).trim() };
    const bodySchema = body && /SchemaFor\w+ResponseBody(\w+)/.exec(body.cells[1]!);
    if (body && bodySchema) {
      const section = doc.find(
        new RegExp(`^# SchemaFor${code === 'default' ? 'Default' : code}ResponseBody${bodySchema[1]}$`),
        body.index,
        end,
      );
      if (section < 0) throw doc.error(body.index, `${where}: no schema section for response ${code}`);
      response.contentType = contentTypeFromName(bodySchema[1]!);
      response.schema = readSchemaSection(doc, section, end, where, typeOf);
    }
    responses.push(response);
  }
  if (responses.length === 0) throw doc.error(at, `${where}: response table has no status codes`);
  return responses;
}

/**
 * A `# SomeSchema` section: either a `Type | Description | Notes` table naming a model, or
 * `## Model Type Info` with the accepted Python input types and notes (format, default, enum).
 */
function readSchemaSection(doc: DocLines, at: number, end: number, where: string, typeOf: TypeOf): Schema {
  const next = doc.find(/^#{1,4} /, at + 1, end);
  const info = doc.find(/^## Model Type Info$/, at + 1, next < 0 ? end : next + 1);
  if (info < 0) {
    const [row] = readTable(
      doc,
      at,
      end,
      /^Type \| Description +\| Notes$/,
      `${where}: ${doc.at(at).slice(2)}`,
    );
    const type = row && typeCellText(row.cells[0]!);
    if (!row || !type) throw doc.error(at, `${where}: ${doc.at(at).slice(2)} names no type`);
    return typeOf(type, row.index);
  }
  const [row] = readTable(
    doc,
    info,
    end,
    /^Input Type \| Accessed Type \| Description \| Notes$/,
    `${where}: model type info`,
  );
  if (!row) throw doc.error(info, `${where}: empty model type info`);
  const [input, , description, notes] = row.cells.map(decodeEntities) as [string, string, string, string];
  const inputs = input
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const schema: Schema = {};
  if (inputs.includes('str') && inputs.length === 1) schema.type = 'string';
  else if (inputs.includes('int') && !inputs.includes('float')) schema.type = 'integer';
  else if (inputs.includes('float') || inputs.includes('decimal.Decimal')) schema.type = 'number';
  else if (inputs.includes('bool')) schema.type = 'boolean';
  else if (inputs.includes('list')) schema.type = 'array';
  else if (inputs.includes('dict') || inputs.includes('frozendict.frozendict')) schema.type = 'object';
  else if (inputs.includes('str')) schema.type = 'string';
  const bits = /value must be a (32|64) bit integer/.exec(notes);
  if (bits) schema.format = `int${bits[1]}`;
  if (/RFC-3339 date-time/.test(notes)) schema.format = 'date-time';
  else if (/RFC-3339 full-date/.test(notes)) schema.format = 'date';
  else if (/value must be a uuid/.test(notes)) schema.format = 'uuid';
  const enumValues = /must be one of \[(.*?)\]/.exec(notes);
  if (enumValues) {
    schema.enum = enumValues[1]!
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => JSON.parse(s.replace(/^'|'$/g, '"')) as unknown);
  }
  const dflt = /the default value of (.+?)(?:value must|must be one of|$)/.exec(notes);
  if (dflt) {
    const text = dflt[1]!.trim();
    schema.default =
      schema.type === 'integer' || schema.type === 'number' ? Number(text) : text.replace(/^"|"$/g, '');
  }
  if (description.trim()) schema.description = description.trim();
  return schema;
}

function contentTypeFromName(name: string): string {
  const known: Record<string, string> = {
    ApplicationJson: 'application/json',
    ApplicationXWwwFormUrlencoded: 'application/x-www-form-urlencoded',
    MultipartFormData: 'multipart/form-data',
    TextPlain: 'text/plain',
    ApplicationOctetStream: 'application/octet-stream',
  };
  return known[name] ?? 'application/json';
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
