/**
 * openapi-generator python (classic, 4.x and 5.x): a properties table of Python attribute names; 5.x
 * adds an `**any string name**` row for the extra keys a model allows, and prints a scalar model (an
 * enum, say) as a page whose only row is `**value**`.
 */

import type { DocLines } from '../doc-lines.ts';
import type { ModelPage } from '../model-page.ts';
import type { OperationDetails, OperationSection, TypeOf } from './operation.ts';
import { readPropertiesPage } from './properties-table.ts';
import { readTableOperation } from './tables.ts';

export const wireNames = false;

export function readModelPage(doc: DocLines, typeOf: TypeOf): ModelPage {
  return readPropertiesPage(doc, { extraKeysRow: 'any string name', scalarRow: 'value' }, typeOf);
}

export function readOperation(o: OperationSection): OperationDetails {
  return readTableOperation(o, true);
}
