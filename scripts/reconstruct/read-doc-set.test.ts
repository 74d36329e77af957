/** A doc set into one API: model pages meet samples, JSON names are decided, several API pages make one spec. */
import { describe, expect, it } from 'vitest';
import { buildSpec } from './build-spec.ts';
import { docSetOf, pydanticDoc, pydanticOp, swaggerDoc, swaggerOp } from './fixtures/docs.ts';
import { parseDocSet } from './read-doc-set.ts';
import type { WireNameRules } from './wire-names.ts';

const at = (root: unknown, keys: Array<string | number>) =>
  keys.reduce<unknown>((node, k) => (node as Record<string | number, unknown> | undefined)?.[k], root);

// A swagger-codegen page whose get_gadget prints a JSON sample: gadgetId and a nested owner object.
const gadgetApi = swaggerDoc(
  '[**get_gadget**](GadgetApi.md#get_gadget) | **GET** /gadgets/{gid} | Get gadget',
  swaggerOp({
    name: 'get_gadget',
    signature: 'Gadget get_gadget(gid)',
    summary: 'Get gadget',
    description:
      'Gets it.  ***Example cURL requests***  **Get** ```bash curl -X GET https://$HOST/api/v9/gadgets/$GID  {   \\"gadgetId\\": \\"g1\\",   \\"weight\\": \\"heavy\\",   \\"owner\\": {     \\"ownerKind\\": \\"user\\"   } } ``` ',
    params: `
Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **gid** | **str**| Gadget Id. | `,
    returns: '[**Gadget**](Gadget.md)',
  }),
);
const modelPage = (name: string, rows: string) => `# ${name}

## Properties
Name | Type | Description | Notes
------------ | ------------- | ------------- | -------------
${rows}

[[Back to Model list]](../README.md#documentation-for-models)
`;
const gadgetPages = {
  Gadget: modelPage(
    'Gadget',
    `**gadget_id** | **str** | Gadget id. | 
**weight** | **float** |  | [optional] 
**serial_no** | **str** |  | [optional] 
**owner** | [**Owner**](Owner.md) |  | [optional] `,
  ),
  Owner: modelPage('Owner', '**owner_kind** | **str** |  | [optional] '),
};

const rules = (
  properties?: 'camelCase' | 'as-written',
  more: Partial<WireNameRules> = {},
): WireNameRules => ({
  file: 'overlay.yaml',
  rules: properties ? { properties: { rule: properties, line: 7 } } : {},
  asWritten: new Map(),
  ...more,
});

const read = (names?: WireNameRules, api = gadgetApi, pages: Record<string, string> = gadgetPages) => {
  const result = parseDocSet(docSetOf({ 'GadgetApi.md': api }, pages), names);
  return { ...result, spec: buildSpec(result.api, 'Fixture', { doc: 'GadgetApi.md', sha256: '0' }) };
};

/** given: a naming rule; want: [path into the spec, value] pairs. */
type NameCase = [
  name: string,
  names: WireNameRules | undefined,
  want: Array<[Array<string | number>, unknown]>,
];
const gadget = ['components', 'schemas', 'Gadget'];

const nameCases: NameCase[] = [
  [
    'a sample shows the JSON name; with no rule the rest stay as written',
    undefined,
    [
      [[...gadget, 'properties', 'gadgetId', 'type'], 'string'],
      [[...gadget, 'properties', 'serial_no', 'type'], 'string'],
      [[...gadget, 'required'], ['gadgetId']],
    ],
  ],
  [
    "the overlay's camelCase rule names what no sample shows",
    rules('camelCase'),
    [
      [[...gadget, 'properties', 'gadgetId', 'type'], 'string'],
      [[...gadget, 'properties', 'serialNo', 'type'], 'string'],
      [[...gadget, 'properties', 'serial_no'], undefined],
    ],
  ],
  [
    'a nested sample object names the nested model',
    undefined,
    [[['components', 'schemas', 'Owner', 'properties', 'ownerKind', 'type'], 'string']],
  ],
];

