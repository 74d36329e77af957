import { describe, expect, it } from 'vitest';
import { buildSpec } from './build-spec.ts';
import {
  classicDoc,
  classicOp,
  docSetOf,
  experimentalDoc,
  pydanticDoc,
  pydanticOp,
  swaggerDoc,
  swaggerOp,
} from './fixtures/docs.ts';
import { parseDocSet } from './read-doc-set.ts';

/** given: a doc we wrote; want: [path into the spec, value] pairs. */
type TestCase = [name: string, given: string, want: Array<[Array<string | number>, unknown]>];

const spec = (doc: string) =>
  buildSpec(parseDocSet(docSetOf({ 'fixture.md': doc })).api, 'Fixture', { doc: 'fixture.md', sha256: '0' });
const at = (root: unknown, keys: Array<string | number>) =>
  keys.reduce<unknown>((node, k) => (node as Record<string | number, unknown> | undefined)?.[k], root);

const classic = classicDoc(
  `[**add_widget**](WidgetApi.md#add_widget) | **POST** /shelves/{shelf}/widgets | 
[**list_widgets**](WidgetApi.md#list_widgets) | **GET** /widgets | `,
  [
    classicOp({
      name: 'add_widget',
      signature: 'add_widget(shelf, widget)',
      text: 'store a widget on a shelf',
      example: `    shelf = "shelf_example" # str | shelf name
    widget = Widget(
        id="w-42",
        label="label_example",
        made=dateutil_parser('1970-01-01T00:00:00.00Z'),
        colour=Colour("teal"),
        tags=[
            "blue",
        ],
        parts=[
            Part(
                size=3.5,
                spare=True,
            ),
        ],
    ) # Widget | the widget`,
      params: `
Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **shelf** | **str**| shelf name |
 **widget** | [**Widget**](Widget.md)| the widget |`,
      returns: 'void (empty response body)',
      contentType: 'application/json',
      responses: `**204** | stored |  -  |
**0** | failure |  -  |`,
    }),
    classicOp({
      name: 'list_widgets',
      signature: '[Widget] list_widgets()',
      text: 'list widgets',
      example: `    keep = "keep_example" # str | keep them (optional)`,
      params: `
Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **keep** | **str**| keep them | [optional]`,
      returns: '[**[Widget]**](Widget.md)',
      responses: `**200** | the widgets |  -  |
**404** | no shelf |  -  |
**0** | failure |  -  |`,
    }),
  ].join('\n'),
);

const swagger = swaggerDoc(
  `[**get_gadget**](GadgetApi.md#get_gadget) | **GET** /gadgets/{gid} | Get gadget
[**tune_gadget**](GadgetApi.md#tune_gadget) | **PATCH** /gadgets/{gid} | Tune gadget`,
  [
    swaggerOp({
      name: 'get_gadget',
      signature: 'Gadget get_gadget(gid)',
      summary: 'Get gadget',
      description:
        'This call is deprecated, but works.  ***Example cURL requests***  **Get** ```bash curl -X GET https://$HOST/api/v9/gadgets/$GID  {   \\"gadgetId\\": \\"g1\\",   \\"weight\\": 2.5,   \\"count\\": 3,   \\"on\\": true,   \\"owner\\": {     \\"kind\\": \\"user\\"   },   \\"ports\\": {     \\"0123456789abcdef0123\\": 80   },   \\"aliases\\": [\\"a\\"] } ``` ',
      params: `
Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **gid** | **str**| Gadget Id. | `,
      returns: '[**Gadget**](Gadget.md)',
    }),
    swaggerOp({
      name: 'tune_gadget',
      signature: 'tune_gadget(gid, body=body)',
      summary: 'Tune gadget',
      description:
        'Tunes it.  ***Example cURL requests***  **Tune** ```bash curl -X PATCH -d \'{\\"pitch\\": 440}\' https://$HOST/api/v9/gadgets/$GID ``` ',
      params: `
Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **gid** | **str**| Gadget Id. | 
 **body** | [**Tuning**](Tuning.md)| New tuning. | [optional] `,
      returns: 'void (empty response body)',
      contentType: 'application/json',
    }),
  ].join('\n'),
);

