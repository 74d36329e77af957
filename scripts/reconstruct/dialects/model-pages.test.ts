/** Each dialect's model page, as its generator lays one out (made-up "widget" models), read into a schema. */
import { describe, expect, it } from 'vitest';
import { DocLines } from '../doc-lines.ts';
import type { Dialect } from '../doc-model.ts';
import { pythonTypeToSchema } from '../python-types.ts';
import { dialects } from './index.ts';

/** given: a dialect and a page; want: the name, the schema, and whether keys are JSON names (or an error). */
type TestCase = [
  name: string,
  dialect: Dialect,
  page: string,
  want: { name: string; schema: object; wireNames?: boolean; empty?: boolean } | RegExp,
];

const table = (rows: string) => `Name | Type | Description | Notes
------------ | ------------- | ------------- | -------------
${rows}`;
const back =
  '\n[[Back to Model list]](../README.md#documentation-for-models) [[Back to README]](../README.md)\n';
const info = (input: string, description: string, notes: string) => `## Model Type Info
Input Type | Accessed Type | Description | Notes
------------ | ------------- | ------------- | -------------
${input} | ${input} | ${description} | ${notes}
`;
const keys = (rows: string) => `### Dictionary Keys
Key | Input Type | Accessed Type | Description | Notes
------------ | ------------- | ------------- | ------------- | -------------
${rows}
`;
const ANY_INPUT =
  'dict, frozendict.frozendict, str, date, datetime, int, float, bool, decimal.Decimal, None, list, tuple, bytes, io.FileIO, io.BufferedReader';

