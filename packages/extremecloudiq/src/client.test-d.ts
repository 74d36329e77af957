import { apiKey } from '@vendor-clients/auth';
import { assertType, describe, it } from 'vitest';
import { createExtremecloudiqClient, type GetUserResult } from './index.js';

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
