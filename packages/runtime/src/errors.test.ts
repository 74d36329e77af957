import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as errors from './errors.js';
import { type ApiError, apiErrorFor, type ErrorStatus, isApiError } from './errors.js';

const errorOf = (operationId: string, status: number): ApiError =>
  apiErrorFor({
    status,
    body: { message: 'no' },
    headers: {},
    operationId,
    method: 'GET',
    url: 'https://x.test/',
  });

/** given: the error, and the operation and status asked about; want: whether isApiError says yes. */
type TestCase = [
  name: string,
  given: { error: unknown; operationId: string; status?: ErrorStatus },
  want: boolean,
];

const cases: TestCase[] = [
  [
    'the same operation and status',
    { error: errorOf('getUser', 404), operationId: 'getUser', status: 404 },
    true,
  ],
  ['another status', { error: errorOf('getUser', 404), operationId: 'getUser', status: 409 }, false],
  ['another operation', { error: errorOf('getUser', 404), operationId: 'listUsers', status: 404 }, false],
  ['a status in the range', { error: errorOf('getUser', 404), operationId: 'getUser', status: '4XX' }, true],
  [
    'a status outside the range',
    { error: errorOf('getUser', 503), operationId: 'getUser', status: '4XX' },
    false,
  ],
  ['5XX', { error: errorOf('getUser', 503), operationId: 'getUser', status: '5XX' }, true],
  ['no status: any error status', { error: errorOf('getUser', 500), operationId: 'getUser' }, true],
  // A success body that is not JSON is an ApiError too, but not one of the statuses the spec declares errors for.
  ['no status: not a 2xx', { error: errorOf('getUser', 200), operationId: 'getUser' }, false],
  ['not an ApiError', { error: new Error('getUser failed'), operationId: 'getUser' }, false],
  [
    'not an error at all',
    { error: { operationId: 'getUser', status: 404 }, operationId: 'getUser', status: 404 },
    false,
  ],
];

describe('isApiError', () => {
  it.each(cases)('%s', (_name, { error, operationId, status }, want) => {
    expect(isApiError(error, operationId, status)).toBe(want);
  });
});

/** given: an error body and the reason paths of its status; want: what the message says after the status. */
const reasonCases: Array<[name: string, given: { body: unknown; reasons?: string[][] }, want: string]> = [
  ['no body', { body: undefined }, ''],
  ['a text body', { body: 'upstream timed out' }, ': upstream timed out'],
  ['message', { body: { message: 'no such user' } }, ': no such user'],
  [
    'OAuth: error_description before the error code',
    { body: { error: 'invalid_grant', error_description: 'token expired' } },
    ': token expired',
  ],
  ['RFC 9457: detail before title', { body: { title: 'Not Found', detail: 'user abc' } }, ': user abc'],
  [
    'a nested envelope: error.description',
    { body: { error: { id: 'notFound', description: 'The resource could not be found.' } } },
    ': The resource could not be found.',
  ],
  [
    'a validation list of { loc, msg }',
    {
      body: {
        detail: [
          { loc: ['path', 'user_id'], msg: 'value is not a valid uuid', type: 'type_error.uuid' },
          { loc: ['query', 'page'], msg: 'must be at least 1' },
        ],
      },
    },
    ': path.user_id: value is not a valid uuid; query.page: must be at least 1',
  ],
  ['no key the reader knows', { body: { error_message: 'bad id', error_code: 'E1' } }, ''],
  [
    'the paths the spec gives, before the usual keys',
    {
      body: { error_message: 'bad id', error_code: 'E1', message: 'generic' },
      reasons: [['error_message'], ['error_message_description']],
    },
    ': bad id',
  ],
  [
    'the next path when the first is empty',
    {
      body: { error_message: '', error_message_description: 'id must be a number' },
      reasons: [['error_message'], ['error_message_description']],
    },
    ': id must be a number',
  ],
  [
    'a path to a list, read item by item',
    { body: { problems: [{ msg: 'a' }, { msg: 'b' }] }, reasons: [['problems']] },
    ': a; b',
  ],
  [
    'the usual keys when the body does not follow the spec',
    { body: { message: 'from a proxy' }, reasons: [['error_message']] },
    ': from a proxy',
  ],
  ['a long reason cut', { body: { message: 'x'.repeat(400) } }, `: ${'x'.repeat(299)}…`],
];

describe('ApiError message', () => {
  it.each(reasonCases)('%s', (_name, { body, reasons }, want) => {
    const details = {
      status: 422,
      body,
      headers: {},
      operationId: 'getUser',
      method: 'GET',
      url: 'https://x.test/u',
    };
    expect(apiErrorFor(details, { reasons }).message).toBe(
      `getUser: GET https://x.test/u failed with status 422${want}`,
    );
  });

  it('ends with the hint', () => {
    const details = {
      status: 404,
      body: { message: 'no' },
      headers: {},
      operationId: 'getUser',
      method: 'GET',
      url: 'https://x.test/u',
    };
    expect(apiErrorFor(details, { hint: 'look elsewhere' }).message).toBe(
      'getUser: GET https://x.test/u failed with status 404: no (look elsewhere)',
    );
  });
});

/** given: a status; want: the class thrown for it, by name, as the class, its errors and Node print it. */
const nameCases: Array<[status: number, want: string]> = [
  [400, 'BadRequestError'],
  [401, 'AuthenticationError'],
  [403, 'PermissionDeniedError'],
  [404, 'NotFoundError'],
  [409, 'ConflictError'],
  [422, 'UnprocessableEntityError'],
  [429, 'RateLimitError'],
  [503, 'InternalServerError'],
  [418, 'ApiError'],
];

describe('error classes are named', () => {
  it.each(nameCases)('%s: %s', (status, want) => {
    const error = errorOf('getUser', status);
    expect(error.constructor.name).toBe(want);
    expect(error.name).toBe(want);
    expect(inspect(error).split('\n')[0]).toBe(`${want}: ${error.message}`);
    expect(String(error)).toBe(`${want}: ${error.message}`);
  });

  it('exports each class under its own name', () => {
    for (const [exported, value] of Object.entries(errors)) {
      if (typeof value === 'function' && /Error$/.test(exported)) expect(value.name).toBe(exported);
    }
  });
});
