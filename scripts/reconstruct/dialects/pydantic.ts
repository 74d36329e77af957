/** openapi-generator python (pydantic, 7.x): a properties table, or an `## Enum` list for an enum model. */

import type { DocLines } from '../doc-lines.ts';
import type { ModelPage } from '../model-page.ts';
import type { OperationDetails, OperationSection, TypeOf } from './operation.ts';
import { pageDescription, pageTitle, readEnumList, readPropertiesPage } from './properties-table.ts';
import { readTableOperation } from './tables.ts';

export const wireNames = false;

export function readModelPage(doc: DocLines, typeOf: TypeOf): ModelPage {
  const enumSchema = readEnumList(doc);
  if (!enumSchema) return readPropertiesPage(doc, {}, typeOf);
  const title = pageTitle(doc);
  const description = pageDescription(doc, title.index);
  return {
    name: title.name,
    file: doc.file,
    index: title.index,
    schema: { ...enumSchema, ...(description ? { description } : {}) },
    lines: new Map(),
    wireNames: false,
    empty: false,
  };
}

export function readOperation(o: OperationSection): OperationDetails {
  return readTableOperation(o, true);
}
