import { apiKey } from '@vendor-clients/auth';
import { createClientCore } from '@vendor-clients/runtime';
import { assertType, describe, expectTypeOf, it } from 'vitest';
import {
  createExtremecloudiq,
  createExtremecloudiqClient,
  defineHooks,
  type GetUserResult,
  getUser,
  type WithResponse,
  withResponse,
} from './index.js';
import { createExtremecloudiqRawClient } from './raw.js';

// Compile-time checks only (vitest typecheck): nothing here is run.
describe('createExtremecloudiqClient types', () => {
  const client = createExtremecloudiqClient();

  it('refuses a credential kind the spec does not declare', () => {
    const foreign = apiKey('k');
    // @ts-expect-error apiKey credentials are not accepted by this API
    createExtremecloudiqClient({ auth: foreign });
  });

  it('requires the input and its required path parameter', () => {
    // @ts-expect-error the input is required
    void client.getUser();
    // @ts-expect-error path parameter "id" is missing
    void client.getUser({ path: {} });
  });

  it('refuses a wrong parameter name or type', () => {
    // @ts-expect-error "notAParameter" is not a path parameter of getUser
    void client.getUser({ path: { ...{ id: 1 }, notAParameter: 'x' } });
    // @ts-expect-error path parameter "id" takes a number, not an object
    void client.getUser({ path: { ...{ id: 1 }, id: { nested: true } } });
  });

  it('types the success body', () => {
    assertType<Promise<GetUserResult>>(client.getUser({ path: { id: 1 } }));
  });
});

describe('createExtremecloudiq and the operation functions: typed like the methods', () => {
  const connection = createExtremecloudiq();
  const methods = createExtremecloudiqClient();

  it('refuses a credential kind the spec does not declare', () => {
    const foreign = apiKey('k');
    // @ts-expect-error apiKey credentials are not accepted by this API
    createExtremecloudiq({ auth: foreign });
  });

  it('requires the client, the input and its required path parameter', () => {
    // @ts-expect-error the client is required
    void getUser();
    // @ts-expect-error the input is required
    void getUser(connection);
    // @ts-expect-error path parameter "id" is missing
    void getUser(connection, { path: {} });
  });

  it('refuses a wrong parameter name or type', () => {
    // @ts-expect-error "notAParameter" is not a path parameter of getUser
    void getUser(connection, { path: { ...{ id: 1 }, notAParameter: 'x' } });
    const nested = { ...{ id: 1 }, id: { nested: true } };
    // @ts-expect-error path parameter "id" takes a number, not an object
    void getUser(connection, { path: nested });
  });

  it('refuses a client that was not made for this API', () => {
    const other = createClientCore({ baseUrl: 'https://api.example.test' });
    // @ts-expect-error a bare core has no bindings for this API; createExtremecloudiq() makes the right one
    void getUser(other, { path: { id: 1 } });
  });

  it('types the success body, on either kind of client', () => {
    assertType<Promise<GetUserResult>>(getUser(connection, { path: { id: 1 } }));
    assertType<Promise<GetUserResult>>(getUser(methods, { path: { id: 1 } }));
  });

  it('types withResponse: the data keeps its operation type, the metadata is typed', async () => {
    const got = await withResponse(getUser(connection, { path: { id: 1 } }));
    expectTypeOf(got.data).toEqualTypeOf<GetUserResult>();
    expectTypeOf(got.status).toEqualTypeOf<number>();
    expectTypeOf(got.headers).toEqualTypeOf<Readonly<Record<string, string>>>();
    expectTypeOf(got.requestId).toEqualTypeOf<string | undefined>();
    expectTypeOf(got.url).toEqualTypeOf<string>();
    expectTypeOf(got.attempts).toEqualTypeOf<number>();
    expectTypeOf(got.elapsedMs).toEqualTypeOf<number>();
    expectTypeOf(withResponse(methods.getUser({ path: { id: 1 } }))).resolves.toEqualTypeOf<
      WithResponse<GetUserResult>
    >();
  });

  it('types the hooks, and takes only hooks made by defineHooks', () => {
    const hooks = defineHooks({
      onRequest(request) {
        expectTypeOf(request.headers).toEqualTypeOf<Record<string, string>>();
        expectTypeOf(request.attempt).toEqualTypeOf<number>();
        expectTypeOf(request.call.operationId).toEqualTypeOf<string>();
      },
      onResponse(response) {
        expectTypeOf(response.status).toEqualTypeOf<number>();
        expectTypeOf(response.final).toEqualTypeOf<boolean>();
        expectTypeOf(response.elapsedMs).toEqualTypeOf<number>();
      },
      onError(failure) {
        expectTypeOf(failure.error).toExtend<Error>();
      },
    });
    createExtremecloudiq({ hooks });
    void getUser(connection, { path: { id: 1 } }, { hooks });
    // @ts-expect-error plain objects are refused: defineHooks carries the code that runs them
    createExtremecloudiqClient({ hooks: { onRequest() {} } });
  });

  it('types the raw client by path', () => {
    const raw = createExtremecloudiqRawClient(connection);
    // @ts-expect-error not a path of this API
    void raw.GET('/not/a/path/of/this/api');
    createExtremecloudiqRawClient(methods);
  });
});
