/** python-experimental docs: `path_params`/`query_params` dicts with `SchemaFor…` and `…Schema` sections. */

import { type DocLines, decodeEntities, readTable } from '../doc-lines.ts';
import type { DocParameter, DocRequestBody, DocResponse, ParamLocation } from '../doc-model.ts';
import type { ModelPage } from '../model-page.ts';
import { typeCellText } from '../python-types.ts';
import type { Schema } from '../schema.ts';
import type { OperationDetails, OperationSection, TypeOf } from './operation.ts';
import { enumOfNotes, pageTitle } from './properties-table.ts';

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
      // One SchemaForRequestBody… per content type: `typing.Union[SchemaForRequestBodyApplicationJson, …]`.
      const names = [...type.matchAll(/SchemaForRequestBody(\w+)/g)].map((m) => m[1]!);
      if (names.length === 0) throw doc.error(index, `${where}: body row names no SchemaForRequestBody…`);
      const content = names.map((schemaName) => {
        const section = doc.find(new RegExp(`^# SchemaForRequestBody${schemaName}$`), index, stop);
        if (section < 0) throw doc.error(index, `${where}: no "# SchemaForRequestBody${schemaName}" section`);
        return {
          type: names.length === 1 && contentType ? contentType : contentTypeFromName(schemaName),
          schema: readSchemaSection(doc, section, stop, where, typeOf),
        };
      });
      requestBody = { required: /^required/.test(notes.trim()), schema: content[0]!.schema, content };
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
    // One SchemaFor…ResponseBody… per media type; those with the first one's schema are listed with it.
    const media = body
      ? [...body.cells[1]!.matchAll(/SchemaFor\w+ResponseBody(\w+)/g)].map((m) => m[1]!)
      : [];
    for (const name of media) {
      const section = doc.find(
        new RegExp(`^# SchemaFor${code === 'default' ? 'Default' : code}ResponseBody${name}$`),
        body!.index,
        end,
      );
      if (section < 0) throw doc.error(body!.index, `${where}: no schema section for response ${code}`);
      const schema = readSchemaSection(doc, section, end, where, typeOf);
      if (!response.schema) response.schema = schema;
      else if (JSON.stringify(schema) !== JSON.stringify(response.schema)) continue;
      response.contentTypes = [...(response.contentTypes ?? []), contentTypeFromName(name)];
    }
    responses.push(response);
  }
  if (responses.length === 0) throw doc.error(at, `${where}: response table has no status codes`);
  return responses;
}

/**
 * A `# SomeSchema` section: either a `Type | Description | Notes` table naming a model, or a schema
 * written as the model pages write one (see `readSchemaAt`).
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
  return readSchemaAt(doc, at, end, where, typeOf).schema;
}

/** Models are dicts keyed by JSON names, and `query_params` dicts are keyed by query names. */
export const wireNames = true;

/** A model page: `# package.model.module.Name`, then its schema. Keys are the JSON names. */
export function readModelPage(doc: DocLines, typeOf: TypeOf): ModelPage {
  const title = pageTitle(doc);
  const { schema, lines } = readSchemaAt(doc, title.index, doc.length, `model ${title.name}`, typeOf);
  return {
    name: title.name,
    file: doc.file,
    index: title.index,
    schema,
    lines,
    wireNames,
    empty: false,
  };
}

const ANY_INPUTS = ['dict', 'str', 'int', 'float', 'bool', 'None', 'list'];

/** The JSON type the accepted Python input types stand for (`str, datetime,` is a string). */
function typeOfInputs(inputs: string[]): Schema {
  if (ANY_INPUTS.every((t) => inputs.includes(t))) return {};
  const nullable = inputs.includes('None');
  const has = (t: string) => inputs.includes(t);
  let type: string | undefined;
  const out: Schema = {};
  if (has('dict') || has('frozendict.frozendict')) type = 'object';
  else if (has('list') || has('tuple')) type = 'array';
  else if (has('bool')) type = 'boolean';
  else if (has('float')) type = 'number';
  else if (has('int')) type = 'integer';
  else if (has('decimal.Decimal')) type = 'number';
  else if (has('str')) type = 'string';
  else if (has('bytes') || has('io.FileIO')) {
    type = 'string';
    out.format = 'binary';
  }
  if (type === 'string' && has('datetime')) out.format = 'date-time';
  else if (type === 'string' && has('date')) out.format = 'date';
  else if (type === 'string' && has('uuid.UUID')) out.format = 'uuid';
  if (type) out.type = nullable ? [type, 'null'] : type;
  else if (nullable) out.type = 'null';
  return out;
}

