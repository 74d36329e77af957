import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bearer, bindSecuritySchemes } from '@vendor-clients/auth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startServer, type TestServer } from '../test/server.js';
import { type CallInit, createClientCore } from './client.js';
import { driftFile } from './node.js';
import type { OperationSpec } from './operation.js';
import { createRawClient } from './raw.js';
import {
  type DriftReport,
  defineValidation,
  mergeShapes,
  ResponseValidationError,
  shapeOf,
  type ValidationSchemas,
} from './validate.js';

// Values a report must never show: personal data and secrets, in every kind of difference.
const SECRETS = {
  nickname: 'sk_live_4eC39HqLyjWDarjtT1zdp7dc',
  age: 'ssn-078-05-1120',
  createdAt: 'AKIAIOSFODNN7EXAMPLE',
  tier: 'ghp_16C7e42F292c6912E7710c838347Ae178B4a',
  email: 'ada.lovelace@example.com',
  mapKey: 'grace.hopper@example.com',
  token: 'OPAQUE_BEARER_TOKEN',
};

const schemas: ValidationSchemas = {
  vendor: 'acme',
  defs: {
    User: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        email: { type: 'string' },
        age: { type: 'integer' },
        createdAt: { type: 'string', format: 'date-time' },
        role: { $ref: '#/$defs/Role' },
        tier: { type: 'string', enum: ['free', 'pro'] },
        level: { type: 'integer', enum: [1, 2, 3] },
      },
      required: ['id', 'email'],
      unevaluatedProperties: false,
    },
    Role: { type: 'string', enum: ['ADMIN', 'MEMBER'] },
    Group: {
      type: 'object',
      properties: { members: { type: 'object', additionalProperties: { $ref: '#/$defs/User' } } },
      unevaluatedProperties: false,
    },
  },
  operations: {
    getUser: {
      '200': {
        at: '#/paths/~1users~1{id}/get/responses/200/content/application~1json/schema',
        schema: { $ref: '#/$defs/User' },
      },
      default: {
        at: '#/paths/~1users~1{id}/get/responses/default/content/application~1json/schema',
        schema: { type: 'object', properties: { message: { type: 'string' } }, unevaluatedProperties: false },
      },
    },
    listUsers: {
      '2XX': {
        at: '#/paths/~1users/get/responses/2XX/content/application~1json/schema',
        schema: { type: 'array', items: { $ref: '#/$defs/User' } },
      },
    },
    getGroup: {
      '200': {
        at: '#/paths/~1groups~1{id}/get/responses/200/content/application~1json/schema',
        schema: { $ref: '#/$defs/Group' },
      },
    },
  },
};

const USER_AT = '#/components/schemas/User';

/** A user with one difference of each kind. */
const driftingUser = {
  id: 'u-1',
  nickname: SECRETS.nickname, // unknown field
  age: SECRETS.age, // type: string for integer
  createdAt: SECRETS.createdAt, // format
  role: 'OWNER', // enum, reads as a member: shown
  tier: SECRETS.tier, // enum, reads as a token: withheld
  // email: missing (required)
};
const goodUser = {
  id: 'u-2',
  email: SECRETS.email,
  age: 36,
  createdAt: '2024-01-02T03:04:05Z',
  role: 'ADMIN',
};

const getUser: OperationSpec = {
  operationId: 'getUser',
  method: 'GET',
  path: '/users/{id}',
  security: [{ bearer: [] }],
};
const listUsers: OperationSpec = {
  operationId: 'listUsers',
  method: 'GET',
  path: '/users',
  security: [{ bearer: [] }],
};
const getGroup: OperationSpec = {
  operationId: 'getGroup',
  method: 'GET',
  path: '/groups/{id}',
  security: [{ bearer: [] }],
};
const operations = [getUser, listUsers, getGroup];
const bindings = bindSecuritySchemes({ bearer: { type: 'http', scheme: 'bearer' } });

