/**
 * The `## Properties` table that swagger-codegen and openapi-generator's classic and pydantic python
 * generators print on a model page: `**attribute** | **type** | description | notes`, where notes say
 * `[optional]`, `[readonly]`, a default and, from openapi-generator 5.x on, the values of an enum.
 */
import { type DocLines, decodeEntities, readTable } from '../doc-lines.ts';
import type { ModelPage } from '../model-page.ts';
import { typeCellText } from '../python-types.ts';
import type { Schema } from '../schema.ts';
import type { TypeOf } from './operation.ts';
import { readDefault } from './tables.ts';

/** How a dialect's properties table differs from the common layout. */
export interface TableRules {
  /** A row that stands for the extra keys a model allows (`**any string name**`), not for a property. */
  extraKeysRow?: string;
  /** A page whose only row is this one describes a scalar model (openapi-generator 5.x `ModelSimple`). */
  scalarRow?: string;
}

const header = /^\|?\s*Name\s*\|\s*Type\s*\|\s*Description\s*\|\s*Notes\s*\|?\s*$/;

/** `# Name` or `# package.module.Name`: the last dotted segment, prettier's `\_` unescaped. */
export function pageTitle(doc: DocLines): { name: string; index: number } {
  const index = doc.find(/^# \S/);
  if (index < 0) throw doc.error(0, 'model page has no "# Name" title');
  const name = doc.at(index).slice(2).trim().replace(/\\_/g, '_').split('.').pop()!;
  if (!/^\w+$/.test(name)) throw doc.error(index, `model page title "${doc.at(index)}" is not a model name`);
  return { name, index };
}

/** The prose between the title and the first `##` heading, if any. */
export function pageDescription(doc: DocLines, titleAt: number): string | undefined {
  const end = doc.find(/^#{1,3} /, titleAt + 1);
  const text = doc.lines
    .slice(titleAt + 1, end < 0 ? doc.length : end)
    .join('\n')
    .trim();
  return text ? decodeEntities(text) : undefined;
}

/** `must be one of ["a", "b", ]` (openapi-generator 5.x and 6.x notes): the enum's values. */
export function enumOfNotes(notes: string): unknown[] | undefined {
  const m = /must be one of \[(.*?)\]/.exec(decodeEntities(notes));
  if (!m) return undefined;
  return m[1]!
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => JSON.parse(s.replace(/^'|'$/g, '"')) as unknown);
}

export function readPropertiesPage(doc: DocLines, rules: TableRules, typeOf: TypeOf): ModelPage {
  const title = pageTitle(doc);
  const description = pageDescription(doc, title.index);
  const page = (schema: Schema, empty = false): ModelPage => ({
    name: title.name,
    file: doc.file,
    index: title.index,
    schema: description && !schema.description ? { ...schema, description } : schema,
    lines,
    wireNames: false,
    empty,
  });
  const lines = new Map<string, number>();
  const at = doc.find(/^## Properties$/, title.index);
  if (at < 0) throw doc.error(title.index, `model ${title.name}: no "## Properties" table`);
  const rows = readTable(doc, at, doc.length, header, `model ${title.name}: properties`);
  if (rows.length === 0) return page({}, true);

  const read = rows.map(({ cells, index }) => {
    const [nameCell, typeCell, descCell, notes = ''] = cells as [string, string, string, string?];
    const name = /^\*\*(.+?)\*\*$/.exec(nameCell)?.[1]?.replace(/\\_/g, '_');
    const typeText = typeCellText(typeCell.replace(/\\_/g, '_'));
    if (!name || !typeText)
      throw doc.error(index, `model ${title.name}: row is not "**name** | **type** | description | notes"`);
    const schema = typeOf(typeText, index);
    const rowDescription = decodeEntities(descCell).trim();
    if (rowDescription && !schema.$ref) schema.description = rowDescription;
    const values = enumOfNotes(notes);
    if (values) schema.enum = values;
    const dflt = readDefault(notes.replace(/\[(optional|readonly)\]/g, ''));
    if (dflt !== undefined) schema.default = dflt;
    if (/\[readonly\]/.test(notes)) schema.readOnly = true;
    return { name, schema, required: !/\[optional\]/.test(notes), index };
  });

  const only = read[0]!;
  if (read.length === 1 && only.name === rules.scalarRow) {
    lines.set(only.name, only.index);
    return page(only.schema);
  }
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  let additionalProperties: Schema | undefined;
  for (const row of read) {
    if (row.name === rules.extraKeysRow) {
      // Extra keys of any type are what an open object allows anyway; a typed one makes a map.
      delete row.schema.description;
      if (Object.keys(row.schema).length > 0) additionalProperties = row.schema;
      continue;
    }
    if (row.name in properties)
      throw doc.error(row.index, `model ${title.name}: "${row.name}" is listed twice`);
    properties[row.name] = row.schema;
    lines.set(row.name, row.index);
    if (row.required) required.push(row.name);
  }
  return page({
    type: 'object',
    properties,
    ...(required.length ? { required } : {}),
    ...(additionalProperties ? { additionalProperties } : {}),
  });
}

/**
 * The `## Enum` list of a pydantic page: `` * `USER` (value: `'user'`) ``. Values are Python literals.
 */
export function readEnumList(doc: DocLines): Schema | undefined {
  const at = doc.find(/^## Enum$/);
  if (at < 0) return undefined;
  const values: unknown[] = [];
  for (let i = at + 1; i < doc.length && !/^#/.test(doc.at(i)); i++) {
    const m = /^\* `[^`]*` \(value: `(.*)`\)$/.exec(doc.at(i).trim());
    if (!m) continue;
    const literal = m[1]!;
    if (/^'.*'$|^".*"$/.test(literal)) values.push(literal.slice(1, -1).replace(/\\(['"\\])/g, '$1'));
    else if (/^-?\d+$/.test(literal)) values.push(Number(literal));
    else if (/^-?\d*\.\d+$/.test(literal)) values.push(Number(literal));
    else if (literal === 'True' || literal === 'False') values.push(literal === 'True');
    else throw doc.error(i, `enum value ${literal} is not a Python literal`);
  }
  if (values.length === 0) throw doc.error(at, 'the "## Enum" list has no values');
  const kinds = new Set(
    values.map((v) => (typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v)),
  );
  const type =
    kinds.size === 1
      ? [...kinds][0]
      : kinds.has('number') && kinds.has('integer') && kinds.size === 2
        ? 'number'
        : undefined;
  return { ...(type ? { type } : {}), enum: values };
}
