import { bearer } from '@vendor-clients/auth';
import { assertType, describe, it } from 'vitest';
import { type CheckAwsAccessCredentialsResult, createTiledbCloudClient } from './index.js';

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
