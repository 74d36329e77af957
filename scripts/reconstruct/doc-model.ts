/** What a doc says, dialect-neutral: the reconstructor's intermediate form. */
import type { SampleShape } from './models.ts';
import type { Schema } from './schema.ts';

export type Dialect =
  | 'swagger-codegen-python'
  | 'openapi-generator-python'
  | 'openapi-generator-python-pydantic'
  | 'openapi-generator-python-experimental';

export type ParamLocation = 'path' | 'query' | 'header' | 'cookie';

export interface DocParameter {
  name: string;
  in: ParamLocation;
  required: boolean;
  description?: string;
  schema: Schema;
}

export interface DocRequestBody {
  required: boolean;
  description?: string;
  /** The body's schema: what every content type carries unless `content` says otherwise. */
  schema: Schema;
  /** Each content type the docs list, in their order, with its schema (a form is an object of its fields). */
  content: Array<{ type: string; schema: Schema }>;
}

export interface DocResponse {
  /** HTTP status, `default`, or `2XX` when the dialect lists no status codes. */
  status: string;
  description: string;
  /** Each media type the body may come as (the `Accept` list), all with `schema`. */
  contentTypes?: string[];
  schema?: Schema;
}

export interface DocSecurityScheme {
  type: 'apiKey' | 'http' | 'oauth2';
  /** apiKey: where and under which name; http: basic | bearer. */
  in?: 'header' | 'query' | 'cookie';
  name?: string;
  scheme?: 'basic' | 'bearer';
  bearerFormat?: string;
  /** oauth2 flow named by the scheme (e.g. authorizationCode), URLs come from the overlay. */
  flow?: string;
}

export interface DocOperation {
  /** The API page's tag (`UsersV1` for `UsersV1Api`), where a doc set has several API pages. */
  tag?: string;
  /** snake_case method name as documented. */
  name: string;
  /** 0-based index of the operation's section heading. */
  index: number;
  method: string;
  path: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  parameters: DocParameter[];
  requestBody?: DocRequestBody;
  responses: DocResponse[];
  /** Alternatives: each inner list is one way to authenticate. */
  security: string[][];
}

export interface DocApi {
  dialect: Dialect;
  /** e.g. `UserApi`. */
  apiClass: string;
  /** The doc's default host, e.g. `http://localhost/v1`. */
  host: string;
  operations: DocOperation[];
  securitySchemes: Record<string, DocSecurityScheme>;
  /**
   * Models by name: a schema when the doc shows a shape, else undefined. As parsed from an API page,
   * the shapes its Python examples show (attribute names); once a doc set is read, each model's schema.
   */
  models: Map<string, Schema | undefined>;
  /** What the JSON samples of the API page show of each model (JSON names), with their lines. */
  samples: Map<string, SampleShape[]>;
}
