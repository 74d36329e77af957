import { oauth2 } from '@vendor-clients/auth';
import { assertType, describe, it } from 'vitest';
import { type AcquireIdpAccessTokenResult, createOnezoneClient } from './index.js';

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
