/**
 * Dialects by several marks: given the lines a page prints (only the marks, in each generator's
 * layout), want the dialect, the generator version where a mark tells it, and a mark named as a reason.
 */
import { describe, expect, it } from 'vitest';
import { detectDialect } from './dialect.ts';
import { DocLines } from './doc-lines.ts';

type Case = [name: string, page: string, dialect: string, version: string | undefined, reason: RegExp];

const statusTable = '### HTTP response details\n| Status code | Description | Response headers |';

const cases: Case[] = [
  [
    'swagger-codegen: __future__ import, lower-case comment, no status tables',
    'from __future__ import print_function\nimport time\n# create an instance of the API class',
    'swagger-codegen-python',
    undefined,
    /lower-case/,
  ],
  [
    'openapi-generator 4.0 to 4.2 classic: __future__ import but status tables and the old host comment',
    `from __future__ import print_function\nimport time\n# Defining host is optional and default to http://localhost/v1\n# Create an instance of the API class\n${statusTable}`,
    'openapi-generator-python',
    'openapi-generator 4.0 to 4.2',
    /Defining host is optional and default to/,
  ],
  [
    'openapi-generator 4.3 classic: __future__ import, ApiClient block, status tables',
    `from __future__ import print_function\nimport time\nwith pkg.ApiClient(configuration) as api_client:\n    # Create an instance of the API class\n${statusTable}`,
    'openapi-generator-python',
    undefined,
    /HTTP response details/,
  ],
  [
    'openapi-generator 5.x classic: model and api module imports',
    `import time\nfrom pkg.api import user_api\nfrom pkg.model.user import User\n${statusTable}`,
    'openapi-generator-python',
    'openapi-generator 5.x',
    /pkg\.model\.x/,
  ],
  [
    'pydantic that imports no model',
    `with pkg.ApiClient(configuration) as api_client:\n    # Create an instance of the API class\n    try:\n        print("The response of ClusterApi->enter:\\n")\n    except Exception as e:\n${statusTable}`,
    'openapi-generator-python-pydantic',
    'openapi-generator 7.x',
    /The response of/,
  ],
  [
    'pydantic with a model import',
    `from pkg.models.user import User\n${statusTable}`,
    'openapi-generator-python-pydantic',
    'openapi-generator 7.x',
    /pkg\.models\.x/,
  ],
  [
    'python-experimental',
    '# SchemaForRequestBodyApplicationJson\n### query_params',
    'openapi-generator-python-experimental',
    undefined,
    /SchemaFor/,
  ],
];

describe('detectDialect', () => {
  it.each(cases)('%s', (_, page, dialect, version, reason) => {
    const choice = detectDialect(new DocLines('page.md', page));
    expect(choice.dialect).toBe(dialect);
    expect(choice.version).toBe(version);
    expect(choice.reasons.join('; ')).toMatch(reason);
  });

  it('a page with no generator mark is refused at line 1', () => {
    expect(() => detectDialect(new DocLines('notes.md', '# Notes\n\nNothing generated.'))).toThrow(
      /^notes\.md:1: unknown dialect/,
    );
  });
});
