import { apiKey } from '@vendor-clients/auth';
import { assertType, describe, it } from 'vitest';
import { createKestraClient, type ListApiTokensResult } from './index.js';

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
