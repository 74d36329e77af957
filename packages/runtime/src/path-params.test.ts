import { describe, expect, it } from 'vitest';
import { PathParameterError } from './errors.js';
import { checkPathParams, encodePathSegment, pathPlaceholders, serializePath } from './path-params.js';

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