const pydantic = pydanticDoc(
  `[**find_sprockets**](SprocketsApi.md#find_sprockets) | **GET** /api/v1/sprockets | Find sprockets
[**make_sprocket**](SprocketsApi.md#make_sprocket) | **POST** /api/v1/sprockets/{sprocketId}/copies | Make sprocket`,
  [
    pydanticOp({
      name: 'find_sprockets',
      signature: 'SprocketPage find_sprockets(page, kinds=kinds, ids=ids)',
      summary: 'Find sprockets',
      description: 'Finds sprockets by kind.',
      params: `
Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **page** | **int**| Page number | [default to 1]
 **kinds** | [**List[SprocketKind]**](SprocketKind.md)| Kinds | [optional] [default to [&quot;small&quot;,&quot;large&quot;]]
 **ids** | [**List[Optional[str]]**](str.md)| Ids | [optional] `,
      returns: '[**SprocketPage**](SprocketPage.md)',
      responses: `**200** | Found |  -  |
**422** | Validation Error |  -  |`,
    }),
    pydanticOp({
      name: 'make_sprocket',
      signature: 'make_sprocket(sprocket_id, sprocket)',
      summary: 'Make sprocket',
      params: `
Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **sprocket_id** | **str**| The id | 
 **sprocket** | [**Sprocket**](Sprocket.md)| The sprocket | `,
      returns: 'void (empty response body)',
      contentType: 'application/json',
      responses: '**201** | Made |  -  |',
    }),
  ].join('\n'),
);

const experimental = experimentalDoc(
  '[**move_cog**](#move_cog) | **patch** /cogs/{id} | Move cog',
  `# **move_cog**
<a id="move_cog"></a>
> Cog move_cog(idcog_move)

Move cog

Moves one cog.

### Example

* Bearer (JWT) Authentication (Jwt):
\`\`\`python
import cogs
from cogs.model.cog import Cog
    body = CogMove(
        lane="lane_example",
        speed=1,
    )
\`\`\`
### Parameters

Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
body | typing.Union[SchemaForRequestBodyApplicationJson] | required |
query_params | RequestQueryParams | |
path_params | RequestPathParams | |
content_type | str | optional, default is 'application/json' | Selects the schema and serialization of the request body

### body

# SchemaForRequestBodyApplicationJson
Type | Description  | Notes
------------- | ------------- | -------------
[**CogMove**](../../models/CogMove.md) |  | 

### query_params
#### RequestQueryParams

Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
mode | ModeSchema | | optional
limit | LimitSchema | | optional

# ModeSchema

## Model Type Info
Input Type | Accessed Type | Description | Notes
------------ | ------------- | ------------- | -------------
str,  | str,  |  | must be one of ["FAST", "SLOW", ] if omitted the server will use the default value of "SLOW"

# LimitSchema

## Model Type Info
Input Type | Accessed Type | Description | Notes
------------ | ------------- | ------------- | -------------
decimal.Decimal, int,  | decimal.Decimal,  |  | if omitted the server will use the default value of 10value must be a 32 bit integer

### path_params
#### RequestPathParams

Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
id | IdSchema | | 

# IdSchema

## Model Type Info
Input Type | Accessed Type | Description | Notes
------------ | ------------- | ------------- | -------------
decimal.Decimal, int,  | decimal.Decimal,  |  | value must be a 64 bit integer

### Return Types, Responses

Code | Class | Description
------------- | ------------- | -------------
n/a | api_client.ApiResponseWithoutDeserialization | When skip_deserialization is True this response is returned
409 | [ApiResponseFor409](#move_cog.ApiResponseFor409) | Conflict
200 | [ApiResponseFor200](#move_cog.ApiResponseFor200) | OK

#### move_cog.ApiResponseFor409
Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
response | urllib3.HTTPResponse | Raw response |
body | typing.Union[SchemaFor409ResponseBodyApplicationJson, ] |  |
headers | Unset | headers were not defined |

# SchemaFor409ResponseBodyApplicationJson
Type | Description  | Notes
------------- | ------------- | -------------
[**CogError**](../../models/CogError.md) |  | 

#### move_cog.ApiResponseFor200
Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
response | urllib3.HTTPResponse | Raw response |
body | Unset | body was not defined |
headers | Unset | headers were not defined |

### Authorization

[Jwt](../../../README.md#Jwt)
`,
);

