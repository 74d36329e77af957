import { describe, expectTypeOf, it } from 'vitest';
import * as api from './index.js';
import { createKestraRawClient } from './raw.js';

// Compile-time checks only (vitest typecheck): nothing here is run. Rendered from the spec by the
// template (scripts/generate/type-cases.ts), one case per operation. No doc proves a model's field list
// complete, so bodies and responses take fields the docs do not show (typed `unknown`) unless the spec
// closes the model, while each documented field has its exact type.
const client = api.createKestraClient();
const connection = api.createKestra();
const raw = createKestraRawClient(connection);
declare const error: unknown;

describe('request bodies: documented fields typed, required ones required, read-only ones never', () => {
  it('autocompleteUsers (POST /api/v1/{tenant}/tenant-access/autocomplete)', () => {
    const body: NonNullable<api.AutocompleteUsersInput['body']> = { notInTheDocs: true };
    void client.autocompleteUsers({ path: { tenant: 'sample' }, body: body });
    void api.autocompleteUsers(connection, { path: { tenant: 'sample' }, body: body });
    void raw.POST('/api/v1/{tenant}/tenant-access/autocomplete', {
      params: { path: { tenant: 'sample' } },
      body: body,
    });
    // The docs show no field of this body, so none can be left out or have a wrong type.
  });

  it('createApiTokensForUser (POST /api/v1/service-accounts/{id}/api-tokens)', () => {
    const body: NonNullable<api.CreateApiTokensForUserInput['body']> = { notInTheDocs: true };
    void client.createApiTokensForUser({ path: { id: 'sample' }, body: body });
    void api.createApiTokensForUser(connection, { path: { id: 'sample' }, body: body });
    void raw.POST('/api/v1/service-accounts/{id}/api-tokens', {
      params: { path: { id: 'sample' } },
      body: body,
    });
    // The docs show no field of this body, so none can be left out or have a wrong type.
  });

  it('createApiTokensForUser1 (POST /api/v1/users/{id}/api-tokens)', () => {
    const body: NonNullable<api.CreateApiTokensForUser1Input['body']> = { notInTheDocs: true };
    void client.createApiTokensForUser1({ path: { id: 'sample' }, body: body });
    void api.createApiTokensForUser1(connection, { path: { id: 'sample' }, body: body });
    void raw.POST('/api/v1/users/{id}/api-tokens', { params: { path: { id: 'sample' } }, body: body });
    // The docs show no field of this body, so none can be left out or have a wrong type.
  });

  it('createApiTokensForUserWithTenant (POST /api/v1/{tenant}/service-accounts/{id}/api-tokens)', () => {
    const body: NonNullable<api.CreateApiTokensForUserWithTenantInput['body']> = { notInTheDocs: true };
    void client.createApiTokensForUserWithTenant({ path: { id: 'sample', tenant: 'sample' }, body: body });
    void api.createApiTokensForUserWithTenant(connection, {
      path: { id: 'sample', tenant: 'sample' },
      body: body,
    });
    void raw.POST('/api/v1/{tenant}/service-accounts/{id}/api-tokens', {
      params: { path: { id: 'sample', tenant: 'sample' } },
      body: body,
    });
    // The docs show no field of this body, so none can be left out or have a wrong type.
  });

  it('createUser (POST /api/v1/users)', () => {
    const body: NonNullable<api.CreateUserInput['body']> = { notInTheDocs: true };
    void client.createUser({ body: body });
    void api.createUser(connection, { body: body });
    void raw.POST('/api/v1/users', { body: body });
    // The docs show no field of this body, so none can be left out or have a wrong type.
  });

  it('updateUser (PUT /api/v1/users/{id})', () => {
    const body: NonNullable<api.UpdateUserInput['body']> = { notInTheDocs: true };
    void client.updateUser({ path: { id: 'sample' }, body: body });
    void api.updateUser(connection, { path: { id: 'sample' }, body: body });
    void raw.PUT('/api/v1/users/{id}', { params: { path: { id: 'sample' } }, body: body });
    // The docs show no field of this body, so none can be left out or have a wrong type.
  });

  it('patchUser (PATCH /api/v1/users/{id})', () => {
    const body: NonNullable<api.PatchUserInput['body']> = { notInTheDocs: true };
    void client.patchUser({ path: { id: 'sample' }, body: body });
    void api.patchUser(connection, { path: { id: 'sample' }, body: body });
    void raw.PATCH('/api/v1/users/{id}', { params: { path: { id: 'sample' } }, body: body });
    // The docs show no field of this body, so none can be left out or have a wrong type.
  });

  it('patchUserDemo (PATCH /api/v1/users/{id}/restricted)', () => {
    const body: NonNullable<api.PatchUserDemoInput['body']> = { notInTheDocs: true };
    void client.patchUserDemo({ path: { id: 'sample' }, body: body });
    void api.patchUserDemo(connection, { path: { id: 'sample' }, body: body });
    void raw.PATCH('/api/v1/users/{id}/restricted', { params: { path: { id: 'sample' } }, body: body });
    // The docs show no field of this body, so none can be left out or have a wrong type.
  });

  it('patchUserPassword (PATCH /api/v1/users/{id}/password)', () => {
    const body: NonNullable<api.PatchUserPasswordInput['body']> = { notInTheDocs: true };
    void client.patchUserPassword({ path: { id: 'sample' }, body: body });
    void api.patchUserPassword(connection, { path: { id: 'sample' }, body: body });
    void raw.PATCH('/api/v1/users/{id}/password', { params: { path: { id: 'sample' } }, body: body });
    // The docs show no field of this body, so none can be left out or have a wrong type.
  });

  it('patchUserSuperAdmin (PATCH /api/v1/users/{id}/superadmin)', () => {
    const body: NonNullable<api.PatchUserSuperAdminInput['body']> = { notInTheDocs: true };
    void client.patchUserSuperAdmin({ path: { id: 'sample' }, body: body });
    void api.patchUserSuperAdmin(connection, { path: { id: 'sample' }, body: body });
    void raw.PATCH('/api/v1/users/{id}/superadmin', { params: { path: { id: 'sample' } }, body: body });
    // The docs show no field of this body, so none can be left out or have a wrong type.
  });

  it('updateCurrentUserPassword (PUT /api/v1/me/password)', () => {
    const body: NonNullable<api.UpdateCurrentUserPasswordInput['body']> = { notInTheDocs: true };
    void client.updateCurrentUserPassword({ body: body });
    void api.updateCurrentUserPassword(connection, { body: body });
    void raw.PUT('/api/v1/me/password', { body: body });
    // The docs show no field of this body, so none can be left out or have a wrong type.
  });

  it('updateUserGroups (PUT /api/v1/{tenant}/users/{id}/groups)', () => {
    const body: NonNullable<api.UpdateUserGroupsInput['body']> = { notInTheDocs: true };
    void client.updateUserGroups({ path: { id: 'sample', tenant: 'sample' }, body: body });
    void api.updateUserGroups(connection, { path: { id: 'sample', tenant: 'sample' }, body: body });
    void raw.PUT('/api/v1/{tenant}/users/{id}/groups', {
      params: { path: { id: 'sample', tenant: 'sample' } },
      body: body,
    });
    // The docs show no field of this body, so none can be left out or have a wrong type.
  });
});

