/** swagger-codegen python: model pages are a plain properties table of Python attribute names. */
import type { DocLines } from '../doc-lines.ts';
import type { ModelPage } from '../model-page.ts';
import { readPropertiesPage, type TypeOf } from './properties-table.ts';

export function readModelPage(doc: DocLines, typeOf: TypeOf): ModelPage {
  return readPropertiesPage(doc, {}, typeOf);
}
