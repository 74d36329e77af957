import { createQuerySerializer } from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { serializeQuery } from './query.js';

// The same query through openapi-fetch's default serialiser and ours must give the same string.
const cases: Array<{ name: string; given: Record<string, unknown> | undefined; want: string }> = [
  { name: 'nothing', given: undefined, want: '' },
  { name: 'empty object', given: {}, want: '' },
  { name: 'one string', given: { q: 'a b' }, want: 'q=a%20b' },
  {
    name: 'reserved characters',
    given: { q: "v/x & more?#=+!'()*" },
    want: "q=v%2Fx%20%26%20more%3F%23%3D%2B!'()*",
  },
  { name: 'unicode', given: { q: 'é😀' }, want: 'q=%C3%A9%F0%9F%98%80' },
  { name: 'numbers and booleans', given: { n: 0, f: 1.5, b: false }, want: 'n=0&f=1.5&b=false' },
  { name: 'empty string is sent', given: { q: '' }, want: 'q=' },
  { name: 'undefined and null are skipped', given: { a: undefined, b: null, c: 'x' }, want: 'c=x' },
  { name: 'array explodes', given: { ids: ['a', 'b c'] }, want: 'ids=a&ids=b%20c' },
  { name: 'empty array is skipped', given: { ids: [], q: 1 }, want: 'q=1' },
  { name: 'null item in an array', given: { ids: ['a', null] }, want: 'ids=a&' },
  { name: 'object as deepObject', given: { f: { a: 1, b: 'x y' } }, want: 'f[a]=1&f[b]=x%20y' },
  { name: 'empty object value', given: { f: {}, q: 1 }, want: '&q=1' },
  { name: 'null inside an object', given: { f: { a: null, b: 2 } }, want: '&f[b]=2' },
  { name: 'names are not encoded', given: { 'a b': 1 }, want: 'a b=1' },
  { name: 'order kept', given: { z: 1, a: [2, 3], m: { k: 4 } }, want: 'z=1&a=2&a=3&m[k]=4' },
];

describe('serializeQuery', () => {
  const openapiFetch = createQuerySerializer();
  it.each(cases)('$name', ({ given, want }) => {
    expect(serializeQuery('op', given)).toBe(want);
    expect(openapiFetch(given ?? {})).toBe(want);
  });

  it.each([
    { name: 'array in an array', given: { ids: [['a']] } },
    { name: 'object in an array', given: { ids: [{ a: 1 }] } },
    { name: 'object in an object', given: { f: { a: { b: 1 } } } },
  ])('refuses $name, naming the operation and parameter', ({ given }) => {
    expect(() => serializeQuery('listUsers', given)).toThrow(
      /^listUsers: query parameter "(ids|f)" nests an array or object inside another/,
    );
    expect(() => openapiFetch(given)).toThrow();
  });
});
