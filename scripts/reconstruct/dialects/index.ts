/** Each dialect's module, by the name `detectDialect` gives: the next dialect is one more entry. */
import type { DocLines } from '../doc-lines.ts';
import type { Dialect } from '../doc-model.ts';
import type { ModelPage } from '../model-page.ts';
import * as classic from './classic.ts';
import * as experimental from './experimental.ts';
import type { OperationDetails, OperationSection, TypeOf } from './operation.ts';
import * as pydantic from './pydantic.ts';
import * as swaggerCodegen from './swagger-codegen.ts';

/** A dialect reads the parts of an API page that differ between generators, and its model pages. */
export interface DialectModule {
  /** Pages write the names the wire uses (dict keys, `query_params` keys), not Python names. */
  wireNames: boolean;
  readOperation(section: OperationSection): OperationDetails;
  readModelPage(doc: DocLines, typeOf: TypeOf): ModelPage;
}

export const dialects: Record<Dialect, DialectModule> = {
  'swagger-codegen-python': swaggerCodegen,
  'openapi-generator-python': classic,
  'openapi-generator-python-pydantic': pydantic,
  'openapi-generator-python-experimental': experimental,
};