type RawPaths = {
  '/users/{id}': {
    get: {
      parameters: { path: { id: string } };
      responses: { 200: { content: { 'application/json': unknown } } };
    };
  };
  '/users': { get: { responses: { 200: { content: { 'application/json': unknown } } } } };
  '/groups/{id}': {
    get: {
      parameters: { path: { id: string } };
      responses: { 200: { content: { 'application/json': unknown } } };
    };
  };
};

let server: TestServer;
beforeAll(async () => {
  server = await startServer((request, res) => {
    const path = request.url.split('?')[0]!;
    if (path === '/users/drift') return json(res, 200, driftingUser);
    if (path === '/users/good') return json(res, 200, goodUser);
    if (path === '/users/echo') return json(res, 200, { ...goodUser, role: SECRETS.token });
    if (path === '/users/missing')
      return json(res, 404, { message: 'no such user', traceId: SECRETS.nickname });
    if (path === '/users')
      return json(res, 200, [driftingUser, driftingUser, goodUser, { ...driftingUser, nickname: 7 }]);
    if (path === '/groups/g') {
      return json(res, 200, { members: { [SECRETS.mapKey]: { ...goodUser, extra: SECRETS.nickname } } });
    }
    json(res, 500, { message: 'unexpected path' });
  });
});
afterAll(() => server.close());

/** A client core and raw client reporting to an array (and a logger), for one mode. */
function clients(mode?: 'off' | 'report' | 'strict', withValidation = true) {
  const reports: DriftReport[] = [];
  const lines: string[] = [];
  const core = createClientCore({
    baseUrl: server.origin,
    auth: bearer(SECRETS.token),
    bindings,
    retry: false,
    logger: { debug: (line) => lines.push(line) },
    ...(withValidation
      ? {
          validate: defineValidation(schemas, { ...(mode ? { mode } : {}), onDrift: (r) => reports.push(r) }),
        }
      : {}),
  });
  const raw = createRawClient<RawPaths>(core, operations);
  return { core, raw, reports, lines };
}

/** The two transports of a client: `call` (methods and operation functions) and the openapi-fetch `/raw`. */
const forms = [
  {
    name: 'call',
    get: (c: ReturnType<typeof clients>, id: string, init?: CallInit) =>
      c.core.call(getUser, { path: { id } }, init),
    list: (c: ReturnType<typeof clients>) => c.core.call(listUsers),
    group: (c: ReturnType<typeof clients>) => c.core.call(getGroup, { path: { id: 'g' } }),
  },
  {
    name: 'raw',
    get: async (c: ReturnType<typeof clients>, id: string, init?: CallInit) => {
      const { data, error } = await c.raw.GET('/users/{id}', {
        params: { path: { id } },
        ...(init?.validate ? { validate: init.validate } : {}),
      } as never);
      return data ?? error;
    },
    list: async (c: ReturnType<typeof clients>) => (await c.raw.GET('/users')).data,
    group: async (c: ReturnType<typeof clients>) =>
      (await c.raw.GET('/groups/{id}', { params: { path: { id: 'g' } } })).data,
  },
];

const byKind = (reports: readonly DriftReport[]) =>
  Object.fromEntries(reports.map((r) => [`${r.kind} ${r.pointer}`, r]));