/** What a Notes cell adds: formats, enum values, the default. */
function applyNotes(schema: Schema, notes: string): void {
  const bits = /value must be a (32|64) bit (integer|float)/.exec(notes);
  if (bits) schema.format = bits[2] === 'integer' ? `int${bits[1]}` : bits[1] === '32' ? 'float' : 'double';
  if (/RFC-3339 date-time/.test(notes)) schema.format = 'date-time';
  else if (/RFC-3339 full-date/.test(notes)) schema.format = 'date';
  else if (/value must be a uuid/.test(notes)) schema.format = 'uuid';
  const values = enumOfNotes(notes);
  if (values) schema.enum = values;
  const dflt = /the default value of (.+?)(?:value must|must be one of|$)/.exec(notes);
  if (dflt) {
    const text = dflt[1]!.trim();
    const numeric = schema.type === 'integer' || schema.type === 'number';
    schema.default =
      text === 'True' || text === 'False'
        ? text === 'True'
        : numeric
          ? Number(text)
          : text.replace(/^"|"$/g, '');
  }
}

/** `[**Model**](Model.md)` in a type cell: the model it names. */
const modelCell = (cell: string) => /^\[\*\*(\w+)\*\*\]\(/.exec(cell.trim())?.[1];

/**
 * The schema of the section headed at `at` (`# name`): its `## Model Type Info` row gives the type,
 * then `### Dictionary Keys` the properties (a `**[key](#key)**` key is described in a `# key` section
 * further down), `### Tuple Items` the items of a list, and `### Composed Schemas` its allOf, anyOf,
 * oneOf and not. A key whose notes lack `[optional]` is required; an `any_string_name` key stands for
 * the extra keys the object allows.
 */
export function readSchemaAt(
  doc: DocLines,
  at: number,
  end: number,
  where: string,
  typeOf: TypeOf,
): { schema: Schema; lines: Map<string, number> } {
  const lines = new Map<string, number>();
  const next = doc.find(/^# /, at + 1, end);
  const own = next < 0 ? end : next;
  const info = doc.find(/^## Model Type Info$/, at + 1, own);
  if (info < 0) throw doc.error(at, `${where}: "${doc.at(at).slice(2)}" has no "## Model Type Info"`);
  const description = doc.lines
    .slice(at + 1, info)
    .join('\n')
    .trim();
  const [row] = readTable(
    doc,
    info,
    own,
    /^Input Type \| Accessed Type \| Description \| Notes$/,
    `${where}: model type info`,
  );
  if (!row) throw doc.error(info, `${where}: empty model type info`);
  const [input, , rowDescription, notes = ''] = row.cells.map(decodeEntities) as [
    string,
    string,
    string,
    string?,
  ];
  const named = modelCell(row.cells[0]!);
  const schema: Schema = named
    ? typeOf(named, row.index)
    : typeOfInputs(
        input
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      );
  applyNotes(schema, notes);
  const text = decodeEntities(description || rowDescription).trim();
  if (text && !schema.$ref) schema.description = text;

  // A nested `# key` section is looked for after the row that links it, so repeated names resolve in order.
  const nested = (name: string, from: number): Schema => {
    const section = doc.find(new RegExp(`^# ${escapeRegExp(name)}$`), from, end);
    if (section < 0) throw doc.error(from, `${where}: no "# ${name}" section for [${name}](#${name})`);
    return readSchemaAt(doc, section, end, where, typeOf).schema;
  };
  const cellSchema = (nameCell: string, inputCell: string, notesCell: string, index: number): Schema => {
    const link = /\[(\w+)\]\(#\w+\)/.exec(nameCell)?.[1];
    if (link) return nested(link, index);
    const model = modelCell(inputCell);
    if (model) return typeOf(model, index);
    const s = typeOfInputs(
      decodeEntities(inputCell)
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    );
    applyNotes(s, decodeEntities(notesCell));
    return s;
  };

  const keysAt = doc.find(/^### Dictionary Keys$/, info, own);
  if (keysAt >= 0) {
    const rows = readTable(
      doc,
      keysAt,
      own,
      /^Key \| Input Type \| Accessed Type \| Description \| Notes$/,
      `${where}: dictionary keys`,
    );
    const properties: Record<string, Schema> = {};
    const required: string[] = [];
    for (const { cells, index } of rows) {
      const [keyCell, inputCell, , descCell, notesCell = ''] = cells as [
        string,
        string,
        string,
        string,
        string?,
      ];
      const key = /^\*\*(?:\[(\w+)\]\(#\w+\)|(.+?))\*\*$/.exec(keyCell.trim());
      const name = key?.[1] ?? key?.[2];
      if (!name) throw doc.error(index, `${where}: dictionary key "${keyCell}" is not **name**`);
      const value = cellSchema(keyCell, inputCell, notesCell, index);
      const desc = decodeEntities(descCell).trim();
      if (name === 'any_string_name') {
        // Extra keys of any type are what an open object allows anyway; a typed one makes a map.
        if (Object.keys(value).length > 0) schema.additionalProperties = value;
        continue;
      }
      if (desc && !value.$ref && !value.description) value.description = desc;
      properties[name] = value;
      lines.set(name, index);
      if (!/\[optional\]/.test(notesCell)) required.push(name);
    }
    schema.type ??= 'object';
    schema.properties = properties;
    if (required.length) schema.required = required;
  }

  const itemsAt = doc.find(/^### Tuple Items$/, info, own);
  if (itemsAt >= 0) {
    const [item] = readTable(
      doc,
      itemsAt,
      own,
      /^Class Name \| Input Type \| Accessed Type \| Description \| Notes$/,
      `${where}: tuple items`,
    );
    if (!item) throw doc.error(itemsAt, `${where}: "### Tuple Items" has no row`);
    const [nameCell, inputCell, , , notesCell = ''] = item.cells as [string, string, string, string, string?];
    schema.items = cellSchema(nameCell, inputCell, notesCell, item.index);
  }

  const composedAt = doc.find(/^### Composed Schemas/, info, own);
  if (composedAt >= 0) {
    for (const kind of ['allOf', 'anyOf', 'oneOf', 'not'] as const) {
      const head = doc.find(new RegExp(`^#### ${kind}$`), composedAt, own);
      if (head < 0) continue;
      const members = readTable(
        doc,
        head,
        own,
        /^Class Name \| Input Type \| Accessed Type \| Description \| Notes$/,
        `${where}: ${kind}`,
      ).map(({ cells, index }) => {
        const [nameCell, inputCell, , , notesCell = ''] = cells as [string, string, string, string, string?];
        return cellSchema(nameCell, inputCell, notesCell, index);
      });
      if (kind === 'not') schema.not = members[0];
      else if (members.length) schema[kind] = members;
    }
  }
  return { schema, lines };
}

/**
 * The media type a schema name spells (`ApplicationJson`, `MultipartFormData`, `TextCsv`,
 * `ApplicationXWwwFormUrlencoded`): its first word is the type, the rest the subtype's words.
 */
export function contentTypeFromName(name: string): string {
  const words = name.match(/[A-Z][a-z0-9]*/g) ?? [];
  const [type, ...subtype] = words.map((w) => w.toLowerCase());
  if (!type || subtype.length === 0) return 'application/json';
  return `${type}/${subtype.join('-')}`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function readOperation(o: OperationSection): OperationDetails {
  return {
    ...readExperimentalParameters(o.doc, o.parametersAt, o.end, o.path, o.where, o.typeOf),
    responses: readExperimentalResponses(o.doc, o.start, o.end, o.where, o.typeOf),
  };
}