const cases: TestCase[] = [
  [
    'swagger-codegen: attribute names, optional and required, lists, maps, nested models',
    'swagger-codegen-python',
    `# Widget\n\n## Properties\n${table(`**widget_id** | **str** | The widget&#x27;s id. | 
**size** | **int** |  | [optional] 
**tags** | **list[str]** |  | [optional] 
**parts** | [**list[Part]**](Part.md) |  | [optional] 
**by_shelf** | [**dict(str, Part)**](Part.md) |  | [optional] 
**made** | [**Timestamp**](Timestamp.md) |  | [optional] `)}\n${back}`,
    {
      name: 'Widget',
      wireNames: false,
      schema: {
        type: 'object',
        properties: {
          widget_id: { type: 'string', description: "The widget's id." },
          size: { type: 'integer' },
          tags: { type: 'array', items: { type: 'string' } },
          parts: { type: 'array', items: { $ref: '#/components/schemas/Part' } },
          by_shelf: { type: 'object', additionalProperties: { $ref: '#/components/schemas/Part' } },
          made: { $ref: '#/components/schemas/Timestamp' },
        },
        required: ['widget_id'],
      },
    },
  ],
  [
    'swagger-codegen: a table with no row names no field',
    'swagger-codegen-python',
    `# Stamp\n\n## Properties\n${table('')}\n${back}`,
    { name: 'Stamp', empty: true, schema: {} },
  ],
  [
    'classic 5.x: read-only, defaults, nullable, a typed extra-keys row, the page description',
    'openapi-generator-python',
    `# Widget\n\nA widget on a shelf\n\n## Properties\n${table(`**label** | **str** | label | 
**made** | **datetime** | when it was made | [optional] [readonly] 
**count** | **int** |  | [optional] [default to 3]
**note** | **str, none_type** |  | [optional] 
**any string name** | **int** | any string name can be used but the value must be the correct type | [optional]`)}\n${back}`,
    {
      name: 'Widget',
      schema: {
        type: 'object',
        description: 'A widget on a shelf',
        properties: {
          label: { type: 'string', description: 'label' },
          made: { type: 'string', format: 'date-time', description: 'when it was made', readOnly: true },
          count: { type: 'integer', default: 3 },
          note: { type: ['string', 'null'] },
        },
        required: ['label'],
        additionalProperties: { type: 'integer' },
      },
    },
  ],
  [
    'classic 5.x: an extra-keys row of any type leaves the object open, as it is anyway',
    'openapi-generator-python',
    `# Widget\n\n## Properties\n${table(`**label** | **str** |  | [optional] 
**any string name** | **bool, date, datetime, dict, float, int, list, str, none_type** | any string name can be used but the value must be the correct type | [optional]`)}\n${back}`,
    { name: 'Widget', schema: { type: 'object', properties: { label: { type: 'string' } } } },
  ],
  [
    'classic 5.x: a page whose only row is value is a scalar model, here an enum',
    'openapi-generator-python',
    `# Colour\n\nA paint colour\n\n## Properties\n${table('**value** | **str** | A paint colour |  must be one of ["teal", "rust", ]')}\n${back}`,
    { name: 'Colour', schema: { type: 'string', description: 'A paint colour', enum: ['teal', 'rust'] } },
  ],
  [
    'classic 4.x prettier: leading pipes, padded cells, a missing last cell, escaped underscores',
    'openapi-generator-python',
    `# Widget\n\n## Properties\n\n| Name | Type | Description | Notes |\n| ---- | ---- | ----------- | ----- |\n| **shelf\\_id** | **str** | shelf |\n| **size** | **float** |  | [optional] |\n${back}`,
    {
      name: 'Widget',
      schema: {
        type: 'object',
        properties: { shelf_id: { type: 'string', description: 'shelf' }, size: { type: 'number' } },
        required: ['shelf_id'],
      },
    },
  ],
  [
    'pydantic: no [optional] is required; generics; the Example block is not read',
    'openapi-generator-python-pydantic',
    `# Widget\n\n\n## Properties\n\n${table(`**id** | **str** |  | 
**labels** | **List[str]** |  | 
**parts** | [**List[Part]**](Part.md) |  | [optional] 
**extra** | **Dict[str, object]** |  | [optional] 
**colour** | [**Colour**](Colour.md) |  | [optional] `)}\n\n## Example\n\n\`\`\`python\nfrom widgets.models.widget import Widget\njson = "{}"\n\`\`\`\n${back}`,
    {
      name: 'Widget',
      schema: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          labels: { type: 'array', items: { type: 'string' } },
          parts: { type: 'array', items: { $ref: '#/components/schemas/Part' } },
          extra: { type: 'object', additionalProperties: { type: 'object' } },
          colour: { $ref: '#/components/schemas/Colour' },
        },
        required: ['id', 'labels'],
      },
    },
  ],
  [
    'pydantic: an enum page lists Python literals',
    'openapi-generator-python-pydantic',
    "# Colour\n\nA paint colour\n\n## Enum\n\n* `TEAL` (value: `'teal'`)\n\n* `RUST` (value: `'rust'`)\n" +
      back,
    { name: 'Colour', schema: { type: 'string', enum: ['teal', 'rust'], description: 'A paint colour' } },
  ],
  [
    'pydantic: an enum list with no value is an error at its line',
    'openapi-generator-python-pydantic',
    `# Colour\n\n## Enum\n\n${back}`,
    /fixture\.md:3: the "## Enum" list has no values/,
  ],
  [
    'python-experimental: JSON keys, formats, required, enum, default, nested lists, typed extra keys',
    'openapi-generator-python-experimental',
    `# widgets.model.widget.Widget\n\nA widget\n\n${info('dict, frozendict.frozendict, ', 'A widget', '')}\n${keys(`**widgetId** | decimal.Decimal, int,  | decimal.Decimal,  | the id | value must be a 64 bit integer
**madeAt** | str, datetime,  | str,  |  | [optional] value must conform to RFC-3339 date-time
**size** | decimal.Decimal, int,  | decimal.Decimal,  |  | [optional] if omitted the server will use the default value of 5value must be a 32 bit integer
**kind** | str,  | str,  |  | [optional] must be one of ["big", "small", ] 
**colour** | [**Colour**](Colour.md) | [**Colour**](Colour.md) |  | [optional] 
**note** | None, str,  | NoneClass, str,  |  | [optional] 
**[part_ids](#part_ids)** | list, tuple,  | tuple,  | part ids | [optional] 
**any_string_name** | str,  | str,  | any string name can be used but the value must be the correct type | [optional]`)}
# part_ids

part ids

${info('list, tuple, ', 'part ids', '')}
### Tuple Items
Class Name | Input Type | Accessed Type | Description | Notes
------------- | ------------- | ------------- | ------------- | -------------
items | str, uuid.UUID,  | str,  |  | value must be a uuid
${back}`,
    {
      name: 'Widget',
      wireNames: true,
      schema: {
        type: 'object',
        description: 'A widget',
        properties: {
          widgetId: { type: 'integer', format: 'int64', description: 'the id' },
          madeAt: { type: 'string', format: 'date-time' },
          size: { type: 'integer', format: 'int32', default: 5 },
          kind: { type: 'string', enum: ['big', 'small'] },
          colour: { $ref: '#/components/schemas/Colour' },
          note: { type: ['string', 'null'] },
          part_ids: {
            type: 'array',
            description: 'part ids',
            items: { type: 'string', format: 'uuid' },
          },
        },
        required: ['widgetId'],
        additionalProperties: { type: 'string' },
      },
    },
  ],
  [
    'python-experimental: a list model of models, and any-typed extra keys left open',
    'openapi-generator-python-experimental',
    `# widgets.model.shelf.Shelf\n\n${info('dict, frozendict.frozendict, ', '', '')}\n${keys(`**[widgets](#widgets)** | list, tuple,  | tuple,  |  | 
**any_string_name** | ${ANY_INPUT} | frozendict.frozendict, str, BoolClass, decimal.Decimal, NoneClass, tuple, bytes, FileIO | any string name can be used but the value must be the correct type | [optional]`)}
# widgets

${info('list, tuple, ', '', '')}
### Tuple Items
Class Name | Input Type | Accessed Type | Description | Notes
------------- | ------------- | ------------- | ------------- | -------------
[**Widget**](Widget.md) | [**Widget**](Widget.md) | [**Widget**](Widget.md) |  | 
${back}`,
    {
      name: 'Shelf',
      schema: {
        type: 'object',
        properties: { widgets: { type: 'array', items: { $ref: '#/components/schemas/Widget' } } },
        required: ['widgets'],
      },
    },
  ],
  [
    'python-experimental: a string enum model',
    'openapi-generator-python-experimental',
    `# widgets.model.colour.Colour\n\nA paint colour\n\n${info('str, ', 'A paint colour', 'must be one of ["teal", "rust", ] ')}${back}`,
    { name: 'Colour', schema: { type: 'string', description: 'A paint colour', enum: ['teal', 'rust'] } },
  ],
  [
    'python-experimental: composed schemas',
    'openapi-generator-python-experimental',
    `# widgets.model.gadget.Gadget\n\n${info('dict, frozendict.frozendict, ', '', '')}
### Composed Schemas (allOf/anyOf/oneOf/not)
#### allOf
Class Name | Input Type | Accessed Type | Description | Notes
------------- | ------------- | ------------- | ------------- | -------------
[Widget](Widget.md) | [**Widget**](Widget.md) | [**Widget**](Widget.md) |  | 
[Part](Part.md) | [**Part**](Part.md) | [**Part**](Part.md) |  | 
${back}`,
    {
      name: 'Gadget',
      schema: {
        type: 'object',
        allOf: [{ $ref: '#/components/schemas/Widget' }, { $ref: '#/components/schemas/Part' }],
      },
    },
  ],
  [
    'python-experimental: a key linked to a section the page does not have is an error at its row',
    'openapi-generator-python-experimental',
    `# widgets.model.shelf.Shelf\n\n${info('dict, frozendict.frozendict, ', '', '')}\n${keys('**[widgets](#widgets)** | list, tuple,  | tuple,  |  | ')}${back}`,
    /fixture\.md:11: model Shelf: no "# widgets" section/,
  ],
];

describe('model pages', () => {
  it.each(cases)('%s', (_name, dialect, page, want) => {
    const read = () =>
      dialects[dialect].readModelPage(new DocLines('fixture.md', page), (t) => pythonTypeToSchema(t));
    if (want instanceof RegExp) {
      expect(read).toThrow(want);
      return;
    }
    const got = read();
    expect(got.name).toBe(want.name);
    expect(got.schema).toEqual(want.schema);
    if (want.wireNames !== undefined) expect(got.wireNames).toBe(want.wireNames);
    expect(got.empty).toBe(want.empty ?? false);
  });
});