const cases: TestCase[] = [
  [
    'classic: path parameter, body model, nested models, 0 -> default with the error model, alternatives',
    classic,
    [
      [['paths', '/shelves/{shelf}/widgets', 'post', 'operationId'], 'addWidget'],
      [['paths', '/shelves/{shelf}/widgets', 'post', 'description'], 'store a widget on a shelf'],
      [
        ['paths', '/shelves/{shelf}/widgets', 'post', 'parameters', 0],
        { name: 'shelf', in: 'path', description: 'shelf name', required: true, schema: { type: 'string' } },
      ],
      [
        ['paths', '/shelves/{shelf}/widgets', 'post', 'requestBody'],
        {
          description: 'the widget',
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Widget' } } },
        },
      ],
      [['paths', '/shelves/{shelf}/widgets', 'post', 'responses', '204'], { description: 'stored' }],
      [
        [
          'paths',
          '/shelves/{shelf}/widgets',
          'post',
          'responses',
          'default',
          'content',
          'application/json',
          'schema',
        ],
        { $ref: '#/components/schemas/Failure' },
      ],
      [
        ['paths', '/shelves/{shelf}/widgets', 'post', 'security'],
        [{ KeyAuth: [] }, { PassAuth: [] }],
      ],
      [['components', 'schemas', 'Widget', 'properties', 'id'], { type: 'string', examples: ['w-42'] }],
      [['components', 'schemas', 'Widget', 'properties', 'label'], { type: 'string' }],
      [['components', 'schemas', 'Widget', 'properties', 'made'], { type: 'string', format: 'date-time' }],
      [['components', 'schemas', 'Widget', 'properties', 'colour'], { $ref: '#/components/schemas/Colour' }],
      [['components', 'schemas', 'Colour'], { type: 'string', examples: ['teal'] }],
      [
        ['components', 'schemas', 'Widget', 'properties', 'tags'],
        { type: 'array', items: { type: 'string', examples: ['blue'] } },
      ],
      [
        ['components', 'schemas', 'Widget', 'properties', 'parts', 'items'],
        { $ref: '#/components/schemas/Part' },
      ],
      [
        ['components', 'schemas', 'Part', 'properties'],
        { size: { type: 'number', examples: [3.5] }, spare: { type: 'boolean' } },
      ],
      [
        ['components', 'securitySchemes'],
        {
          KeyAuth: { type: 'apiKey', in: 'header', name: 'KeyAuth' },
          PassAuth: { type: 'http', scheme: 'basic' },
        },
      ],
    ],
  ],
  [
    'classic: optional query parameter, array return, an error status without a named model',
    classic,
    [
      [
        ['paths', '/widgets', 'get', 'parameters', 0],
        { name: 'keep', in: 'query', description: 'keep them', required: false, schema: { type: 'string' } },
      ],
      [
        ['paths', '/widgets', 'get', 'responses', '200', 'content', 'application/json', 'schema'],
        { type: 'array', items: { $ref: '#/components/schemas/Widget' } },
      ],
      [['paths', '/widgets', 'get', 'responses', '404'], { description: 'no shelf' }],
      [['servers', 0, 'url'], 'http://localhost/v2'],
    ],
  ],
  [
    'swagger-codegen: JSON samples shape models, maps by id, deprecation, optional body, 200 vs 2XX',
    swagger,
    [
      [['paths', '/gadgets/{gid}', 'get', 'summary'], 'Get gadget'],
      [['paths', '/gadgets/{gid}', 'get', 'deprecated'], true],
      [
        ['paths', '/gadgets/{gid}', 'get', 'responses', '200', 'content', 'application/json', 'schema'],
        { $ref: '#/components/schemas/Gadget' },
      ],
      [['components', 'schemas', 'Gadget', 'properties', 'weight'], { type: 'number', examples: [2.5] }],
      [['components', 'schemas', 'Gadget', 'properties', 'count'], { type: 'integer', examples: [3] }],
      [['components', 'schemas', 'Gadget', 'properties', 'on'], { type: 'boolean' }],
      [
        ['components', 'schemas', 'Gadget', 'properties', 'owner'],
        { type: 'object', properties: { kind: { type: 'string', examples: ['user'] } } },
      ],
      [
        ['components', 'schemas', 'Gadget', 'properties', 'ports'],
        { type: 'object', additionalProperties: { type: 'integer', examples: [80] } },
      ],
      [
        ['components', 'schemas', 'Gadget', 'properties', 'aliases'],
        { type: 'array', items: { type: 'string', examples: ['a'] } },
      ],
      [['paths', '/gadgets/{gid}', 'patch', 'deprecated'], undefined],
      [['paths', '/gadgets/{gid}', 'patch', 'requestBody', 'required'], false],
      [
        ['paths', '/gadgets/{gid}', 'patch', 'responses'],
        { '2XX': { description: 'Successful response (the docs give no status code)' } },
      ],
      [
        ['components', 'schemas', 'Tuning'],
        { type: 'object', properties: { pitch: { type: 'integer', examples: [440] } } },
      ],
      [
        ['components', 'securitySchemes', 'token_header'],
        { type: 'apiKey', in: 'header', name: 'X-Gadget-Token' },
      ],
      [['components', 'securitySchemes', 'pass'], { type: 'http', scheme: 'basic' }],
      [['servers', 0, 'url'], '/api/v9/gadgets'],
    ],
  ],
  [
    'pydantic: required with default, enum-model arrays with defaults, nullable items, path names, three schemes',
    pydantic,
    [
      [['paths', '/api/v1/sprockets', 'get', 'operationId'], 'findSprockets'],
      [['paths', '/api/v1/sprockets', 'get', 'description'], 'Finds sprockets by kind.'],
      [
        ['paths', '/api/v1/sprockets', 'get', 'parameters', 0],
        {
          name: 'page',
          in: 'query',
          description: 'Page number',
          required: true,
          schema: { type: 'integer', default: 1 },
        },
      ],
      [
        ['paths', '/api/v1/sprockets', 'get', 'parameters', 1, 'schema'],
        { type: 'array', items: { $ref: '#/components/schemas/SprocketKind' }, default: ['small', 'large'] },
      ],
      [
        ['paths', '/api/v1/sprockets', 'get', 'parameters', 2, 'schema'],
        { type: 'array', items: { type: ['string', 'null'] } },
      ],
      [['paths', '/api/v1/sprockets', 'get', 'responses', '422'], { description: 'Validation Error' }],
      [['paths', '/api/v1/sprockets/{sprocketId}/copies', 'post', 'parameters', 0, 'name'], 'sprocketId'],
      [
        ['paths', '/api/v1/sprockets/{sprocketId}/copies', 'post', 'responses'],
        { '201': { description: 'Made' } },
      ],
      [
        ['components', 'schemas', 'Sprocket'],
        { type: 'object', description: 'The vendor docs name this model but show no shape for it.' },
      ],
      [
        ['components', 'schemas', 'SprocketKind'],
        { description: 'The vendor docs name this model but show no shape for it.' },
      ],
      [['components', 'securitySchemes', 'passAuth'], { type: 'http', scheme: 'basic' }],
      [
        ['components', 'securitySchemes', 'tokenAuth'],
        { type: 'http', scheme: 'bearer', bearerFormat: 'Opaque' },
      ],
      [['components', 'securitySchemes', 'OAuth2ClientCredentials', 'type'], 'oauth2'],
      [
        ['paths', '/api/v1/sprockets', 'get', 'security'],
        [{ passAuth: [] }, { tokenAuth: [] }, { OAuth2ClientCredentials: [] }],
      ],
    ],
  ],
  [
    'python-experimental: typed path and query params, enum, defaults, required body, error schema, empty body',
    experimental,
    [
      [['paths', '/cogs/{id}', 'patch', 'operationId'], 'moveCog'],
      [
        ['paths', '/cogs/{id}', 'patch', 'parameters'],
        [
          {
            name: 'mode',
            in: 'query',
            required: false,
            schema: { type: 'string', enum: ['FAST', 'SLOW'], default: 'SLOW' },
          },
          {
            name: 'limit',
            in: 'query',
            required: false,
            schema: { type: 'integer', format: 'int32', default: 10 },
          },
          { name: 'id', in: 'path', required: true, schema: { type: 'integer', format: 'int64' } },
        ],
      ],
      [
        ['paths', '/cogs/{id}', 'patch', 'requestBody'],
        {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/CogMove' } } },
        },
      ],
      [
        ['paths', '/cogs/{id}', 'patch', 'responses', '409', 'content', 'application/json', 'schema'],
        { $ref: '#/components/schemas/CogError' },
      ],
      [['paths', '/cogs/{id}', 'patch', 'responses', '200'], { description: 'OK' }],
      [
        ['components', 'schemas', 'CogMove', 'properties'],
        { lane: { type: 'string' }, speed: { type: 'integer' } },
      ],
      [['components', 'securitySchemes', 'Jwt'], { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }],
      [['servers', 0, 'url'], 'http://localhost:9000'],
    ],
  ],
];

describe('reconstruct: doc fragment in, spec fragment out', () => {
  it.each(cases)('%s', (_name, given, want) => {
    const built = spec(given);
    for (const [keys, value] of want) expect(at(built, keys), keys.join(' > ')).toEqual(value);
  });
});
