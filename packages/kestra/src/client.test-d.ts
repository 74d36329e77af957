import { apiKey } from '@vendor-clients/auth';
import { createClientCore } from '@vendor-clients/runtime';
import { assertType, describe, expectTypeOf, it } from 'vitest';
import {
  createKestra,
  createKestraClient,
  defineHooks,
  type ListApiTokensResult,
  listApiTokens,
  type WithResponse,
  withResponse,
} from './index.js';
import { createKestraRawClient } from './raw.js';

// Compile-time checks only (vitest typecheck): nothing here is run.
describe('createKestraClient types', () => {
  const client = createKestraClient();

  it('refuses a credential kind the spec does not declare', () => {
    const foreign = apiKey('k');
    // @ts-expect-error apiKey credentials are not accepted by this API
    createKestraClient({ auth: foreign });
  });

  it('requires the input and its required path parameter', () => {
    // @ts-expect-error the input is required
    void client.listApiTokens();
    // @ts-expect-error path parameter "id" is missing
    void client.listApiTokens({ path: {} });
  });

  it('refuses a wrong parameter name or type', () => {
    // @ts-expect-error "notAParameter" is not a path parameter of listApiTokens
    void client.listApiTokens({ path: { ...{ id: 'x' }, notAParameter: 'x' } });
    // @ts-expect-error path parameter "id" takes a string, not an object
    void client.listApiTokens({ path: { ...{ id: 'x' }, id: { nested: true } } });
  });

  it('types the success body', () => {
    assertType<Promise<ListApiTokensResult>>(client.listApiTokens({ path: { id: 'x' } }));
  });
});

describe('createKestra and the operation functions: typed like the methods', () => {
  const connection = createKestra();
  const methods = createKestraClient();

  it('refuses a credential kind the spec does not declare', () => {
    const foreign = apiKey('k');
    // @ts-expect-error apiKey credentials are not accepted by this API
    createKestra({ auth: foreign });
  });

  it('requires the client, the input and its required path parameter', () => {
    // @ts-expect-error the client is required
    void listApiTokens();
    // @ts-expect-error the input is required
    void listApiTokens(connection);
    // @ts-expect-error path parameter "id" is missing
    void listApiTokens(connection, { path: {} });
  });

  it('refuses a wrong parameter name or type', () => {
    // @ts-expect-error "notAParameter" is not a path parameter of listApiTokens
    void listApiTokens(connection, { path: { ...{ id: 'x' }, notAParameter: 'x' } });
    const nested = { ...{ id: 'x' }, id: { nested: true } };
    // @ts-expect-error path parameter "id" takes a string, not an object
    void listApiTokens(connection, { path: nested });
  });

  it('refuses a client that was not made for this API', () => {
    const other = createClientCore({ baseUrl: 'https://api.example.test' });
    // @ts-expect-error a bare core has no bindings for this API; createKestra() makes the right one
    void listApiTokens(other, { path: { id: 'x' } });
  });

  it('types the success body, on either kind of client', () => {
    assertType<Promise<ListApiTokensResult>>(listApiTokens(connection, { path: { id: 'x' } }));
    assertType<Promise<ListApiTokensResult>>(listApiTokens(methods, { path: { id: 'x' } }));
  });

  it('types withResponse: the data keeps its operation type, the metadata is typed', async () => {
    const got = await withResponse(listApiTokens(connection, { path: { id: 'x' } }));
    expectTypeOf(got.data).toEqualTypeOf<ListApiTokensResult>();
    expectTypeOf(got.status).toEqualTypeOf<number>();
    expectTypeOf(got.headers).toEqualTypeOf<Readonly<Record<string, string>>>();
    expectTypeOf(got.requestId).toEqualTypeOf<string | undefined>();
    expectTypeOf(got.url).toEqualTypeOf<string>();
    expectTypeOf(got.attempts).toEqualTypeOf<number>();
    expectTypeOf(got.elapsedMs).toEqualTypeOf<number>();
    expectTypeOf(withResponse(methods.listApiTokens({ path: { id: 'x' } }))).resolves.toEqualTypeOf<
      WithResponse<ListApiTokensResult>
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
    createKestra({ hooks });
    void listApiTokens(connection, { path: { id: 'x' } }, { hooks });
    // @ts-expect-error plain objects are refused: defineHooks carries the code that runs them
    createKestraClient({ hooks: { onRequest() {} } });
  });

  it('types the raw client by path', () => {
    const raw = createKestraRawClient(connection);
    // @ts-expect-error not a path of this API
    void raw.GET('/not/a/path/of/this/api');
    createKestraRawClient(methods);
  });
});
