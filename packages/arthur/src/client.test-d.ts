import { apiKey } from '@vendor-clients/auth';
import { assertType, describe, it } from 'vitest';
import { createArthurClient, type DeleteUserResult } from './index.js';

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
