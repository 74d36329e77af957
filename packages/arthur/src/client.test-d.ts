import { apiKey } from '@vendor-clients/auth';
import { createClientCore } from '@vendor-clients/runtime';
import { assertType, describe, expectTypeOf, it } from 'vitest';
import {
  createArthur,
  createArthurClient,
  type DeleteUserResult,
  defineHooks,
  deleteUser,
  type WithResponse,
  withResponse,
} from './index.js';
import { createArthurRawClient } from './raw.js';

// Compile-time checks only (vitest typecheck): nothing here is run.
describe('createArthurClient types', () => {
  const client = createArthurClient();

  it('refuses a credential kind the spec does not declare', () => {
    const foreign = apiKey('k');
    // @ts-expect-error apiKey credentials are not accepted by this API
    createArthurClient({ auth: foreign });
  });

  it('requires the input and its required path parameter', () => {
    // @ts-expect-error the input is required
    void client.deleteUser();
    // @ts-expect-error path parameter "user_id" is missing
    void client.deleteUser({ path: {} });
  });

  it('refuses a wrong parameter name or type', () => {
    // @ts-expect-error "notAParameter" is not a path parameter of deleteUser
    void client.deleteUser({ path: { ...{ user_id: 'x' }, notAParameter: 'x' } });
    // @ts-expect-error path parameter "user_id" takes a string, not an object
    void client.deleteUser({ path: { ...{ user_id: 'x' }, user_id: { nested: true } } });
  });

  it('types the success body', () => {
    assertType<Promise<DeleteUserResult>>(client.deleteUser({ path: { user_id: 'x' } }));
  });
});

describe('createArthur and the operation functions: typed like the methods', () => {
  const connection = createArthur();
  const methods = createArthurClient();

  it('refuses a credential kind the spec does not declare', () => {
    const foreign = apiKey('k');
    // @ts-expect-error apiKey credentials are not accepted by this API
    createArthur({ auth: foreign });
  });

  it('requires the client, the input and its required path parameter', () => {
    // @ts-expect-error the client is required
    void deleteUser();
    // @ts-expect-error the input is required
    void deleteUser(connection);
    // @ts-expect-error path parameter "user_id" is missing
    void deleteUser(connection, { path: {} });
  });

  it('refuses a wrong parameter name or type', () => {
    // @ts-expect-error "notAParameter" is not a path parameter of deleteUser
    void deleteUser(connection, { path: { ...{ user_id: 'x' }, notAParameter: 'x' } });
    const nested = { ...{ user_id: 'x' }, user_id: { nested: true } };
    // @ts-expect-error path parameter "user_id" takes a string, not an object
    void deleteUser(connection, { path: nested });
  });

  it('refuses a client that was not made for this API', () => {
    const other = createClientCore({ baseUrl: 'https://api.example.test' });
    // @ts-expect-error a bare core has no bindings for this API; createArthur() makes the right one
    void deleteUser(other, { path: { user_id: 'x' } });
  });

  it('types the success body, on either kind of client', () => {
    assertType<Promise<DeleteUserResult>>(deleteUser(connection, { path: { user_id: 'x' } }));
    assertType<Promise<DeleteUserResult>>(deleteUser(methods, { path: { user_id: 'x' } }));
  });

  it('types withResponse: the data keeps its operation type, the metadata is typed', async () => {
    const got = await withResponse(deleteUser(connection, { path: { user_id: 'x' } }));
    expectTypeOf(got.data).toEqualTypeOf<DeleteUserResult>();
    expectTypeOf(got.status).toEqualTypeOf<number>();
    expectTypeOf(got.headers).toEqualTypeOf<Readonly<Record<string, string>>>();
    expectTypeOf(got.requestId).toEqualTypeOf<string | undefined>();
    expectTypeOf(got.url).toEqualTypeOf<string>();
    expectTypeOf(got.attempts).toEqualTypeOf<number>();
    expectTypeOf(got.elapsedMs).toEqualTypeOf<number>();
    expectTypeOf(withResponse(methods.deleteUser({ path: { user_id: 'x' } }))).resolves.toEqualTypeOf<
      WithResponse<DeleteUserResult>
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
    createArthur({ hooks });
    void deleteUser(connection, { path: { user_id: 'x' } }, { hooks });
    // @ts-expect-error plain objects are refused: defineHooks carries the code that runs them
    createArthurClient({ hooks: { onRequest() {} } });
  });

  it('types the raw client by path', () => {
    const raw = createArthurRawClient(connection);
    // @ts-expect-error not a path of this API
    void raw.GET('/not/a/path/of/this/api');
    createArthurRawClient(methods);
  });
});
