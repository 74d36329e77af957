import { describe, expect, it } from 'vitest';
import { PathParameterError } from './errors.js';
import {
  checkPathParams,
  encodePathSegment,
  fillPath,
  pathPlaceholders,
  serializePath,
} from './path-params.js';

describe('checkPathParams', () => {
  const refused: Array<{ given: unknown; problem: RegExp }> = [
    { given: undefined, problem: /missing/ },
    { given: null, problem: /missing/ },
    { given: '', problem: /empty/ },
    { given: '.', problem: /"\."/ },
    { given: '..', problem: /"\."/ },
    { given: '%2e', problem: /"\."/ },
    { given: '%2e%2E', problem: /"\."/ },
    { given: '.%2E', problem: /"\."/ },
    { given: '%252e%252e', problem: /"\."/ },
    { given: { a: 1 }, problem: /string or number/ },
    { given: ['a'], problem: /string or number/ },
  ];
  it.each(refused)('refuses $given naming operation and parameter', ({ given, problem }) => {
    const call = () => checkPathParams('getUser', '/users/{id}', { id: given });
    expect(call).toThrow(PathParameterError);
    expect(call).toThrow(/^getUser: path parameter "id" /);
    expect(call).toThrow(problem);
  });

  const accepted: unknown[] = ['abc', '...', '.a', 'a/b', '%zz', 0, 42, true, 'a%2e'];
  it.each(accepted)('accepts %s', (given) => {
    expect(() => checkPathParams('getUser', '/users/{id}', { id: given })).not.toThrow();
  });

  it('checks every placeholder, not only the ones given', () => {
    expect(() => checkPathParams('getToken', '/users/{id}/tokens/{tokenId}', { id: 'u' })).toThrow(
      /getToken: path parameter "tokenId" is required/,
    );
  });
});

describe('encodePathSegment', () => {
  const cases: Array<{ given: string; want: string }> = [
    { given: 'a/b', want: 'a%2Fb' },
    { given: 'a b', want: 'a%20b' },
    { given: '?#&', want: '%3F%23%26' },
    { given: "!'()*", want: '%21%27%28%29%2A' },
    { given: '%2e', want: '%252e' },
    { given: 'ü', want: '%C3%BC' },
  ];
  it.each(cases)('$given -> $want', ({ given, want }) => {
    expect(encodePathSegment(given)).toBe(want);
  });
});

describe('serializePath', () => {
  it('fills placeholders with encoded values', () => {
    expect(serializePath('http://h/a/{x}/b/{y}', { x: 'p/q', y: 3 })).toBe('http://h/a/p%2Fq/b/3');
  });
  it('leaves placeholders without a usable value for the guard to refuse', () => {
    expect(serializePath('http://h/a/{x}', {})).toBe('http://h/a/{x}');
  });
  it('lists placeholders', () => {
    expect(pathPlaceholders('/a/{x}/b/{y}')).toEqual(['x', 'y']);
  });
});

describe('fillPath', () => {
  const filled: Array<{ template: string; params: Record<string, unknown>; want: string }> = [
    { template: '/users/{id}', params: { id: 'u-1' }, want: '/users/u-1' },
    { template: '/users/{id}', params: { id: 'a/b?c#d' }, want: '/users/a%2Fb%3Fc%23d' },
    { template: '/users/{id}', params: { id: "it's(*)!" }, want: '/users/it%27s%28%2A%29%21' },
    { template: '/users/{id}', params: { id: 42 }, want: '/users/42' },
    { template: '/a/{x}/b/{y}/c', params: { x: 'ü', y: false }, want: '/a/%C3%BC/b/false/c' },
    { template: '/{x}{y}', params: { x: 'a%2e', y: '...' }, want: '/a%252e...' },
    { template: '/static', params: {}, want: '/static' },
  ];
  it.each(filled)('$template with $params -> $want', ({ template, params, want }) => {
    expect(fillPath('op', template, params)).toBe(want);
    // The same as the two steps it replaces.
    expect(() => checkPathParams('op', template, params)).not.toThrow();
    expect(serializePath(template, params)).toBe(want);
  });

  const refused: Array<{ template: string; params: Record<string, unknown> | undefined; error: RegExp }> = [
    { template: '/users/{id}', params: undefined, error: /^op: path parameter "id" is required/ },
    { template: '/users/{id}', params: { id: '%2E%2e' }, error: /^op: path parameter "id" must not be "\."/ },
    {
      template: '/u/{id}/t/{tokenId}',
      params: { id: 'u' },
      error: /^op: path parameter "tokenId" is required/,
    },
    { template: '/u/{id}', params: { id: '\ud800' }, error: /lone surrogate/ },
    { template: '/u/{id}', params: { id: {} }, error: /string or number/ },
  ];
  it.each(refused)('refuses $params for $template', ({ template, params, error }) => {
    expect(() => fillPath('op', template, params)).toThrow(PathParameterError);
    expect(() => fillPath('op', template, params)).toThrow(error);
  });
});
