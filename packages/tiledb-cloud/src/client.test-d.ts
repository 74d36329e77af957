import { bearer } from '@vendor-clients/auth';
import { createClientCore } from '@vendor-clients/runtime';
import { assertType, describe, expectTypeOf, it } from 'vitest';
import {
  type CheckAwsAccessCredentialsResult,
  checkAwsAccessCredentials,
  createTiledbCloud,
  createTiledbCloudClient,
  defineHooks,
  type WithResponse,
  withResponse,
} from './index.js';
import { createTiledbCloudRawClient } from './raw.js';

// Compile-time checks only (vitest typecheck): nothing here is run.
describe('createTiledbCloudClient types', () => {
  const client = createTiledbCloudClient();

  it('refuses a credential kind the spec does not declare', () => {
    const foreign = bearer('t');
    // @ts-expect-error bearer credentials are not accepted by this API
    createTiledbCloudClient({ auth: foreign });
  });

  it('requires the input and its required path parameter', () => {
    // @ts-expect-error the input is required
    void client.checkAwsAccessCredentials();
    // @ts-expect-error path parameter "namespace" is missing
    void client.checkAwsAccessCredentials({ path: {} });
  });

  it('refuses a wrong parameter name or type', () => {
    // @ts-expect-error "notAParameter" is not a path parameter of checkAwsAccessCredentials
    void client.checkAwsAccessCredentials({ path: { ...{ namespace: 'x' }, notAParameter: 'x' } });
    // @ts-expect-error path parameter "namespace" takes a string, not an object
    void client.checkAwsAccessCredentials({ path: { ...{ namespace: 'x' }, namespace: { nested: true } } });
  });

  it('types the success body', () => {
    assertType<Promise<CheckAwsAccessCredentialsResult>>(
      client.checkAwsAccessCredentials({ path: { namespace: 'x' } }),
    );
  });
});

describe('createTiledbCloud and the operation functions: typed like the methods', () => {
  const connection = createTiledbCloud();
  const methods = createTiledbCloudClient();

  it('refuses a credential kind the spec does not declare', () => {
    const foreign = bearer('t');
    // @ts-expect-error bearer credentials are not accepted by this API
    createTiledbCloud({ auth: foreign });
  });

  it('requires the client, the input and its required path parameter', () => {
    // @ts-expect-error the client is required
    void checkAwsAccessCredentials();
    // @ts-expect-error the input is required
    void checkAwsAccessCredentials(connection);
    // @ts-expect-error path parameter "namespace" is missing
    void checkAwsAccessCredentials(connection, { path: {} });
  });

  it('refuses a wrong parameter name or type', () => {
    // @ts-expect-error "notAParameter" is not a path parameter of checkAwsAccessCredentials
    void checkAwsAccessCredentials(connection, { path: { ...{ namespace: 'x' }, notAParameter: 'x' } });
    const nested = { ...{ namespace: 'x' }, namespace: { nested: true } };
    // @ts-expect-error path parameter "namespace" takes a string, not an object
    void checkAwsAccessCredentials(connection, { path: nested });
  });

  it('refuses a client that was not made for this API', () => {
    const other = createClientCore({ baseUrl: 'https://api.example.test' });
    // @ts-expect-error a bare core has no bindings for this API; createTiledbCloud() makes the right one
    void checkAwsAccessCredentials(other, { path: { namespace: 'x' } });
  });

  it('types the success body, on either kind of client', () => {
    assertType<Promise<CheckAwsAccessCredentialsResult>>(
      checkAwsAccessCredentials(connection, { path: { namespace: 'x' } }),
    );
    assertType<Promise<CheckAwsAccessCredentialsResult>>(
      checkAwsAccessCredentials(methods, { path: { namespace: 'x' } }),
    );
  });

  it('types withResponse: the data keeps its operation type, the metadata is typed', async () => {
    const got = await withResponse(checkAwsAccessCredentials(connection, { path: { namespace: 'x' } }));
    expectTypeOf(got.data).toEqualTypeOf<CheckAwsAccessCredentialsResult>();
    expectTypeOf(got.status).toEqualTypeOf<number>();
    expectTypeOf(got.headers).toEqualTypeOf<Readonly<Record<string, string>>>();
    expectTypeOf(got.requestId).toEqualTypeOf<string | undefined>();
    expectTypeOf(got.url).toEqualTypeOf<string>();
    expectTypeOf(got.attempts).toEqualTypeOf<number>();
    expectTypeOf(got.elapsedMs).toEqualTypeOf<number>();
    expectTypeOf(
      withResponse(methods.checkAwsAccessCredentials({ path: { namespace: 'x' } })),
    ).resolves.toEqualTypeOf<WithResponse<CheckAwsAccessCredentialsResult>>();
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
    createTiledbCloud({ hooks });
    void checkAwsAccessCredentials(connection, { path: { namespace: 'x' } }, { hooks });
    // @ts-expect-error plain objects are refused: defineHooks carries the code that runs them
    createTiledbCloudClient({ hooks: { onRequest() {} } });
  });

  it('types the raw client by path', () => {
    const raw = createTiledbCloudRawClient(connection);
    // @ts-expect-error not a path of this API
    void raw.GET('/not/a/path/of/this/api');
    createTiledbCloudRawClient(methods);
  });
});