describe.each(forms)('response validation through $name', (form) => {
  it.each([
    { given: 'no validation option', mode: undefined, withValidation: false },
    { given: "mode 'off'", mode: 'off' as const, withValidation: true },
  ])('$given: nothing is reported and the body is returned as is', async ({ mode, withValidation }) => {
    const c = clients(mode, withValidation);
    expect(await form.get(c, 'drift')).toEqual(driftingUser);
    expect(c.reports).toEqual([]);
    expect(c.lines.filter((l) => l.startsWith('drift:'))).toEqual([]);
  });

  it('report: each difference once, the call succeeds with the body as sent', async () => {
    const c = clients('report');
    expect(await form.get(c, 'drift')).toEqual(driftingUser);
    const found = byKind(c.reports);
    expect(Object.keys(found).sort()).toEqual(
      [
        'enum /role',
        'enum /tier',
        'format /createdAt',
        'required /email',
        'type /age',
        'unknown-field /nickname',
      ].sort(),
    );
    const want: Record<string, Partial<DriftReport>> = {
      'unknown-field /nickname': {
        field: 'nickname',
        arrived: 'string',
        shape: { type: 'string' },
        schema: USER_AT,
      },
      'type /age': { expected: 'integer', arrived: 'string', schema: `${USER_AT}/properties/age` },
      'required /email': {
        field: 'email',
        expected: 'present (required)',
        arrived: 'absent',
        schema: USER_AT,
      },
      'format /createdAt': { expected: 'string (date-time)', arrived: 'string, not date-time' },
      'enum /role': {
        value: 'OWNER',
        expected: 'one of "ADMIN", "MEMBER"',
        schema: '#/components/schemas/Role',
      },
      'enum /tier': { arrived: 'a string not listed (value withheld)' },
    };
    for (const [key, fields] of Object.entries(want)) {
      expect(found[key], key).toMatchObject({
        vendor: 'acme',
        operation: 'getUser',
        status: 200,
        count: 1,
        ...fields,
      });
    }
    expect(found['enum /tier']).not.toHaveProperty('value');
    // Each report is logged too, on one line.
    expect(c.lines.filter((l) => l.startsWith('drift: acme getUser 200 '))).toHaveLength(6);
  });

  it('report: a conforming body reports nothing', async () => {
    const c = clients('report');
    expect(await form.get(c, 'good')).toEqual(goodUser);
    expect(c.reports).toEqual([]);
  });

  it('report: a difference repeated in array items is reported once, counted, shapes joined', async () => {
    const c = clients('report');
    await form.list(c);
    const nickname = c.reports.filter((r) => r.kind === 'unknown-field');
    expect(nickname).toHaveLength(1);
    expect(nickname[0]).toMatchObject({
      pointer: '/0/nickname',
      count: 3,
      shape: { type: ['integer', 'string'] },
    });
    expect(c.reports.filter((r) => r.kind === 'required')[0]).toMatchObject({
      count: 3,
      pointer: '/0/email',
    });
  });

  it('report: a map key (which may be data) reads * in the pointer', async () => {
    const c = clients('report');
    await form.group(c);
    expect(c.reports).toHaveLength(1);
    expect(c.reports[0]).toMatchObject({
      kind: 'unknown-field',
      pointer: '/members/*/extra',
      field: 'extra',
    });
  });

  it('strict: a differing success body fails the call with the list', async () => {
    const c = clients('strict');
    const error = await form.get(c, 'drift').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ResponseValidationError);
    const { differences, operationId, status, message } = error as ResponseValidationError;
    expect({ operationId, status }).toEqual({ operationId: 'getUser', status: 200 });
    expect(differences.map((d) => d.kind).sort()).toEqual([
      'enum',
      'enum',
      'format',
      'required',
      'type',
      'unknown-field',
    ]);
    expect(message).toContain('getUser: the 200 response differs from the spec in 6 places');
    expect(message).toContain('/nickname: field not in the spec');
    // The reports went out too.
    expect(c.reports).toHaveLength(6);
  });

  it('strict: a conforming body passes', async () => {
    expect(await form.get(clients('strict'), 'good')).toEqual(goodUser);
  });

  it.each([
    {
      given: "'off' on a reporting client",
      clientMode: 'report' as const,
      call: 'off' as const,
      reports: 0,
      fails: false,
    },
    {
      given: "'report' on a strict client",
      clientMode: 'strict' as const,
      call: 'report' as const,
      reports: 6,
      fails: false,
    },
    {
      given: "'strict' on an off client",
      clientMode: 'off' as const,
      call: 'strict' as const,
      reports: 6,
      fails: true,
    },
  ])('per call: $given', async ({ clientMode, call, reports, fails }) => {
    const c = clients(clientMode);
    const outcome = form.get(c, 'drift', { validate: call });
    if (fails) await expect(outcome).rejects.toBeInstanceOf(ResponseValidationError);
    else expect(await outcome).toEqual(driftingUser);
    expect(c.reports).toHaveLength(reports);
  });

  it('no value of the response, and no credential, appears in a report, a log line or the error', async () => {
    const c = clients('strict');
    const errors: unknown[] = [];
    for (const id of ['drift', 'echo', 'missing'])
      await form.get(c, id).catch((e: unknown) => errors.push(e));
    await form.list(c).catch((e: unknown) => errors.push(e));
    await form.group(c).catch((e: unknown) => errors.push(e));
    // The echo: the credential arrives as a token-like enum value; it is masked.
    expect(
      c.reports.find(
        (r) =>
          r.operation === 'getUser' &&
          r.kind === 'enum' &&
          r.value !== undefined &&
          r.pointer === '/role' &&
          r.arrived.includes('redacted'),
      ),
    ).toBeDefined();
    const shown = JSON.stringify([c.reports, c.lines, errors.map((e) => (e as Error).message)]);
    for (const [name, value] of Object.entries(SECRETS)) expect(shown, name).not.toContain(value);
    expect(c.reports.length).toBeGreaterThan(6);
  });
});

