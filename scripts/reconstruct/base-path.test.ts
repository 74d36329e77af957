/** An overlay's servers against the doc's host and paths: fine, normalised once, or refused at the overlay's line. */
import { describe, expect, it } from 'vitest';
import { basePathOf, fitServersToPaths } from './base-path.ts';
import { OverlayOrigins } from './overlay.ts';

type Case = {
  name: string;
  host: string;
  server: string;
  paths: string[];
  want: { paths: string[]; note?: RegExp } | { error: RegExp };
};

const cases: Case[] = [
  {
    name: 'same base path',
    host: 'http://localhost/v1',
    server: 'https://api.x.com/v1',
    paths: ['/users'],
    want: { paths: ['/users'] },
  },
  {
    name: 'no base path on either',
    host: 'http://localhost',
    server: 'https://api.x.com',
    paths: ['/v2/users'],
    want: { paths: ['/v2/users'] },
  },
  {
    name: 'paths that carry the base path the server adds: taken off once',
    host: 'http://localhost',
    server: 'https://api.x.com/v1',
    paths: ['/v1/users', '/v1/users/{id}', '/v1'],
    want: {
      paths: ['/users', '/users/{id}', '/'],
      note: /overlay\.yaml: the doc's paths all start with \/v1, .* taken off each path once/,
    },
  },
  {
    name: 'some paths carry it, some not: doubled for those',
    host: 'http://localhost',
    server: 'https://api.x.com/v1',
    paths: ['/v1/users', '/session'],
    want: {
      error:
        /^overlay\.yaml:7: server https:\/\/api\.x\.com\/v1 ends in \/v1, which 1 of the doc's 2 paths also start with/,
    },
  },
  {
    name: 'a version under paths that carry their own',
    host: 'http://localhost',
    server: 'https://api.x.com/v1',
    paths: ['/v2/arrays'],
    want: {
      error:
        /^overlay\.yaml:7: server https:\/\/api\.x\.com\/v1 adds the version \/v1 .* URLs would be https:\/\/api\.x\.com\/v1\/v2\/arrays$/,
    },
  },
  {
    name: "a base path under unversioned paths is the overlay's fact, not a conflict",
    host: 'http://localhost',
    server: 'https://x.com/api',
    paths: ['/users'],
    want: { paths: ['/users'] },
  },
];

describe('fitServersToPaths', () => {
  it.each(cases)('$name', ({ host, server, paths, want }) => {
    const spec = { servers: [{ url: server }], paths: Object.fromEntries(paths.map((p) => [p, {}])) };
    const origins = new OverlayOrigins('overlay.yaml');
    origins.record('/servers/0/url', 7);
    if ('error' in want) {
      expect(() => fitServersToPaths(spec, host, origins)).toThrow(want.error);
      return;
    }
    const notes = fitServersToPaths(spec, host, origins);
    expect(Object.keys(spec.paths)).toEqual(want.paths);
    if (want.note) expect(notes).toEqual([expect.stringMatching(want.note)]);
    else expect(notes).toEqual([]);
  });

  it('leaves servers the overlay did not write alone', () => {
    const spec = { servers: [{ url: 'https://api.x.com/v1' }], paths: { '/v2/a': {} } };
    expect(fitServersToPaths(spec, 'http://localhost', new OverlayOrigins('overlay.yaml'))).toEqual([]);
  });

  it.each([
    ['https://api.x.com/v1/', '/v1'],
    ['/api/v3/onezone', '/api/v3/onezone'],
    ['http://localhost', ''],
    ['https://{host}/api', '/api'],
  ])('basePathOf(%s) is %s', (url, base) => expect(basePathOf(url)).toBe(base));
});
