import { describe, expectTypeOf, it } from 'vitest';
import { createKestra, createKestraClient } from './index.js';
import { createKestraRawClient } from './raw.js';

// Compile-time checks only (vitest typecheck): nothing here is run. No doc proves a model's field list
// complete, so every body and response takes fields the docs do not show (typed `unknown`) while each
// documented field keeps its type. One case per operation, rendered from the spec by the template.
const client = createKestraClient();
const raw = createKestraRawClient(createKestra());

describe('request bodies take every documented field and one the docs do not show', () => {
  it('autocompleteUsers (POST /api/v1/{tenant}/tenant-access/autocomplete)', () => {
    void client.autocompleteUsers({ path: { tenant: 'sample' }, body: { notInTheDocs: true } });
    void raw.POST('/api/v1/{tenant}/tenant-access/autocomplete', {
      params: { path: { tenant: 'sample' } },
      body: { notInTheDocs: true },
    });
    // The docs show no field of this body, so none can have a wrong type.
  });

  it('createApiTokensForUser (POST /api/v1/service-accounts/{id}/api-tokens)', () => {
    void client.createApiTokensForUser({ path: { id: 'sample' }, body: { notInTheDocs: true } });
    void raw.POST('/api/v1/service-accounts/{id}/api-tokens', {
      params: { path: { id: 'sample' } },
      body: { notInTheDocs: true },
    });
    // The docs show no field of this body, so none can have a wrong type.
  });

  it('createApiTokensForUser1 (POST /api/v1/users/{id}/api-tokens)', () => {
    void client.createApiTokensForUser1({ path: { id: 'sample' }, body: { notInTheDocs: true } });
    void raw.POST('/api/v1/users/{id}/api-tokens', {
      params: { path: { id: 'sample' } },
      body: { notInTheDocs: true },
    });
    // The docs show no field of this body, so none can have a wrong type.
  });

  it('createApiTokensForUserWithTenant (POST /api/v1/{tenant}/service-accounts/{id}/api-tokens)', () => {
    void client.createApiTokensForUserWithTenant({
      path: { id: 'sample', tenant: 'sample' },
      body: { notInTheDocs: true },
    });
    void raw.POST('/api/v1/{tenant}/service-accounts/{id}/api-tokens', {
      params: { path: { id: 'sample', tenant: 'sample' } },
      body: { notInTheDocs: true },
    });
    // The docs show no field of this body, so none can have a wrong type.
  });

  it('createUser (POST /api/v1/users)', () => {
    void client.createUser({ body: { notInTheDocs: true } });
    void raw.POST('/api/v1/users', { body: { notInTheDocs: true } });
    // The docs show no field of this body, so none can have a wrong type.
  });

  it('updateUser (PUT /api/v1/users/{id})', () => {
    void client.updateUser({ path: { id: 'sample' }, body: { notInTheDocs: true } });
    void raw.PUT('/api/v1/users/{id}', { params: { path: { id: 'sample' } }, body: { notInTheDocs: true } });
    // The docs show no field of this body, so none can have a wrong type.
  });

  it('patchUser (PATCH /api/v1/users/{id})', () => {
    void client.patchUser({ path: { id: 'sample' }, body: { notInTheDocs: true } });
    void raw.PATCH('/api/v1/users/{id}', {
      params: { path: { id: 'sample' } },
      body: { notInTheDocs: true },
    });
    // The docs show no field of this body, so none can have a wrong type.
  });

  it('patchUserDemo (PATCH /api/v1/users/{id}/restricted)', () => {
    void client.patchUserDemo({ path: { id: 'sample' }, body: { notInTheDocs: true } });
    void raw.PATCH('/api/v1/users/{id}/restricted', {
      params: { path: { id: 'sample' } },
      body: { notInTheDocs: true },
    });
    // The docs show no field of this body, so none can have a wrong type.
  });

  it('patchUserPassword (PATCH /api/v1/users/{id}/password)', () => {
    void client.patchUserPassword({ path: { id: 'sample' }, body: { notInTheDocs: true } });
    void raw.PATCH('/api/v1/users/{id}/password', {
      params: { path: { id: 'sample' } },
      body: { notInTheDocs: true },
    });
    // The docs show no field of this body, so none can have a wrong type.
  });

  it('patchUserSuperAdmin (PATCH /api/v1/users/{id}/superadmin)', () => {
    void client.patchUserSuperAdmin({ path: { id: 'sample' }, body: { notInTheDocs: true } });
    void raw.PATCH('/api/v1/users/{id}/superadmin', {
      params: { path: { id: 'sample' } },
      body: { notInTheDocs: true },
    });
    // The docs show no field of this body, so none can have a wrong type.
  });

  it('updateCurrentUserPassword (PUT /api/v1/me/password)', () => {
    void client.updateCurrentUserPassword({ body: { notInTheDocs: true } });
    void raw.PUT('/api/v1/me/password', { body: { notInTheDocs: true } });
    // The docs show no field of this body, so none can have a wrong type.
  });

  it('updateUserGroups (PUT /api/v1/{tenant}/users/{id}/groups)', () => {
    void client.updateUserGroups({ path: { id: 'sample', tenant: 'sample' }, body: { notInTheDocs: true } });
    void raw.PUT('/api/v1/{tenant}/users/{id}/groups', {
      params: { path: { id: 'sample', tenant: 'sample' } },
      body: { notInTheDocs: true },
    });
    // The docs show no field of this body, so none can have a wrong type.
  });
});

