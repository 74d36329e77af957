import { describe, expect, it } from 'vitest';
import { buildSpec } from '../build-spec.ts';
import { classicDoc, classicOp } from '../fixtures/docs.ts';
import { parseDoc } from '../parse-doc.ts';
import { readDefault } from './tables.ts';

/** given: a parameter row's Notes cell; want: the default it states (undefined: none). */
const defaults: Array<[name: string, given: string, want: unknown]> = [
  ['classic', '[optional] [default to 10]', 10],
  ['classic, a quoted string', '[optional] [default to &quot;SLOW&quot;]', 'SLOW'],
  ['classic, a Python boolean', '[default to True]', true],
  // openapi-generator 5.x (python-experimental) words it differently for required and optional values.
  ['5.x, required', 'defaults to 1', 1],
  ['5.x, optional', '[optional] if omitted the server will use the default value of 10', 10],
  [
    '5.x, optional list',
    '[optional] if omitted the server will use the default value of ["user","service_account"]',
    ['user', 'service_account'],
  ],
  // 5.x, a scalar model's `**value**` row: the enum follows the default in the same cell.
  [
    '5.x, optional, then the enum',
    ' if omitted the server will use the default value of &quot;red&quot;,  must be one of [&quot;red&quot;, &quot;green&quot;, ]',
    'red',
  ],
  ['5.x, required, then the enum', 'defaults to "only",  must be one of ["only", ]', 'only'],
  ['an enum and no default', ' must be one of ["a", "b", ]', undefined],
  ['no default', '[optional]', undefined],
  ['empty', '', undefined],
];

describe('readDefault', () => {
  it.each(defaults)('%s: %s', (_name, given, want) => {
    expect(readDefault(given)).toEqual(want);
  });
});

describe('response table', () => {
  it('keeps a status range (a doc regenerated from a spec that says 2XX prints **2XX**)', () => {
    const doc = classicDoc(
      '[**ping**](WidgetApi.md#ping) | **GET** /ping | ',
      classicOp({
        name: 'ping',
        signature: 'ping()',
        text: 'ping',
        example: '',
        params: '\nThis endpoint does not need any parameter.',
        returns: 'void (empty response body)',
        responses: '**2XX** | Successful response |  -  |\n**0** | failure |  -  |',
      }),
    );
    const spec = buildSpec(parseDoc('fixture.md', doc).api, 'Fixture', { doc: 'fixture.md', sha256: '0' });
    expect(spec.paths['/ping']!.get).toMatchObject({
      responses: { '2XX': { description: 'Successful response' }, default: { description: 'failure' } },
    });
  });
});