describe('response validation, error responses', () => {
  it.each(forms)(
    '$name: a documented error body is checked in report mode; strict leaves the ApiError',
    async (form) => {
      const report = clients('report');
      await form.get(report, 'missing').catch(() => {});
      expect(report.reports).toEqual([
        expect.objectContaining({
          kind: 'unknown-field',
          status: 404,
          field: 'traceId',
          pointer: '/traceId',
          schema: '#/paths/~1users~1{id}/get/responses/default/content/application~1json/schema',
        }),
      ]);
      const strict = clients('strict');
      const outcome = await form.get(strict, 'missing').catch((e: unknown) => e);
      expect(outcome).not.toBeInstanceOf(ResponseValidationError);
    },
  );
});

describe('response validation options', () => {
  it.each([
    {
      given: 'a call mode that is none of the three',
      init: { validate: 'loud' },
      want: /getUser: validate needs validation\(\) of the vendor package's \/validate entry/,
    },
    {
      given: 'a call mode without the client option',
      init: { validate: 'report' },
      want: /getUser: validate needs validation\(\)/,
    },
  ])('$given is refused before sending', async ({ init, want }) => {
    const c = clients(undefined, false);
    const before = server.requests.length;
    await expect(c.core.call(getUser, { path: { id: 'good' } }, init as CallInit)).rejects.toThrow(want);
    expect(server.requests.length).toBe(before);
  });

  it('a call mode that is none of the three, on a client with validation, is refused before sending', async () => {
    const c = clients('report');
    const before = server.requests.length;
    await expect(
      c.core.call(getUser, { path: { id: 'good' } }, { validate: 'loud' as never }),
    ).rejects.toThrow(
      /getUser: validate must be 'off', 'report', 'strict' or what validation\(\) returned, got "loud"/,
    );
    expect(server.requests.length).toBe(before);
  });

  it.each([
    {
      given: 'a string',
      validate: 'report',
      want: /createClientCore: validate needs validation\(\)/,
    },
    {
      given: 'a plain object',
      validate: { mode: 'report' },
      want: /createClientCore: validate needs validation/,
    },
  ])('a client option that is $given is refused', ({ validate, want }) => {
    expect(() => createClientCore({ baseUrl: server.origin, validate: validate as never })).toThrow(want);
  });

  it.each([
    { given: 'an unknown mode', options: { mode: 'loud' }, want: /mode must be 'off', 'report' or 'strict'/ },
    {
      given: 'onDrift that is not a function',
      options: { onDrift: 'file.jsonl' },
      want: /onDrift must be a function/,
    },
  ])('defineValidation refuses $given', ({ options, want }) => {
    expect(() => defineValidation(schemas, options as never)).toThrow(want);
  });

  it('a validation of its own, given to one call of a client without one', async () => {
    const c = clients(undefined, false);
    const reports: DriftReport[] = [];
    await c.core.call(
      getUser,
      { path: { id: 'drift' } },
      { validate: defineValidation(schemas, { onDrift: (r) => reports.push(r) }) },
    );
    expect(reports).toHaveLength(6);
  });

  it('an onDrift that throws is logged and the call still succeeds', async () => {
    const lines: string[] = [];
    const core = createClientCore({
      baseUrl: server.origin,
      auth: bearer(SECRETS.token),
      bindings,
      logger: { debug: (line) => lines.push(line) },
      validate: defineValidation(schemas, {
        onDrift: () => {
          throw new Error('sink down');
        },
      }),
    });
    expect(await core.call(getUser, { path: { id: 'drift' } })).toEqual(driftingUser);
    expect(lines.filter((l) => l === 'drift: onDrift threw: sink down')).toHaveLength(6);
  });

  it('driftFile appends one JSON line per report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vc-drift-'));
    try {
      const file = join(dir, 'drift.jsonl');
      const core = createClientCore({
        baseUrl: server.origin,
        auth: bearer(SECRETS.token),
        bindings,
        validate: defineValidation(schemas, { onDrift: driftFile(file) }),
      });
      await core.call(getUser, { path: { id: 'drift' } });
      await core.call(getUser, { path: { id: 'drift' } });
      const lines = readFileSync(file, 'utf8')
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as DriftReport & { at: string });
      expect(lines).toHaveLength(12);
      expect(lines[0]).toMatchObject({ vendor: 'acme', operation: 'getUser', status: 200 });
      expect(Date.parse(lines[0]!.at)).not.toBeNaN();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an operation or status without a schema is not checked', async () => {
    const c = clients('strict');
    const other: OperationSpec = { ...getUser, operationId: 'notInSchemas' };
    expect(await c.core.call(other, { path: { id: 'drift' } })).toEqual(driftingUser);
    expect(c.reports).toEqual([]);
  });
});