describe('success bodies read undocumented fields as unknown and documented ones as typed', () => {
  it('autocompleteUsers (POST /api/v1/{tenant}/tenant-access/autocomplete)', async () => {
    const data = await client.autocompleteUsers({ path: { tenant: 'sample' }, body: { notInTheDocs: true } });
    expectTypeOf(data[0]?.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.POST('/api/v1/{tenant}/tenant-access/autocomplete', {
      params: { path: { tenant: 'sample' } },
      body: { notInTheDocs: true },
    });
    expectTypeOf(rawData?.[0]?.notInTheDocs).toBeUnknown();
  });

  it('listApiTokens (GET /api/v1/service-accounts/{id}/api-tokens)', async () => {
    const data = await client.listApiTokens({ path: { id: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/api/v1/service-accounts/{id}/api-tokens', {
      params: { path: { id: 'sample' } },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
  });

  it('createApiTokensForUser (POST /api/v1/service-accounts/{id}/api-tokens)', async () => {
    const data = await client.createApiTokensForUser({
      path: { id: 'sample' },
      body: { notInTheDocs: true },
    });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.POST('/api/v1/service-accounts/{id}/api-tokens', {
      params: { path: { id: 'sample' } },
      body: { notInTheDocs: true },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
  });

  it('listApiTokens1 (GET /api/v1/users/{id}/api-tokens)', async () => {
    const data = await client.listApiTokens1({ path: { id: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/api/v1/users/{id}/api-tokens', {
      params: { path: { id: 'sample' } },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
  });

  it('createApiTokensForUser1 (POST /api/v1/users/{id}/api-tokens)', async () => {
    const data = await client.createApiTokensForUser1({
      path: { id: 'sample' },
      body: { notInTheDocs: true },
    });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.POST('/api/v1/users/{id}/api-tokens', {
      params: { path: { id: 'sample' } },
      body: { notInTheDocs: true },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
  });

  it('listApiTokensWithTenant (GET /api/v1/{tenant}/service-accounts/{id}/api-tokens)', async () => {
    const data = await client.listApiTokensWithTenant({ path: { id: 'sample', tenant: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/api/v1/{tenant}/service-accounts/{id}/api-tokens', {
      params: { path: { id: 'sample', tenant: 'sample' } },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
  });

  it('createApiTokensForUserWithTenant (POST /api/v1/{tenant}/service-accounts/{id}/api-tokens)', async () => {
    const data = await client.createApiTokensForUserWithTenant({
      path: { id: 'sample', tenant: 'sample' },
      body: { notInTheDocs: true },
    });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.POST('/api/v1/{tenant}/service-accounts/{id}/api-tokens', {
      params: { path: { id: 'sample', tenant: 'sample' } },
      body: { notInTheDocs: true },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
  });

  it('listUsers (GET /api/v1/users)', async () => {
    const data = await client.listUsers({ query: { page: 1, size: 10 } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/api/v1/users', { params: { query: { page: 1, size: 10 } } });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
  });

  it('deleteApiToken (DELETE /api/v1/service-accounts/{id}/api-tokens/{tokenId})', async () => {
    const data = await client.deleteApiToken({ path: { id: 'sample', tokenId: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.DELETE('/api/v1/service-accounts/{id}/api-tokens/{tokenId}', {
      params: { path: { id: 'sample', tokenId: 'sample' } },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
  });

  it('deleteApiTokenWithTenant (DELETE /api/v1/{tenant}/service-accounts/{id}/api-tokens/{tokenId})', async () => {
    const data = await client.deleteApiTokenWithTenant({
      path: { id: 'sample', tokenId: 'sample', tenant: 'sample' },
    });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.DELETE(
      '/api/v1/{tenant}/service-accounts/{id}/api-tokens/{tokenId}',
      { params: { path: { id: 'sample', tokenId: 'sample', tenant: 'sample' } } },
    );
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
  });

  it('getUser (GET /api/v1/users/{id})', async () => {
    const data = await client.getUser({ path: { id: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/api/v1/users/{id}', { params: { path: { id: 'sample' } } });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
  });

  it('updateUser (PUT /api/v1/users/{id})', async () => {
    const data = await client.updateUser({ path: { id: 'sample' }, body: { notInTheDocs: true } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.PUT('/api/v1/users/{id}', {
      params: { path: { id: 'sample' } },
      body: { notInTheDocs: true },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
  });

  it('patchUser (PATCH /api/v1/users/{id})', async () => {
    const data = await client.patchUser({ path: { id: 'sample' }, body: { notInTheDocs: true } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.PATCH('/api/v1/users/{id}', {
      params: { path: { id: 'sample' } },
      body: { notInTheDocs: true },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
  });

  it('deleteUserAuthMethod (DELETE /api/v1/users/{id}/auths/{auth})', async () => {
    const data = await client.deleteUserAuthMethod({ path: { id: 'sample', auth: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.DELETE('/api/v1/users/{id}/auths/{auth}', {
      params: { path: { id: 'sample', auth: 'sample' } },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
  });

  it('impersonate (POST /api/v1/users/{id}/impersonate)', async () => {
    const data = await client.impersonate({ path: { id: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.POST('/api/v1/users/{id}/impersonate', {
      params: { path: { id: 'sample' } },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
  });

  it('patchUserPassword (PATCH /api/v1/users/{id}/password)', async () => {
    const data = await client.patchUserPassword({ path: { id: 'sample' }, body: { notInTheDocs: true } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.PATCH('/api/v1/users/{id}/password', {
      params: { path: { id: 'sample' } },
      body: { notInTheDocs: true },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
  });

  it('updateCurrentUserPassword (PUT /api/v1/me/password)', async () => {
    const data = await client.updateCurrentUserPassword({ body: { notInTheDocs: true } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.PUT('/api/v1/me/password', { body: { notInTheDocs: true } });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
  });
});
