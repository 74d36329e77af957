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
    void client.autocompleteUsers({
      path: { tenant: 'sample' },
      body: { q: 'sample', ids: ['sample'], existingOnly: true, username: 'sample', notInTheDocs: true },
    });
    void raw.POST('/api/v1/{tenant}/tenant-access/autocomplete', {
      params: { path: { tenant: 'sample' } },
      body: { q: 'sample', ids: ['sample'], existingOnly: true, username: 'sample', notInTheDocs: true },
    });
    const body = { q: 'sample', ids: ['sample'], existingOnly: true, username: 'sample' };
    void client.autocompleteUsers({
      path: { tenant: 'sample' },
      body: {
        ...body,
        // @ts-expect-error "q" is documented as a string
        q: 7,
      },
    });
    void raw.POST('/api/v1/{tenant}/tenant-access/autocomplete', {
      params: { path: { tenant: 'sample' } },
      body: {
        ...body,
        // @ts-expect-error "q" is documented as a string
        q: 7,
      },
    });
  });

  it('createApiTokensForUser (POST /api/v1/service-accounts/{id}/api-tokens)', () => {
    void client.createApiTokensForUser({
      path: { id: 'sample' },
      body: { name: 'sample', description: 'sample', maxAge: 'sample', extended: true, notInTheDocs: true },
    });
    void raw.POST('/api/v1/service-accounts/{id}/api-tokens', {
      params: { path: { id: 'sample' } },
      body: { name: 'sample', description: 'sample', maxAge: 'sample', extended: true, notInTheDocs: true },
    });
    const body = { name: 'sample', description: 'sample', maxAge: 'sample', extended: true };
    void client.createApiTokensForUser({
      path: { id: 'sample' },
      body: {
        ...body,
        // @ts-expect-error "name" is documented as a string
        name: 7,
      },
    });
    void raw.POST('/api/v1/service-accounts/{id}/api-tokens', {
      params: { path: { id: 'sample' } },
      body: {
        ...body,
        // @ts-expect-error "name" is documented as a string
        name: 7,
      },
    });
  });

  it('createApiTokensForUser1 (POST /api/v1/users/{id}/api-tokens)', () => {
    void client.createApiTokensForUser1({
      path: { id: 'sample' },
      body: { name: 'sample', description: 'sample', maxAge: 'sample', extended: true, notInTheDocs: true },
    });
    void raw.POST('/api/v1/users/{id}/api-tokens', {
      params: { path: { id: 'sample' } },
      body: { name: 'sample', description: 'sample', maxAge: 'sample', extended: true, notInTheDocs: true },
    });
    const body = { name: 'sample', description: 'sample', maxAge: 'sample', extended: true };
    void client.createApiTokensForUser1({
      path: { id: 'sample' },
      body: {
        ...body,
        // @ts-expect-error "name" is documented as a string
        name: 7,
      },
    });
    void raw.POST('/api/v1/users/{id}/api-tokens', {
      params: { path: { id: 'sample' } },
      body: {
        ...body,
        // @ts-expect-error "name" is documented as a string
        name: 7,
      },
    });
  });

  it('createApiTokensForUserWithTenant (POST /api/v1/{tenant}/service-accounts/{id}/api-tokens)', () => {
    void client.createApiTokensForUserWithTenant({
      path: { id: 'sample', tenant: 'sample' },
      body: { name: 'sample', description: 'sample', maxAge: 'sample', extended: true, notInTheDocs: true },
    });
    void raw.POST('/api/v1/{tenant}/service-accounts/{id}/api-tokens', {
      params: { path: { id: 'sample', tenant: 'sample' } },
      body: { name: 'sample', description: 'sample', maxAge: 'sample', extended: true, notInTheDocs: true },
    });
    const body = { name: 'sample', description: 'sample', maxAge: 'sample', extended: true };
    void client.createApiTokensForUserWithTenant({
      path: { id: 'sample', tenant: 'sample' },
      body: {
        ...body,
        // @ts-expect-error "name" is documented as a string
        name: 7,
      },
    });
    void raw.POST('/api/v1/{tenant}/service-accounts/{id}/api-tokens', {
      params: { path: { id: 'sample', tenant: 'sample' } },
      body: {
        ...body,
        // @ts-expect-error "name" is documented as a string
        name: 7,
      },
    });
  });

  it('createUser (POST /api/v1/users)', () => {
    void client.createUser({
      body: {
        tenants: ['sample'],
        groups: ['sample'],
        firstName: 'sample',
        lastName: 'sample',
        email: 'sample',
        password: 'sample',
        superAdmin: true,
        restricted: true,
        notInTheDocs: true,
      },
    });
    void raw.POST('/api/v1/users', {
      body: {
        tenants: ['sample'],
        groups: ['sample'],
        firstName: 'sample',
        lastName: 'sample',
        email: 'sample',
        password: 'sample',
        superAdmin: true,
        restricted: true,
        notInTheDocs: true,
      },
    });
    const body = {
      tenants: ['sample'],
      groups: ['sample'],
      firstName: 'sample',
      lastName: 'sample',
      email: 'sample',
      password: 'sample',
      superAdmin: true,
      restricted: true,
    };
    void client.createUser({
      body: {
        ...body,
        // @ts-expect-error "tenants" is documented as a list
        tenants: 'not a list',
      },
    });
    void raw.POST('/api/v1/users', {
      body: {
        ...body,
        // @ts-expect-error "tenants" is documented as a list
        tenants: 'not a list',
      },
    });
  });

  it('updateUser (PUT /api/v1/users/{id})', () => {
    void client.updateUser({
      path: { id: 'sample' },
      body: {
        tenants: ['sample'],
        groups: ['sample'],
        firstName: 'sample',
        lastName: 'sample',
        email: 'sample',
        password: 'sample',
        superAdmin: true,
        restricted: true,
        notInTheDocs: true,
      },
    });
    void raw.PUT('/api/v1/users/{id}', {
      params: { path: { id: 'sample' } },
      body: {
        tenants: ['sample'],
        groups: ['sample'],
        firstName: 'sample',
        lastName: 'sample',
        email: 'sample',
        password: 'sample',
        superAdmin: true,
        restricted: true,
        notInTheDocs: true,
      },
    });
    const body = {
      tenants: ['sample'],
      groups: ['sample'],
      firstName: 'sample',
      lastName: 'sample',
      email: 'sample',
      password: 'sample',
      superAdmin: true,
      restricted: true,
    };
    void client.updateUser({
      path: { id: 'sample' },
      body: {
        ...body,
        // @ts-expect-error "tenants" is documented as a list
        tenants: 'not a list',
      },
    });
    void raw.PUT('/api/v1/users/{id}', {
      params: { path: { id: 'sample' } },
      body: {
        ...body,
        // @ts-expect-error "tenants" is documented as a list
        tenants: 'not a list',
      },
    });
  });

  it('patchUser (PATCH /api/v1/users/{id})', () => {
    void client.patchUser({
      path: { id: 'sample' },
      body: { firstName: 'sample', lastName: 'sample', email: 'sample', notInTheDocs: true },
    });
    void raw.PATCH('/api/v1/users/{id}', {
      params: { path: { id: 'sample' } },
      body: { firstName: 'sample', lastName: 'sample', email: 'sample', notInTheDocs: true },
    });
    const body = { firstName: 'sample', lastName: 'sample', email: 'sample' };
    void client.patchUser({
      path: { id: 'sample' },
      body: {
        ...body,
        // @ts-expect-error "firstName" is documented as a string
        firstName: 7,
      },
    });
    void raw.PATCH('/api/v1/users/{id}', {
      params: { path: { id: 'sample' } },
      body: {
        ...body,
        // @ts-expect-error "firstName" is documented as a string
        firstName: 7,
      },
    });
  });

  it('patchUserDemo (PATCH /api/v1/users/{id}/restricted)', () => {
    void client.patchUserDemo({ path: { id: 'sample' }, body: { restricted: true, notInTheDocs: true } });
    void raw.PATCH('/api/v1/users/{id}/restricted', {
      params: { path: { id: 'sample' } },
      body: { restricted: true, notInTheDocs: true },
    });
    const body = { restricted: true };
    void client.patchUserDemo({
      path: { id: 'sample' },
      body: {
        ...body,
        // @ts-expect-error "restricted" is documented as a boolean
        restricted: 'yes',
      },
    });
    void raw.PATCH('/api/v1/users/{id}/restricted', {
      params: { path: { id: 'sample' } },
      body: {
        ...body,
        // @ts-expect-error "restricted" is documented as a boolean
        restricted: 'yes',
      },
    });
  });

  it('patchUserPassword (PATCH /api/v1/users/{id}/password)', () => {
    void client.patchUserPassword({
      path: { id: 'sample' },
      body: { password: 'sample', notInTheDocs: true },
    });
    void raw.PATCH('/api/v1/users/{id}/password', {
      params: { path: { id: 'sample' } },
      body: { password: 'sample', notInTheDocs: true },
    });
    const body = { password: 'sample' };
    void client.patchUserPassword({
      path: { id: 'sample' },
      body: {
        ...body,
        // @ts-expect-error "password" is documented as a string
        password: 7,
      },
    });
    void raw.PATCH('/api/v1/users/{id}/password', {
      params: { path: { id: 'sample' } },
      body: {
        ...body,
        // @ts-expect-error "password" is documented as a string
        password: 7,
      },
    });
  });

  it('patchUserSuperAdmin (PATCH /api/v1/users/{id}/superadmin)', () => {
    void client.patchUserSuperAdmin({
      path: { id: 'sample' },
      body: { superAdmin: true, notInTheDocs: true },
    });
    void raw.PATCH('/api/v1/users/{id}/superadmin', {
      params: { path: { id: 'sample' } },
      body: { superAdmin: true, notInTheDocs: true },
    });
    const body = { superAdmin: true };
    void client.patchUserSuperAdmin({
      path: { id: 'sample' },
      body: {
        ...body,
        // @ts-expect-error "superAdmin" is documented as a boolean
        superAdmin: 'yes',
      },
    });
    void raw.PATCH('/api/v1/users/{id}/superadmin', {
      params: { path: { id: 'sample' } },
      body: {
        ...body,
        // @ts-expect-error "superAdmin" is documented as a boolean
        superAdmin: 'yes',
      },
    });
  });

  it('updateCurrentUserPassword (PUT /api/v1/me/password)', () => {
    void client.updateCurrentUserPassword({
      body: { oldPassword: 'sample', newPassword: 'sample', notInTheDocs: true },
    });
    void raw.PUT('/api/v1/me/password', {
      body: { oldPassword: 'sample', newPassword: 'sample', notInTheDocs: true },
    });
    const body = { oldPassword: 'sample', newPassword: 'sample' };
    void client.updateCurrentUserPassword({
      body: {
        ...body,
        // @ts-expect-error "oldPassword" is documented as a string
        oldPassword: 7,
      },
    });
    void raw.PUT('/api/v1/me/password', {
      body: {
        ...body,
        // @ts-expect-error "oldPassword" is documented as a string
        oldPassword: 7,
      },
    });
  });

  it('updateUserGroups (PUT /api/v1/{tenant}/users/{id}/groups)', () => {
    void client.updateUserGroups({
      path: { id: 'sample', tenant: 'sample' },
      body: { groupIds: ['sample'], notInTheDocs: true },
    });
    void raw.PUT('/api/v1/{tenant}/users/{id}/groups', {
      params: { path: { id: 'sample', tenant: 'sample' } },
      body: { groupIds: ['sample'], notInTheDocs: true },
    });
    const body = { groupIds: ['sample'] };
    void client.updateUserGroups({
      path: { id: 'sample', tenant: 'sample' },
      body: {
        ...body,
        // @ts-expect-error "groupIds" is documented as a list
        groupIds: 'not a list',
      },
    });
    void raw.PUT('/api/v1/{tenant}/users/{id}/groups', {
      params: { path: { id: 'sample', tenant: 'sample' } },
      body: {
        ...body,
        // @ts-expect-error "groupIds" is documented as a list
        groupIds: 'not a list',
      },
    });
  });
});

