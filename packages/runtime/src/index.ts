export {
  anyBody,
  type BinaryBody,
  type BodyEncoder,
  binaryBody,
  defaultBody,
  multipartBody,
  textBody,
  yamlBody,
} from './body.js';
export {
  type CallInit,
  type ClientCore,
  type ClientCoreOptions,
  type ClientFacts,
  createBareClientCore,
  createClientCore,
} from './client.js';
export type { Clock } from './clock.js';
export {
  type AnyErrorBodyOf,
  APIConnectionError,
  APIConnectionTimeoutError,
  ApiError,
  type ApiErrorClass,
  type ApiErrorExplanation,
  type ApiErrorOfStatus,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  type ErrorBodyMap,
  type ErrorBodyOf,
  type ErrorStatus,
  HookError,
  type HookName,
  InternalServerError,
  type IsApiError,
  isApiError,
  MissingCredentialsError,
  NotFoundError,
  type OperationApiError,
  PathParameterError,
  PermissionDeniedError,
  RateLimitError,
  type ReasonPath,
  UnprocessableEntityError,
  UserAbortError,
} from './errors.js';
export type { DefinedHooks } from './hook-seam.js';
export {
  defineHooks,
  type HookCall,
  type HookExchange,
  type HookFailure,
  type HookRequest,
  type HookResponse,
  type Hooks,
} from './hooks.js';
export type { Logger } from './logger.js';
export type { CallInput, HttpMethod, OperationSpec, SecurityRequirements } from './operation.js';
export {
  type Page,
  type PageQuery,
  type PaginateInit,
  PaginationError,
  type PaginationSpec,
  type Paginator,
  paginate,
} from './paginate.js';
export { defaultQuery, type QueryEncoder } from './query.js';
export { type ResponseMeta, type WithResponse, withResponse } from './response.js';
export type { RetryOptions } from './retry.js';
export {
  type FetchInit,
  type FetchLike,
  fetchTransport,
  type HeaderReader,
  type HttpRequest,
  type HttpResponse,
  type Transport,
} from './transport.js';
export type { DefinedValidation, ValidationMode } from './validation-seam.js';