describe('JSON names', () => {
  it.each(nameCases)('%s', (_name, names, want) => {
    const { spec } = read(names);
    for (const [path, value] of want) expect(at(spec, path), path.join('.')).toEqual(value);
  });

  it('a sample that contradicts the rule is an error naming the sample, the page and the overlay lines', () => {
    expect(() => read(rules('as-written'))).toThrow(
      /GadgetApi\.md:\d+: the sample names Gadget\.gadget_id \(Gadget\.md:6\) "gadgetId", but overlay\.yaml:7 says JSON names are as-written \("gadget_id"\)/,
    );
  });

  it("the overlay's as-written list keeps a name the rule would change, and names one that is no property", () => {
    const { spec } = read(rules('camelCase', { asWritten: new Map([['Gadget.serial_no', 9]]) }));
    expect(at(spec, [...gadget, 'properties', 'serial_no', 'type'])).toBe('string');
    expect(() => read(rules('camelCase', { asWritten: new Map([['Gadget.nope', 9]]) }))).toThrow(
      /overlay\.yaml:9: x-wire-names\.as-written: Gadget\.nope is no property of a model page/,
    );
  });
});

describe('model pages and samples', () => {
  it('the page wins a type conflict, and the warning names both lines', () => {
    const { spec, warnings } = read();
    expect(at(spec, [...gadget, 'properties', 'weight', 'type'])).toBe('number');
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /GadgetApi\.md:\d+: the sample shows Gadget\.weight as string; its model page \(Gadget\.md:7\) says number, which wins/,
      ),
    );
  });

  it('a field only a sample shows is kept, under its JSON name', () => {
    const { spec } = read(undefined, gadgetApi, {
      ...gadgetPages,
      Gadget: modelPage('Gadget', '**gadget_id** | **str** | Gadget id. | '),
    });
    expect(at(spec, [...gadget, 'properties', 'weight', 'type'])).toBe('string');
  });

  it('counts where each model comes from', () => {
    expect(read().sources).toMatchObject({ fromPages: 2, emptyPages: 0, fromSamplesOnly: 0, shapeless: 0 });
  });
});

describe('several API pages', () => {
  const sprockets = (api: string, op: string, path: string) =>
    pydanticDoc(
      `[**${op}**](${api}.md#${op}) | **GET** ${path} | Get it`,
      pydanticOp({
        name: op,
        signature: `Sprocket ${op}(sprocket_id, page_size=page_size)`,
        summary: 'Get it',
        params: `
Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **sprocket_id** | **str**| Id | 
 **page_size** | **int**| Page size | [optional] `,
        returns: '[**Sprocket**](Sprocket.md)',
        responses: '**200** | The sprocket |  -  |',
      }),
    ).replace('# sprocket.SprocketsApi', `# sprocket.${api}`);
  const set = docSetOf(
    {
      'SprocketsApi.md': sprockets('SprocketsApi', 'get_sprocket', '/sprockets/{sprocketId}'),
      'CogsApi.md': sprockets('CogsApi', 'get_cog', '/cogs/{sprocketId}'),
    },
    { Sprocket: modelPage('Sprocket', '**sprocket_id** | **str** |  | ') },
  );

  it('make one spec: every operation, each tagged with its page, one model, query names by the rule', () => {
    const names: WireNameRules = {
      file: 'o.yaml',
      rules: { query: { rule: 'camelCase', line: 3 } },
      asWritten: new Map(),
    };
    const spec = buildSpec(parseDocSet(set, names).api, 'Fixture', { doc: 'x', sha256: '0' });
    expect(at(spec, ['paths', '/sprockets/{sprocketId}', 'get', 'tags'])).toEqual(['Sprockets']);
    expect(at(spec, ['paths', '/cogs/{sprocketId}', 'get', 'tags'])).toEqual(['Cogs']);
    expect(at(spec, ['tags'])).toEqual([{ name: 'Sprockets' }, { name: 'Cogs' }]);
    expect(at(spec, ['paths', '/cogs/{sprocketId}', 'get', 'parameters', 1, 'name'])).toBe('pageSize');
    expect(at(spec, ['paths', '/cogs/{sprocketId}', 'get', 'parameters', 0, 'name'])).toBe('sprocketId');
    expect(at(spec, ['components', 'schemas', 'Sprocket', 'required'])).toEqual(['sprocket_id']);
  });

  it('an operation on two pages is an error at its second section', () => {
    const twice = docSetOf({
      'SprocketsApi.md': sprockets('SprocketsApi', 'get_sprocket', '/sprockets/{sprocketId}'),
      'CogsApi.md': sprockets('CogsApi', 'get_sprocket', '/cogs/{sprocketId}'),
    });
    expect(() => parseDocSet(twice)).toThrow(
      /CogsApi\.md:\d+: operation get_sprocket is also on another API page/,
    );
  });
});