describe('success bodies read undocumented fields as unknown and documented ones as typed', () => {
  it('autocompleteUsers (POST /api/v1/{tenant}/tenant-access/autocomplete)', async () => {
    const data = await client.autocompleteUsers({
      path: { tenant: 'sample' },
      body: { q: 'sample', ids: ['sample'], existingOnly: true, username: 'sample', notInTheDocs: true },
    });
    expectTypeOf(data[0]?.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.POST('/api/v1/{tenant}/tenant-access/autocomplete', {
      params: { path: { tenant: 'sample' } },
      body: { q: 'sample', ids: ['sample'], existingOnly: true, username: 'sample', notInTheDocs: true },
    });
    expectTypeOf(rawData?.[0]?.notInTheDocs).toBeUnknown();
    expectTypeOf(data[0]?.id).toEqualTypeOf<string | undefined>();
    expectTypeOf(rawData?.[0]?.id).toEqualTypeOf<string | undefined>();
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
      body: { name: 'sample', description: 'sample', maxAge: 'sample', extended: true, notInTheDocs: true },
    });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.POST('/api/v1/service-accounts/{id}/api-tokens', {
      params: { path: { id: 'sample' } },
      body: { name: 'sample', description: 'sample', maxAge: 'sample', extended: true, notInTheDocs: true },
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
      body: { name: 'sample', description: 'sample', maxAge: 'sample', extended: true, notInTheDocs: true },
    });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.POST('/api/v1/users/{id}/api-tokens', {
      params: { path: { id: 'sample' } },
      body: { name: 'sample', description: 'sample', maxAge: 'sample', extended: true, notInTheDocs: true },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.id).toEqualTypeOf<string>();
    expectTypeOf(rawData?.id).toEqualTypeOf<string | undefined>();
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
      body: { name: 'sample', description: 'sample', maxAge: 'sample', extended: true, notInTheDocs: true },
    });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.POST('/api/v1/{tenant}/service-accounts/{id}/api-tokens', {
      params: { path: { id: 'sample', tenant: 'sample' } },
      body: { name: 'sample', description: 'sample', maxAge: 'sample', extended: true, notInTheDocs: true },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
  });

  it('listUsers (GET /api/v1/users)', async () => {
    const data = await client.listUsers({ query: { page: 1, size: 10 } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/api/v1/users', { params: { query: { page: 1, size: 10 } } });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.total).toEqualTypeOf<number>();
    expectTypeOf(rawData?.total).toEqualTypeOf<number | undefined>();
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
    expectTypeOf(data.id).toEqualTypeOf<string>();
    expectTypeOf(rawData?.id).toEqualTypeOf<string | undefined>();
  });

  it('updateUser (PUT /api/v1/users/{id})', async () => {
    const data = await client.updateUser({
      path: { id: 'sample' },
      body: {
        tenants: ['sample'],
        groups: ['sample'],
        firstName: 'sample',
        lastName: 'sample',
        email: 'sample',
        password: 'sample',
        superAdmin: true,
        restricted: true,
        notInTheDocs: true,
      },
    });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.PUT('/api/v1/users/{id}', {
      params: { path: { id: 'sample' } },
      body: {
        tenants: ['sample'],
        groups: ['sample'],
        firstName: 'sample',
        lastName: 'sample',
        email: 'sample',
        password: 'sample',
        superAdmin: true,
        restricted: true,
        notInTheDocs: true,
      },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.id).toEqualTypeOf<string>();
    expectTypeOf(rawData?.id).toEqualTypeOf<string | undefined>();
  });

  it('patchUser (PATCH /api/v1/users/{id})', async () => {
    const data = await client.patchUser({
      path: { id: 'sample' },
      body: { firstName: 'sample', lastName: 'sample', email: 'sample', notInTheDocs: true },
    });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.PATCH('/api/v1/users/{id}', {
      params: { path: { id: 'sample' } },
      body: { firstName: 'sample', lastName: 'sample', email: 'sample', notInTheDocs: true },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.id).toEqualTypeOf<string>();
    expectTypeOf(rawData?.id).toEqualTypeOf<string | undefined>();
  });

  it('deleteUserAuthMethod (DELETE /api/v1/users/{id}/auths/{auth})', async () => {
    const data = await client.deleteUserAuthMethod({ path: { id: 'sample', auth: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.DELETE('/api/v1/users/{id}/auths/{auth}', {
      params: { path: { id: 'sample', auth: 'sample' } },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.id).toEqualTypeOf<string>();
    expectTypeOf(rawData?.id).toEqualTypeOf<string | undefined>();
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
    const data = await client.patchUserPassword({
      path: { id: 'sample' },
      body: { password: 'sample', notInTheDocs: true },
    });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.PATCH('/api/v1/users/{id}/password', {
      params: { path: { id: 'sample' } },
      body: { password: 'sample', notInTheDocs: true },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
  });

  it('updateCurrentUserPassword (PUT /api/v1/me/password)', async () => {
    const data = await client.updateCurrentUserPassword({
      body: { oldPassword: 'sample', newPassword: 'sample', notInTheDocs: true },
    });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.PUT('/api/v1/me/password', {
      body: { oldPassword: 'sample', newPassword: 'sample', notInTheDocs: true },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
  });
});
