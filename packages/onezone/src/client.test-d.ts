import { oauth2 } from '@vendor-clients/auth';
import { createClientCore } from '@vendor-clients/runtime';
import { assertType, describe, expectTypeOf, it } from 'vitest';
import {
  type AcquireIdpAccessTokenResult,
  acquireIdpAccessToken,
  createOnezone,
  createOnezoneClient,
  defineHooks,
  type WithResponse,
  withResponse,
} from './index.js';
import { createOnezoneRawClient } from './raw.js';

// Compile-time checks only (vitest typecheck): nothing here is run.
describe('createOnezoneClient types', () => {
  const client = createOnezoneClient();

  it('refuses a credential kind the spec does not declare', () => {
    const foreign = oauth2({
      tokenUrl: 'https://auth.example.test/token',
      clientId: 'c',
      grant: 'client_credentials',
    });
    // @ts-expect-error oauth2 credentials are not accepted by this API
    createOnezoneClient({ auth: foreign });
  });

  it('requires the input and its required path parameter', () => {
    // @ts-expect-error the input is required
    void client.acquireIdpAccessToken();
    // @ts-expect-error path parameter "idp" is missing
    void client.acquireIdpAccessToken({ path: {} });
  });

  it('refuses a wrong parameter name or type', () => {
    // @ts-expect-error "notAParameter" is not a path parameter of acquireIdpAccessToken
    void client.acquireIdpAccessToken({ path: { ...{ idp: 'x' }, notAParameter: 'x' } });
    // @ts-expect-error path parameter "idp" takes a string, not an object
    void client.acquireIdpAccessToken({ path: { ...{ idp: 'x' }, idp: { nested: true } } });
  });

  it('types the success body', () => {
    assertType<Promise<AcquireIdpAccessTokenResult>>(client.acquireIdpAccessToken({ path: { idp: 'x' } }));
  });
});

describe('createOnezone and the operation functions: typed like the methods', () => {
  const connection = createOnezone();
  const methods = createOnezoneClient();

  it('refuses a credential kind the spec does not declare', () => {
    const foreign = oauth2({
      tokenUrl: 'https://auth.example.test/token',
      clientId: 'c',
      grant: 'client_credentials',
    });
    // @ts-expect-error oauth2 credentials are not accepted by this API
    createOnezone({ auth: foreign });
  });

  it('requires the client, the input and its required path parameter', () => {
    // @ts-expect-error the client is required
    void acquireIdpAccessToken();
    // @ts-expect-error the input is required
    void acquireIdpAccessToken(connection);
    // @ts-expect-error path parameter "idp" is missing
    void acquireIdpAccessToken(connection, { path: {} });
  });

  it('refuses a wrong parameter name or type', () => {
    // @ts-expect-error "notAParameter" is not a path parameter of acquireIdpAccessToken
    void acquireIdpAccessToken(connection, { path: { ...{ idp: 'x' }, notAParameter: 'x' } });
    const nested = { ...{ idp: 'x' }, idp: { nested: true } };
    // @ts-expect-error path parameter "idp" takes a string, not an object
    void acquireIdpAccessToken(connection, { path: nested });
  });

  it('refuses a client that was not made for this API', () => {
    const other = createClientCore({ baseUrl: 'https://api.example.test' });
    // @ts-expect-error a bare core has no bindings for this API; createOnezone() makes the right one
    void acquireIdpAccessToken(other, { path: { idp: 'x' } });
  });

  it('types the success body, on either kind of client', () => {
    assertType<Promise<AcquireIdpAccessTokenResult>>(
      acquireIdpAccessToken(connection, { path: { idp: 'x' } }),
    );
    assertType<Promise<AcquireIdpAccessTokenResult>>(acquireIdpAccessToken(methods, { path: { idp: 'x' } }));
  });

  it('types withResponse: the data keeps its operation type, the metadata is typed', async () => {
    const got = await withResponse(acquireIdpAccessToken(connection, { path: { idp: 'x' } }));
    expectTypeOf(got.data).toEqualTypeOf<AcquireIdpAccessTokenResult>();
    expectTypeOf(got.status).toEqualTypeOf<number>();
    expectTypeOf(got.headers).toEqualTypeOf<Readonly<Record<string, string>>>();
    expectTypeOf(got.requestId).toEqualTypeOf<string | undefined>();
    expectTypeOf(got.url).toEqualTypeOf<string>();
    expectTypeOf(got.attempts).toEqualTypeOf<number>();
    expectTypeOf(got.elapsedMs).toEqualTypeOf<number>();
    expectTypeOf(withResponse(methods.acquireIdpAccessToken({ path: { idp: 'x' } }))).resolves.toEqualTypeOf<
      WithResponse<AcquireIdpAccessTokenResult>
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
    createOnezone({ hooks });
    void acquireIdpAccessToken(connection, { path: { idp: 'x' } }, { hooks });
    // @ts-expect-error plain objects are refused: defineHooks carries the code that runs them
    createOnezoneClient({ hooks: { onRequest() {} } });
  });

  it('types the raw client by path', () => {
    const raw = createOnezoneRawClient(connection);
    // @ts-expect-error not a path of this API
    void raw.GET('/not/a/path/of/this/api');
    createOnezoneRawClient(methods);
  });
});
