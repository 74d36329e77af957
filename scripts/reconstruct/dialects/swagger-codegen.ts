/** swagger-codegen python: model pages are a plain properties table of Python attribute names. */

import type { DocLines } from '../doc-lines.ts';
import type { ModelPage } from '../model-page.ts';
import type { OperationDetails, OperationSection, TypeOf } from './operation.ts';
import { readPropertiesPage } from './properties-table.ts';
import { readTableOperation } from './tables.ts';

export const wireNames = false;

export function readModelPage(doc: DocLines, typeOf: TypeOf): ModelPage {
  return readPropertiesPage(doc, {}, typeOf);
}

/** swagger-codegen lists no status codes. */
export function readOperation(o: OperationSection): OperationDetails {
  return readTableOperation(o, false);
}