describe('shapes', () => {
  it.each([
    {
      given: 'a date-time string',
      value: '2024-05-06T07:08:09.123Z',
      want: { type: 'string', format: 'date-time' },
    },
    { given: 'an email', value: 'a@b.test', want: { type: 'string', format: 'email' } },
    { given: 'a plain string', value: 'hello', want: { type: 'string' } },
    { given: 'an integer', value: 3, want: { type: 'integer' } },
    { given: 'a fraction', value: 3.5, want: { type: 'number' } },
    { given: 'null', value: null, want: { type: 'null' } },
    {
      given: 'an object (keys may be data: not described)',
      value: { 'a@b.test': 1 },
      want: { type: 'object' },
    },
    { given: 'a mixed array', value: [1, 2.5, 3], want: { type: 'array', items: { type: 'number' } } },
    {
      given: 'an array of uuids',
      value: ['0f8fad5b-d9cb-469f-a165-70867728950e'],
      want: { type: 'array', items: { type: 'string', format: 'uuid' } },
    },
    { given: 'an empty array', value: [], want: { type: 'array' } },
  ])('$given', ({ value, want }) => {
    expect(shapeOf(value)).toEqual(want);
  });

  it.each([
    {
      a: { type: 'string', format: 'date' },
      b: { type: 'string', format: 'date' },
      want: { type: 'string', format: 'date' },
    },
    { a: { type: 'string', format: 'date' }, b: { type: 'string' }, want: { type: 'string' } },
    { a: { type: 'string' }, b: { type: 'null' }, want: { type: ['null', 'string'] } },
    { a: { type: 'integer' }, b: { type: 'number' }, want: { type: 'number' } },
  ])('merge $a.type and $b.type', ({ a, b, want }) => {
    expect(mergeShapes(a, b)).toEqual(want);
  });
});