describe('success bodies: every documented field has its exact type, in every form', () => {
  it('autocompleteUsers (POST /api/v1/{tenant}/tenant-access/autocomplete)', async () => {
    expectTypeOf(
      client.autocompleteUsers({ path: { tenant: 'sample' }, body: { notInTheDocs: true } }),
    ).resolves.toEqualTypeOf<api.AutocompleteUsersResult>();
    expectTypeOf(
      api.autocompleteUsers(connection, { path: { tenant: 'sample' }, body: { notInTheDocs: true } }),
    ).resolves.toEqualTypeOf<api.AutocompleteUsersResult>();
    const { data: rawData } = await raw.POST('/api/v1/{tenant}/tenant-access/autocomplete', {
      params: { path: { tenant: 'sample' } },
      body: { notInTheDocs: true },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.AutocompleteUsersResult | undefined>();
    expectTypeOf<api.AutocompleteUsersResult>().toEqualTypeOf<api.AutocompleteUsersResult[number][]>();
    expectTypeOf<api.AutocompleteUsersResult[number]>().toEqualTypeOf<{ [key: string]: unknown }>();
  });

  it('listApiTokens (GET /api/v1/service-accounts/{id}/api-tokens)', async () => {
    expectTypeOf(
      client.listApiTokens({ path: { id: 'sample' } }),
    ).resolves.toEqualTypeOf<api.ListApiTokensResult>();
    expectTypeOf(
      api.listApiTokens(connection, { path: { id: 'sample' } }),
    ).resolves.toEqualTypeOf<api.ListApiTokensResult>();
    const { data: rawData } = await raw.GET('/api/v1/service-accounts/{id}/api-tokens', {
      params: { path: { id: 'sample' } },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.ListApiTokensResult | undefined>();
    expectTypeOf<api.ListApiTokensResult>().toEqualTypeOf<{ [key: string]: unknown }>();
  });

  it('createApiTokensForUser (POST /api/v1/service-accounts/{id}/api-tokens)', async () => {
    expectTypeOf(
      client.createApiTokensForUser({ path: { id: 'sample' }, body: { notInTheDocs: true } }),
    ).resolves.toEqualTypeOf<api.CreateApiTokensForUserResult>();
    expectTypeOf(
      api.createApiTokensForUser(connection, { path: { id: 'sample' }, body: { notInTheDocs: true } }),
    ).resolves.toEqualTypeOf<api.CreateApiTokensForUserResult>();
    const { data: rawData } = await raw.POST('/api/v1/service-accounts/{id}/api-tokens', {
      params: { path: { id: 'sample' } },
      body: { notInTheDocs: true },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.CreateApiTokensForUserResult | undefined>();
    expectTypeOf<api.CreateApiTokensForUserResult>().toEqualTypeOf<{ [key: string]: unknown }>();
  });

  it('listApiTokens1 (GET /api/v1/users/{id}/api-tokens)', async () => {
    expectTypeOf(
      client.listApiTokens1({ path: { id: 'sample' } }),
    ).resolves.toEqualTypeOf<api.ListApiTokens1Result>();
    expectTypeOf(
      api.listApiTokens1(connection, { path: { id: 'sample' } }),
    ).resolves.toEqualTypeOf<api.ListApiTokens1Result>();
    const { data: rawData } = await raw.GET('/api/v1/users/{id}/api-tokens', {
      params: { path: { id: 'sample' } },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.ListApiTokens1Result | undefined>();
    expectTypeOf<api.ListApiTokens1Result>().toEqualTypeOf<{ [key: string]: unknown }>();
  });

  it('createApiTokensForUser1 (POST /api/v1/users/{id}/api-tokens)', async () => {
    expectTypeOf(
      client.createApiTokensForUser1({ path: { id: 'sample' }, body: { notInTheDocs: true } }),
    ).resolves.toEqualTypeOf<api.CreateApiTokensForUser1Result>();
    expectTypeOf(
      api.createApiTokensForUser1(connection, { path: { id: 'sample' }, body: { notInTheDocs: true } }),
    ).resolves.toEqualTypeOf<api.CreateApiTokensForUser1Result>();
    const { data: rawData } = await raw.POST('/api/v1/users/{id}/api-tokens', {
      params: { path: { id: 'sample' } },
      body: { notInTheDocs: true },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.CreateApiTokensForUser1Result | undefined>();
    expectTypeOf<api.CreateApiTokensForUser1Result>().toEqualTypeOf<{ [key: string]: unknown }>();
  });

  it('listApiTokensWithTenant (GET /api/v1/{tenant}/service-accounts/{id}/api-tokens)', async () => {
    expectTypeOf(
      client.listApiTokensWithTenant({ path: { id: 'sample', tenant: 'sample' } }),
    ).resolves.toEqualTypeOf<api.ListApiTokensWithTenantResult>();
    expectTypeOf(
      api.listApiTokensWithTenant(connection, { path: { id: 'sample', tenant: 'sample' } }),
    ).resolves.toEqualTypeOf<api.ListApiTokensWithTenantResult>();
    const { data: rawData } = await raw.GET('/api/v1/{tenant}/service-accounts/{id}/api-tokens', {
      params: { path: { id: 'sample', tenant: 'sample' } },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.ListApiTokensWithTenantResult | undefined>();
    expectTypeOf<api.ListApiTokensWithTenantResult>().toEqualTypeOf<{ [key: string]: unknown }>();
  });

  it('createApiTokensForUserWithTenant (POST /api/v1/{tenant}/service-accounts/{id}/api-tokens)', async () => {
    expectTypeOf(
      client.createApiTokensForUserWithTenant({
        path: { id: 'sample', tenant: 'sample' },
        body: { notInTheDocs: true },
      }),
    ).resolves.toEqualTypeOf<api.CreateApiTokensForUserWithTenantResult>();
    expectTypeOf(
      api.createApiTokensForUserWithTenant(connection, {
        path: { id: 'sample', tenant: 'sample' },
        body: { notInTheDocs: true },
      }),
    ).resolves.toEqualTypeOf<api.CreateApiTokensForUserWithTenantResult>();
    const { data: rawData } = await raw.POST('/api/v1/{tenant}/service-accounts/{id}/api-tokens', {
      params: { path: { id: 'sample', tenant: 'sample' } },
      body: { notInTheDocs: true },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.CreateApiTokensForUserWithTenantResult | undefined>();
    expectTypeOf<api.CreateApiTokensForUserWithTenantResult>().toEqualTypeOf<{ [key: string]: unknown }>();
  });

  it('listUsers (GET /api/v1/users)', async () => {
    expectTypeOf(
      client.listUsers({ query: { page: 1, size: 10 } }),
    ).resolves.toEqualTypeOf<api.ListUsersResult>();
    expectTypeOf(
      api.listUsers(connection, { query: { page: 1, size: 10 } }),
    ).resolves.toEqualTypeOf<api.ListUsersResult>();
    const { data: rawData } = await raw.GET('/api/v1/users', { params: { query: { page: 1, size: 10 } } });
    expectTypeOf(rawData).toEqualTypeOf<api.ListUsersResult | undefined>();
    expectTypeOf<api.ListUsersResult>().toEqualTypeOf<{ [key: string]: unknown }>();
  });

  it('deleteApiToken (DELETE /api/v1/service-accounts/{id}/api-tokens/{tokenId})', async () => {
    expectTypeOf(
      client.deleteApiToken({ path: { id: 'sample', tokenId: 'sample' } }),
    ).resolves.toEqualTypeOf<api.DeleteApiTokenResult>();
    expectTypeOf(
      api.deleteApiToken(connection, { path: { id: 'sample', tokenId: 'sample' } }),
    ).resolves.toEqualTypeOf<api.DeleteApiTokenResult>();
    const { data: rawData } = await raw.DELETE('/api/v1/service-accounts/{id}/api-tokens/{tokenId}', {
      params: { path: { id: 'sample', tokenId: 'sample' } },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.DeleteApiTokenResult | undefined>();
    expectTypeOf<api.DeleteApiTokenResult>().toEqualTypeOf<{ [key: string]: unknown }>();
  });

  it('deleteApiTokenWithTenant (DELETE /api/v1/{tenant}/service-accounts/{id}/api-tokens/{tokenId})', async () => {
    expectTypeOf(
      client.deleteApiTokenWithTenant({ path: { id: 'sample', tokenId: 'sample', tenant: 'sample' } }),
    ).resolves.toEqualTypeOf<api.DeleteApiTokenWithTenantResult>();
    expectTypeOf(
      api.deleteApiTokenWithTenant(connection, {
        path: { id: 'sample', tokenId: 'sample', tenant: 'sample' },
      }),
    ).resolves.toEqualTypeOf<api.DeleteApiTokenWithTenantResult>();
    const { data: rawData } = await raw.DELETE(
      '/api/v1/{tenant}/service-accounts/{id}/api-tokens/{tokenId}',
      { params: { path: { id: 'sample', tokenId: 'sample', tenant: 'sample' } } },
    );
    expectTypeOf(rawData).toEqualTypeOf<api.DeleteApiTokenWithTenantResult | undefined>();
    expectTypeOf<api.DeleteApiTokenWithTenantResult>().toEqualTypeOf<{ [key: string]: unknown }>();
  });

  it('getUser (GET /api/v1/users/{id})', async () => {
    expectTypeOf(client.getUser({ path: { id: 'sample' } })).resolves.toEqualTypeOf<api.GetUserResult>();
    expectTypeOf(
      api.getUser(connection, { path: { id: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetUserResult>();
    const { data: rawData } = await raw.GET('/api/v1/users/{id}', { params: { path: { id: 'sample' } } });
    expectTypeOf(rawData).toEqualTypeOf<api.GetUserResult | undefined>();
    expectTypeOf<api.GetUserResult>().toEqualTypeOf<{ [key: string]: unknown }>();
  });

  it('updateUser (PUT /api/v1/users/{id})', async () => {
    expectTypeOf(
      client.updateUser({ path: { id: 'sample' }, body: { notInTheDocs: true } }),
    ).resolves.toEqualTypeOf<api.UpdateUserResult>();
    expectTypeOf(
      api.updateUser(connection, { path: { id: 'sample' }, body: { notInTheDocs: true } }),
    ).resolves.toEqualTypeOf<api.UpdateUserResult>();
    const { data: rawData } = await raw.PUT('/api/v1/users/{id}', {
      params: { path: { id: 'sample' } },
      body: { notInTheDocs: true },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.UpdateUserResult | undefined>();
    expectTypeOf<api.UpdateUserResult>().toEqualTypeOf<api.GetUserResult>();
  });

  it('patchUser (PATCH /api/v1/users/{id})', async () => {
    expectTypeOf(
      client.patchUser({ path: { id: 'sample' }, body: { notInTheDocs: true } }),
    ).resolves.toEqualTypeOf<api.PatchUserResult>();
    expectTypeOf(
      api.patchUser(connection, { path: { id: 'sample' }, body: { notInTheDocs: true } }),
    ).resolves.toEqualTypeOf<api.PatchUserResult>();
    const { data: rawData } = await raw.PATCH('/api/v1/users/{id}', {
      params: { path: { id: 'sample' } },
      body: { notInTheDocs: true },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.PatchUserResult | undefined>();
    expectTypeOf<api.PatchUserResult>().toEqualTypeOf<api.GetUserResult>();
  });

  it('deleteUserAuthMethod (DELETE /api/v1/users/{id}/auths/{auth})', async () => {
    expectTypeOf(
      client.deleteUserAuthMethod({ path: { id: 'sample', auth: 'sample' } }),
    ).resolves.toEqualTypeOf<api.DeleteUserAuthMethodResult>();
    expectTypeOf(
      api.deleteUserAuthMethod(connection, { path: { id: 'sample', auth: 'sample' } }),
    ).resolves.toEqualTypeOf<api.DeleteUserAuthMethodResult>();
    const { data: rawData } = await raw.DELETE('/api/v1/users/{id}/auths/{auth}', {
      params: { path: { id: 'sample', auth: 'sample' } },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.DeleteUserAuthMethodResult | undefined>();
    expectTypeOf<api.DeleteUserAuthMethodResult>().toEqualTypeOf<api.GetUserResult>();
  });

  it('impersonate (POST /api/v1/users/{id}/impersonate)', async () => {
    expectTypeOf(
      client.impersonate({ path: { id: 'sample' } }),
    ).resolves.toEqualTypeOf<api.ImpersonateResult>();
    expectTypeOf(
      api.impersonate(connection, { path: { id: 'sample' } }),
    ).resolves.toEqualTypeOf<api.ImpersonateResult>();
    const { data: rawData } = await raw.POST('/api/v1/users/{id}/impersonate', {
      params: { path: { id: 'sample' } },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.ImpersonateResult | undefined>();
    expectTypeOf<api.ImpersonateResult>().toEqualTypeOf<{ [key: string]: unknown }>();
  });

  it('patchUserPassword (PATCH /api/v1/users/{id}/password)', async () => {
    expectTypeOf(
      client.patchUserPassword({ path: { id: 'sample' }, body: { notInTheDocs: true } }),
    ).resolves.toEqualTypeOf<api.PatchUserPasswordResult>();
    expectTypeOf(
      api.patchUserPassword(connection, { path: { id: 'sample' }, body: { notInTheDocs: true } }),
    ).resolves.toEqualTypeOf<api.PatchUserPasswordResult>();
    const { data: rawData } = await raw.PATCH('/api/v1/users/{id}/password', {
      params: { path: { id: 'sample' } },
      body: { notInTheDocs: true },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.PatchUserPasswordResult | undefined>();
    expectTypeOf<api.PatchUserPasswordResult>().toEqualTypeOf<{ [key: string]: unknown }>();
  });

  it('updateCurrentUserPassword (PUT /api/v1/me/password)', async () => {
    expectTypeOf(
      client.updateCurrentUserPassword({ body: { notInTheDocs: true } }),
    ).resolves.toEqualTypeOf<api.UpdateCurrentUserPasswordResult>();
    expectTypeOf(
      api.updateCurrentUserPassword(connection, { body: { notInTheDocs: true } }),
    ).resolves.toEqualTypeOf<api.UpdateCurrentUserPasswordResult>();
    const { data: rawData } = await raw.PUT('/api/v1/me/password', { body: { notInTheDocs: true } });
    expectTypeOf(rawData).toEqualTypeOf<api.UpdateCurrentUserPasswordResult | undefined>();
    expectTypeOf<api.UpdateCurrentUserPasswordResult>().toEqualTypeOf<{ [key: string]: unknown }>();
  });
});

describe('error bodies: isApiError narrows to the class and body of the status', () => {
  it('no operation declares an error body, so none is typed', () => {
    if (api.isApiError(error, 'autocompleteUsers', 404)) expectTypeOf(error.body).toBeUnknown();
  });
});
