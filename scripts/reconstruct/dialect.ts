import type { DocLines } from './doc-lines.ts';
import type { Dialect } from './doc-model.ts';

/** Marks that only one generator's python docs print. Checked in order; the first match wins. */
const fingerprints: ReadonlyArray<[Dialect, RegExp]> = [
  ['openapi-generator-python-experimental', /^# SchemaFor\w+|api_client\.ApiResponseWithoutDeserialization/],
  ['swagger-codegen-python', /^from __future__ import print_function$/],
  [
    'openapi-generator-python-pydantic',
    /^from [\w.]+\.models\.\w+ import \w+$|^\s+\w+ = [\w.]+\(\) # \w+ \| /,
  ],
  ['openapi-generator-python', /^from [\w.]+\.model\.\w+ import \w+$|^import time$/],
];

export function detectDialect(doc: DocLines): Dialect {
  for (const [dialect, mark] of fingerprints) {
    if (doc.find(mark) >= 0) return dialect;
  }
  throw doc.error(
    0,
    'unknown dialect: not a swagger-codegen or openapi-generator python API doc (no generator marks found)',
  );
}
