import { describe, expect, it } from 'vitest';
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
