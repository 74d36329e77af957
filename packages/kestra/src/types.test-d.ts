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
    const body: NonNullable<api.AutocompleteUsersInput['body']> = {
      q: 'sample',
      ids: ['sample'],
      existingOnly: true,
      username: 'sample',
      notInTheDocs: true,
    };
    void client.autocompleteUsers({ path: { tenant: 'sample' }, body: body });
    void api.autocompleteUsers(connection, { path: { tenant: 'sample' }, body: body });
    void raw.POST('/api/v1/{tenant}/tenant-access/autocomplete', {
      params: { path: { tenant: 'sample' } },
      body: body,
    });
    const minimal: NonNullable<api.AutocompleteUsersInput['body']> = {};
    void client.autocompleteUsers({
      path: { tenant: 'sample' },
      body: {
        ...minimal,
        // @ts-expect-error "q" is documented as a string
        q: 7,
      },
    });
  });

  it('createApiTokensForUser (POST /api/v1/service-accounts/{id}/api-tokens)', () => {
    const body: NonNullable<api.CreateApiTokensForUserInput['body']> = {
      name: 'sample',
      description: 'sample',
      maxAge: 'sample',
      extended: true,
      notInTheDocs: true,
    };
    void client.createApiTokensForUser({ path: { id: 'sample' }, body: body });
    void api.createApiTokensForUser(connection, { path: { id: 'sample' }, body: body });
    void raw.POST('/api/v1/service-accounts/{id}/api-tokens', {
      params: { path: { id: 'sample' } },
      body: body,
    });
    const minimal: NonNullable<api.CreateApiTokensForUserInput['body']> = {
      name: 'sample',
      description: 'sample',
      maxAge: 'sample',
      extended: true,
    };
    const { name: _0, ...without0 } = minimal;
    void client.createApiTokensForUser({
      path: { id: 'sample' },
      // @ts-expect-error "name" is required
      body: without0,
    });
    void api.createApiTokensForUser(connection, {
      path: { id: 'sample' },
      // @ts-expect-error "name" is required
      body: without0,
    });
    void raw.POST('/api/v1/service-accounts/{id}/api-tokens', {
      params: { path: { id: 'sample' } },
      // @ts-expect-error "name" is required
      body: without0,
    });
    const { description: _1, ...without1 } = minimal;
    void client.createApiTokensForUser({
      path: { id: 'sample' },
      // @ts-expect-error "description" is required
      body: without1,
    });
    const { maxAge: _2, ...without2 } = minimal;
    void client.createApiTokensForUser({
      path: { id: 'sample' },
      // @ts-expect-error "maxAge" is required
      body: without2,
    });
    const { extended: _3, ...without3 } = minimal;
    void client.createApiTokensForUser({
      path: { id: 'sample' },
      // @ts-expect-error "extended" is required
      body: without3,
    });
    void client.createApiTokensForUser({
      path: { id: 'sample' },
      body: {
        ...minimal,
        // @ts-expect-error "name" is documented as a string
        name: 7,
      },
    });
  });

  it('createApiTokensForUser1 (POST /api/v1/users/{id}/api-tokens)', () => {
    const body: NonNullable<api.CreateApiTokensForUser1Input['body']> = {
      name: 'sample',
      description: 'sample',
      maxAge: 'sample',
      extended: true,
      notInTheDocs: true,
    };
    void client.createApiTokensForUser1({ path: { id: 'sample' }, body: body });
    void api.createApiTokensForUser1(connection, { path: { id: 'sample' }, body: body });
    void raw.POST('/api/v1/users/{id}/api-tokens', { params: { path: { id: 'sample' } }, body: body });
    const minimal: NonNullable<api.CreateApiTokensForUser1Input['body']> = {
      name: 'sample',
      description: 'sample',
      maxAge: 'sample',
      extended: true,
    };
    const { name: _0, ...without0 } = minimal;
    void client.createApiTokensForUser1({
      path: { id: 'sample' },
      // @ts-expect-error "name" is required
      body: without0,
    });
    void api.createApiTokensForUser1(connection, {
      path: { id: 'sample' },
      // @ts-expect-error "name" is required
      body: without0,
    });
    void raw.POST('/api/v1/users/{id}/api-tokens', {
      params: { path: { id: 'sample' } },
      // @ts-expect-error "name" is required
      body: without0,
    });
    const { description: _1, ...without1 } = minimal;
    void client.createApiTokensForUser1({
      path: { id: 'sample' },
      // @ts-expect-error "description" is required
      body: without1,
    });
    const { maxAge: _2, ...without2 } = minimal;
    void client.createApiTokensForUser1({
      path: { id: 'sample' },
      // @ts-expect-error "maxAge" is required
      body: without2,
    });
    const { extended: _3, ...without3 } = minimal;
    void client.createApiTokensForUser1({
      path: { id: 'sample' },
      // @ts-expect-error "extended" is required
      body: without3,
    });
    void client.createApiTokensForUser1({
      path: { id: 'sample' },
      body: {
        ...minimal,
        // @ts-expect-error "name" is documented as a string
        name: 7,
      },
    });
  });

  it('createApiTokensForUserWithTenant (POST /api/v1/{tenant}/service-accounts/{id}/api-tokens)', () => {
    const body: NonNullable<api.CreateApiTokensForUserWithTenantInput['body']> = {
      name: 'sample',
      description: 'sample',
      maxAge: 'sample',
      extended: true,
      notInTheDocs: true,
    };
    void client.createApiTokensForUserWithTenant({ path: { id: 'sample', tenant: 'sample' }, body: body });
    void api.createApiTokensForUserWithTenant(connection, {
      path: { id: 'sample', tenant: 'sample' },
      body: body,
    });
    void raw.POST('/api/v1/{tenant}/service-accounts/{id}/api-tokens', {
      params: { path: { id: 'sample', tenant: 'sample' } },
      body: body,
    });
    const minimal: NonNullable<api.CreateApiTokensForUserWithTenantInput['body']> = {
      name: 'sample',
      description: 'sample',
      maxAge: 'sample',
      extended: true,
    };
    const { name: _0, ...without0 } = minimal;
    void client.createApiTokensForUserWithTenant({
      path: { id: 'sample', tenant: 'sample' },
      // @ts-expect-error "name" is required
      body: without0,
    });
    void api.createApiTokensForUserWithTenant(connection, {
      path: { id: 'sample', tenant: 'sample' },
      // @ts-expect-error "name" is required
      body: without0,
    });
    void raw.POST('/api/v1/{tenant}/service-accounts/{id}/api-tokens', {
      params: { path: { id: 'sample', tenant: 'sample' } },
      // @ts-expect-error "name" is required
      body: without0,
    });
    const { description: _1, ...without1 } = minimal;
    void client.createApiTokensForUserWithTenant({
      path: { id: 'sample', tenant: 'sample' },
      // @ts-expect-error "description" is required
      body: without1,
    });
    const { maxAge: _2, ...without2 } = minimal;
    void client.createApiTokensForUserWithTenant({
      path: { id: 'sample', tenant: 'sample' },
      // @ts-expect-error "maxAge" is required
      body: without2,
    });
    const { extended: _3, ...without3 } = minimal;
    void client.createApiTokensForUserWithTenant({
      path: { id: 'sample', tenant: 'sample' },
      // @ts-expect-error "extended" is required
      body: without3,
    });
    void client.createApiTokensForUserWithTenant({
      path: { id: 'sample', tenant: 'sample' },
      body: {
        ...minimal,
        // @ts-expect-error "name" is documented as a string
        name: 7,
      },
    });
  });

  it('createUser (POST /api/v1/users)', () => {
    const body: NonNullable<api.CreateUserInput['body']> = {
      tenants: ['sample'],
      groups: ['sample'],
      firstName: 'sample',
      lastName: 'sample',
      email: 'sample',
      password: 'sample',
      superAdmin: true,
      restricted: true,
      notInTheDocs: true,
    };
    void client.createUser({ body: body });
    void api.createUser(connection, { body: body });
    void raw.POST('/api/v1/users', { body: body });
    const minimal: NonNullable<api.CreateUserInput['body']> = {
      tenants: ['sample'],
      groups: ['sample'],
      firstName: 'sample',
      lastName: 'sample',
      email: 'sample',
      password: 'sample',
      superAdmin: true,
      restricted: true,
    };
    const { tenants: _0, ...without0 } = minimal;
    void client.createUser({
      // @ts-expect-error "tenants" is required
      body: without0,
    });
    void api.createUser(connection, {
      // @ts-expect-error "tenants" is required
      body: without0,
    });
    void raw.POST('/api/v1/users', {
      // @ts-expect-error "tenants" is required
      body: without0,
    });
    const { groups: _1, ...without1 } = minimal;
    void client.createUser({
      // @ts-expect-error "groups" is required
      body: without1,
    });
    const { firstName: _2, ...without2 } = minimal;
    void client.createUser({
      // @ts-expect-error "firstName" is required
      body: without2,
    });
    const { lastName: _3, ...without3 } = minimal;
    void client.createUser({
      // @ts-expect-error "lastName" is required
      body: without3,
    });
    const { email: _4, ...without4 } = minimal;
    void client.createUser({
      // @ts-expect-error "email" is required
      body: without4,
    });
    const { password: _5, ...without5 } = minimal;
    void client.createUser({
      // @ts-expect-error "password" is required
      body: without5,
    });
    const { superAdmin: _6, ...without6 } = minimal;
    void client.createUser({
      // @ts-expect-error "superAdmin" is required
      body: without6,
    });
    const { restricted: _7, ...without7 } = minimal;
    void client.createUser({
      // @ts-expect-error "restricted" is required
      body: without7,
    });
    void client.createUser({
      body: {
        ...minimal,
        // @ts-expect-error "tenants" is documented as a list
        tenants: 'not a list',
      },
    });
  });

  it('updateUser (PUT /api/v1/users/{id})', () => {
    const body: NonNullable<api.UpdateUserInput['body']> = {
      tenants: ['sample'],
      groups: ['sample'],
      firstName: 'sample',
      lastName: 'sample',
      email: 'sample',
      password: 'sample',
      superAdmin: true,
      restricted: true,
      notInTheDocs: true,
    };
    void client.updateUser({ path: { id: 'sample' }, body: body });
    void api.updateUser(connection, { path: { id: 'sample' }, body: body });
    void raw.PUT('/api/v1/users/{id}', { params: { path: { id: 'sample' } }, body: body });
    const minimal: NonNullable<api.UpdateUserInput['body']> = {
      tenants: ['sample'],
      groups: ['sample'],
      firstName: 'sample',
      lastName: 'sample',
      email: 'sample',
      password: 'sample',
      superAdmin: true,
      restricted: true,
    };
    const { tenants: _0, ...without0 } = minimal;
    void client.updateUser({
      path: { id: 'sample' },
      // @ts-expect-error "tenants" is required
      body: without0,
    });
    void api.updateUser(connection, {
      path: { id: 'sample' },
      // @ts-expect-error "tenants" is required
      body: without0,
    });
    void raw.PUT('/api/v1/users/{id}', {
      params: { path: { id: 'sample' } },
      // @ts-expect-error "tenants" is required
      body: without0,
    });
    const { groups: _1, ...without1 } = minimal;
    void client.updateUser({
      path: { id: 'sample' },
      // @ts-expect-error "groups" is required
      body: without1,
    });
    const { firstName: _2, ...without2 } = minimal;
    void client.updateUser({
      path: { id: 'sample' },
      // @ts-expect-error "firstName" is required
      body: without2,
    });
    const { lastName: _3, ...without3 } = minimal;
    void client.updateUser({
      path: { id: 'sample' },
      // @ts-expect-error "lastName" is required
      body: without3,
    });
    const { email: _4, ...without4 } = minimal;
    void client.updateUser({
      path: { id: 'sample' },
      // @ts-expect-error "email" is required
      body: without4,
    });
    const { password: _5, ...without5 } = minimal;
    void client.updateUser({
      path: { id: 'sample' },
      // @ts-expect-error "password" is required
      body: without5,
    });
    const { superAdmin: _6, ...without6 } = minimal;
    void client.updateUser({
      path: { id: 'sample' },
      // @ts-expect-error "superAdmin" is required
      body: without6,
    });
    const { restricted: _7, ...without7 } = minimal;
    void client.updateUser({
      path: { id: 'sample' },
      // @ts-expect-error "restricted" is required
      body: without7,
    });
    void client.updateUser({
      path: { id: 'sample' },
      body: {
        ...minimal,
        // @ts-expect-error "tenants" is documented as a list
        tenants: 'not a list',
      },
    });
  });

  it('patchUser (PATCH /api/v1/users/{id})', () => {
    const body: NonNullable<api.PatchUserInput['body']> = {
      firstName: 'sample',
      lastName: 'sample',
      email: 'sample',
      notInTheDocs: true,
    };
    void client.patchUser({ path: { id: 'sample' }, body: body });
    void api.patchUser(connection, { path: { id: 'sample' }, body: body });
    void raw.PATCH('/api/v1/users/{id}', { params: { path: { id: 'sample' } }, body: body });
    const minimal: NonNullable<api.PatchUserInput['body']> = {
      firstName: 'sample',
      lastName: 'sample',
      email: 'sample',
    };
    const { firstName: _0, ...without0 } = minimal;
    void client.patchUser({
      path: { id: 'sample' },
      // @ts-expect-error "firstName" is required
      body: without0,
    });
    void api.patchUser(connection, {
      path: { id: 'sample' },
      // @ts-expect-error "firstName" is required
      body: without0,
    });
    void raw.PATCH('/api/v1/users/{id}', {
      params: { path: { id: 'sample' } },
      // @ts-expect-error "firstName" is required
      body: without0,
    });
    const { lastName: _1, ...without1 } = minimal;
    void client.patchUser({
      path: { id: 'sample' },
      // @ts-expect-error "lastName" is required
      body: without1,
    });
    const { email: _2, ...without2 } = minimal;
    void client.patchUser({
      path: { id: 'sample' },
      // @ts-expect-error "email" is required
      body: without2,
    });
    void client.patchUser({
      path: { id: 'sample' },
      body: {
        ...minimal,
        // @ts-expect-error "firstName" is documented as a string
        firstName: 7,
      },
    });
  });

  it('patchUserDemo (PATCH /api/v1/users/{id}/restricted)', () => {
    const body: NonNullable<api.PatchUserDemoInput['body']> = { restricted: true, notInTheDocs: true };
    void client.patchUserDemo({ path: { id: 'sample' }, body: body });
    void api.patchUserDemo(connection, { path: { id: 'sample' }, body: body });
    void raw.PATCH('/api/v1/users/{id}/restricted', { params: { path: { id: 'sample' } }, body: body });
    const minimal: NonNullable<api.PatchUserDemoInput['body']> = { restricted: true };
    const { restricted: _0, ...without0 } = minimal;
    void client.patchUserDemo({
      path: { id: 'sample' },
      // @ts-expect-error "restricted" is required
      body: without0,
    });
    void api.patchUserDemo(connection, {
      path: { id: 'sample' },
      // @ts-expect-error "restricted" is required
      body: without0,
    });
    void raw.PATCH('/api/v1/users/{id}/restricted', {
      params: { path: { id: 'sample' } },
      // @ts-expect-error "restricted" is required
      body: without0,
    });
    void client.patchUserDemo({
      path: { id: 'sample' },
      body: {
        ...minimal,
        // @ts-expect-error "restricted" is documented as a boolean
        restricted: 'yes',
      },
    });
  });

  it('patchUserPassword (PATCH /api/v1/users/{id}/password)', () => {
    const body: NonNullable<api.PatchUserPasswordInput['body']> = { password: 'sample', notInTheDocs: true };
    void client.patchUserPassword({ path: { id: 'sample' }, body: body });
    void api.patchUserPassword(connection, { path: { id: 'sample' }, body: body });
    void raw.PATCH('/api/v1/users/{id}/password', { params: { path: { id: 'sample' } }, body: body });
    const minimal: NonNullable<api.PatchUserPasswordInput['body']> = { password: 'sample' };
    const { password: _0, ...without0 } = minimal;
    void client.patchUserPassword({
      path: { id: 'sample' },
      // @ts-expect-error "password" is required
      body: without0,
    });
    void api.patchUserPassword(connection, {
      path: { id: 'sample' },
      // @ts-expect-error "password" is required
      body: without0,
    });
    void raw.PATCH('/api/v1/users/{id}/password', {
      params: { path: { id: 'sample' } },
      // @ts-expect-error "password" is required
      body: without0,
    });
    void client.patchUserPassword({
      path: { id: 'sample' },
      body: {
        ...minimal,
        // @ts-expect-error "password" is documented as a string
        password: 7,
      },
    });
  });

  it('patchUserSuperAdmin (PATCH /api/v1/users/{id}/superadmin)', () => {
    const body: NonNullable<api.PatchUserSuperAdminInput['body']> = { superAdmin: true, notInTheDocs: true };
    void client.patchUserSuperAdmin({ path: { id: 'sample' }, body: body });
    void api.patchUserSuperAdmin(connection, { path: { id: 'sample' }, body: body });
    void raw.PATCH('/api/v1/users/{id}/superadmin', { params: { path: { id: 'sample' } }, body: body });
    const minimal: NonNullable<api.PatchUserSuperAdminInput['body']> = { superAdmin: true };
    const { superAdmin: _0, ...without0 } = minimal;
    void client.patchUserSuperAdmin({
      path: { id: 'sample' },
      // @ts-expect-error "superAdmin" is required
      body: without0,
    });
    void api.patchUserSuperAdmin(connection, {
      path: { id: 'sample' },
      // @ts-expect-error "superAdmin" is required
      body: without0,
    });
    void raw.PATCH('/api/v1/users/{id}/superadmin', {
      params: { path: { id: 'sample' } },
      // @ts-expect-error "superAdmin" is required
      body: without0,
    });
    void client.patchUserSuperAdmin({
      path: { id: 'sample' },
      body: {
        ...minimal,
        // @ts-expect-error "superAdmin" is documented as a boolean
        superAdmin: 'yes',
      },
    });
  });

  it('updateCurrentUserPassword (PUT /api/v1/me/password)', () => {
    const body: NonNullable<api.UpdateCurrentUserPasswordInput['body']> = {
      oldPassword: 'sample',
      newPassword: 'sample',
      notInTheDocs: true,
    };
    void client.updateCurrentUserPassword({ body: body });
    void api.updateCurrentUserPassword(connection, { body: body });
    void raw.PUT('/api/v1/me/password', { body: body });
    const minimal: NonNullable<api.UpdateCurrentUserPasswordInput['body']> = {
      oldPassword: 'sample',
      newPassword: 'sample',
    };
    const { oldPassword: _0, ...without0 } = minimal;
    void client.updateCurrentUserPassword({
      // @ts-expect-error "oldPassword" is required
      body: without0,
    });
    void api.updateCurrentUserPassword(connection, {
      // @ts-expect-error "oldPassword" is required
      body: without0,
    });
    void raw.PUT('/api/v1/me/password', {
      // @ts-expect-error "oldPassword" is required
      body: without0,
    });
    const { newPassword: _1, ...without1 } = minimal;
    void client.updateCurrentUserPassword({
      // @ts-expect-error "newPassword" is required
      body: without1,
    });
    void client.updateCurrentUserPassword({
      body: {
        ...minimal,
        // @ts-expect-error "oldPassword" is documented as a string
        oldPassword: 7,
      },
    });
  });

  it('updateUserGroups (PUT /api/v1/{tenant}/users/{id}/groups)', () => {
    const body: NonNullable<api.UpdateUserGroupsInput['body']> = { groupIds: ['sample'], notInTheDocs: true };
    void client.updateUserGroups({ path: { id: 'sample', tenant: 'sample' }, body: body });
    void api.updateUserGroups(connection, { path: { id: 'sample', tenant: 'sample' }, body: body });
    void raw.PUT('/api/v1/{tenant}/users/{id}/groups', {
      params: { path: { id: 'sample', tenant: 'sample' } },
      body: body,
    });
    const minimal: NonNullable<api.UpdateUserGroupsInput['body']> = { groupIds: ['sample'] };
    const { groupIds: _0, ...without0 } = minimal;
    void client.updateUserGroups({
      path: { id: 'sample', tenant: 'sample' },
      // @ts-expect-error "groupIds" is required
      body: without0,
    });
    void api.updateUserGroups(connection, {
      path: { id: 'sample', tenant: 'sample' },
      // @ts-expect-error "groupIds" is required
      body: without0,
    });
    void raw.PUT('/api/v1/{tenant}/users/{id}/groups', {
      params: { path: { id: 'sample', tenant: 'sample' } },
      // @ts-expect-error "groupIds" is required
      body: without0,
    });
    void client.updateUserGroups({
      path: { id: 'sample', tenant: 'sample' },
      body: {
        ...minimal,
        // @ts-expect-error "groupIds" is documented as a list
        groupIds: 'not a list',
      },
    });
  });
});

describe('success bodies: every documented field has its exact type, in every form', () => {
  it('autocompleteUsers (POST /api/v1/{tenant}/tenant-access/autocomplete)', async () => {
    expectTypeOf(
      client.autocompleteUsers({
        path: { tenant: 'sample' },
        body: { q: 'sample', ids: ['sample'], existingOnly: true, username: 'sample', notInTheDocs: true },
      }),
    ).resolves.toEqualTypeOf<api.AutocompleteUsersResult>();
    expectTypeOf(
      api.autocompleteUsers(connection, {
        path: { tenant: 'sample' },
        body: { q: 'sample', ids: ['sample'], existingOnly: true, username: 'sample', notInTheDocs: true },
      }),
    ).resolves.toEqualTypeOf<api.AutocompleteUsersResult>();
    const { data: rawData } = await raw.POST('/api/v1/{tenant}/tenant-access/autocomplete', {
      params: { path: { tenant: 'sample' } },
      body: { q: 'sample', ids: ['sample'], existingOnly: true, username: 'sample', notInTheDocs: true },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.AutocompleteUsersResult | undefined>();
    expectTypeOf<api.AutocompleteUsersResult>().toEqualTypeOf<api.AutocompleteUsersResult[number][]>();
    expectTypeOf<
      Pick<
        api.AutocompleteUsersResult[number],
        'id' | 'username' | 'displayName' | 'description' | 'groups' | 'auths'
      >
    >().toEqualTypeOf<{
      id: string;
      username: string;
      displayName: string;
      description: string;
      groups: api.AutocompleteUsersResult[number]['groups'][number][];
      auths: api.AutocompleteUsersResult[number]['auths'][number][];
    }>();
    expectTypeOf<
      Pick<api.AutocompleteUsersResult[number]['groups'][number], 'id' | 'name' | 'external'>
    >().toEqualTypeOf<{ id: string; name: string; external: boolean }>();
    expectTypeOf<api.AutocompleteUsersResult[number]['groups'][number]['notInTheDocs']>().toBeUnknown();
    expectTypeOf<
      Pick<api.AutocompleteUsersResult[number]['auths'][number], 'name' | 'type'>
    >().toEqualTypeOf<{ name: string; type: string }>();
    expectTypeOf<api.AutocompleteUsersResult[number]['auths'][number]['notInTheDocs']>().toBeUnknown();
    expectTypeOf<api.AutocompleteUsersResult[number]['notInTheDocs']>().toBeUnknown();
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
      client.createApiTokensForUser({
        path: { id: 'sample' },
        body: { name: 'sample', description: 'sample', maxAge: 'sample', extended: true, notInTheDocs: true },
      }),
    ).resolves.toEqualTypeOf<api.CreateApiTokensForUserResult>();
    expectTypeOf(
      api.createApiTokensForUser(connection, {
        path: { id: 'sample' },
        body: { name: 'sample', description: 'sample', maxAge: 'sample', extended: true, notInTheDocs: true },
      }),
    ).resolves.toEqualTypeOf<api.CreateApiTokensForUserResult>();
    const { data: rawData } = await raw.POST('/api/v1/service-accounts/{id}/api-tokens', {
      params: { path: { id: 'sample' } },
      body: { name: 'sample', description: 'sample', maxAge: 'sample', extended: true, notInTheDocs: true },
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
      client.createApiTokensForUser1({
        path: { id: 'sample' },
        body: { name: 'sample', description: 'sample', maxAge: 'sample', extended: true, notInTheDocs: true },
      }),
    ).resolves.toEqualTypeOf<api.CreateApiTokensForUser1Result>();
    expectTypeOf(
      api.createApiTokensForUser1(connection, {
        path: { id: 'sample' },
        body: { name: 'sample', description: 'sample', maxAge: 'sample', extended: true, notInTheDocs: true },
      }),
    ).resolves.toEqualTypeOf<api.CreateApiTokensForUser1Result>();
    const { data: rawData } = await raw.POST('/api/v1/users/{id}/api-tokens', {
      params: { path: { id: 'sample' } },
      body: { name: 'sample', description: 'sample', maxAge: 'sample', extended: true, notInTheDocs: true },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.CreateApiTokensForUser1Result | undefined>();
    expectTypeOf<Pick<api.CreateApiTokensForUser1Result, 'id' | 'name' | 'fullToken'>>().toEqualTypeOf<{
      id: string;
      name: string;
      fullToken: string;
    }>();
    expectTypeOf<api.CreateApiTokensForUser1Result['notInTheDocs']>().toBeUnknown();
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
        body: { name: 'sample', description: 'sample', maxAge: 'sample', extended: true, notInTheDocs: true },
      }),
    ).resolves.toEqualTypeOf<api.CreateApiTokensForUserWithTenantResult>();
    expectTypeOf(
      api.createApiTokensForUserWithTenant(connection, {
        path: { id: 'sample', tenant: 'sample' },
        body: { name: 'sample', description: 'sample', maxAge: 'sample', extended: true, notInTheDocs: true },
      }),
    ).resolves.toEqualTypeOf<api.CreateApiTokensForUserWithTenantResult>();
    const { data: rawData } = await raw.POST('/api/v1/{tenant}/service-accounts/{id}/api-tokens', {
      params: { path: { id: 'sample', tenant: 'sample' } },
      body: { name: 'sample', description: 'sample', maxAge: 'sample', extended: true, notInTheDocs: true },
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
    expectTypeOf<Pick<api.ListUsersResult, 'results' | 'total'>>().toEqualTypeOf<{
      results: api.ListUsersResult['results'][number][];
      total: number;
    }>();
    expectTypeOf<
      Pick<
        api.ListUsersResult['results'][number],
        'id' | 'username' | 'displayName' | 'tenants' | 'auths' | 'superAdmin'
      >
    >().toEqualTypeOf<{
      id: string;
      username: string;
      displayName: string;
      tenants: api.ListUsersResult['results'][number]['tenants'][number][];
      auths: api.ListUsersResult['results'][number]['auths'][number][];
      superAdmin: boolean;
    }>();
    expectTypeOf<
      Pick<api.ListUsersResult['results'][number]['tenants'][number], 'id' | 'name'>
    >().toEqualTypeOf<{ id: string; name: string }>();
    expectTypeOf<api.ListUsersResult['results'][number]['tenants'][number]['notInTheDocs']>().toBeUnknown();
    expectTypeOf<
      Pick<api.ListUsersResult['results'][number]['auths'][number], 'id' | 'name' | 'type'>
    >().toEqualTypeOf<{ id: string; name: string; type: string }>();
    expectTypeOf<api.ListUsersResult['results'][number]['auths'][number]['notInTheDocs']>().toBeUnknown();
    expectTypeOf<api.ListUsersResult['results'][number]['notInTheDocs']>().toBeUnknown();
    expectTypeOf<api.ListUsersResult['notInTheDocs']>().toBeUnknown();
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
    expectTypeOf<
      Pick<
        api.GetUserResult,
        | 'id'
        | 'username'
        | 'displayName'
        | 'firstName'
        | 'lastName'
        | 'email'
        | 'tenants'
        | 'auths'
        | 'groups'
        | 'superAdmin'
        | 'restricted'
      >
    >().toEqualTypeOf<{
      id: string;
      username: string;
      displayName: string;
      firstName: string;
      lastName: string;
      email: string;
      tenants: api.GetUserResult['tenants'][number][];
      auths: api.GetUserResult['auths'][number][];
      groups: api.GetUserResult['groups'][number][];
      superAdmin: boolean;
      restricted: boolean;
    }>();
    expectTypeOf<api.GetUserResult['tenants'][number]>().toEqualTypeOf<
      api.ListUsersResult['results'][number]['tenants'][number]
    >();
    expectTypeOf<api.GetUserResult['auths'][number]>().toEqualTypeOf<
      api.ListUsersResult['results'][number]['auths'][number]
    >();
    expectTypeOf<Pick<api.GetUserResult['groups'][number], 'id' | 'tenantId'>>().toEqualTypeOf<{
      id: string;
      tenantId: string;
    }>();
    expectTypeOf<api.GetUserResult['groups'][number]['notInTheDocs']>().toBeUnknown();
    expectTypeOf<api.GetUserResult['notInTheDocs']>().toBeUnknown();
  });

  it('updateUser (PUT /api/v1/users/{id})', async () => {
    expectTypeOf(
      client.updateUser({
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
      }),
    ).resolves.toEqualTypeOf<api.UpdateUserResult>();
    expectTypeOf(
      api.updateUser(connection, {
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
      }),
    ).resolves.toEqualTypeOf<api.UpdateUserResult>();
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
    expectTypeOf(rawData).toEqualTypeOf<api.UpdateUserResult | undefined>();
    expectTypeOf<api.UpdateUserResult>().toEqualTypeOf<api.GetUserResult>();
  });

  it('patchUser (PATCH /api/v1/users/{id})', async () => {
    expectTypeOf(
      client.patchUser({
        path: { id: 'sample' },
        body: { firstName: 'sample', lastName: 'sample', email: 'sample', notInTheDocs: true },
      }),
    ).resolves.toEqualTypeOf<api.PatchUserResult>();
    expectTypeOf(
      api.patchUser(connection, {
        path: { id: 'sample' },
        body: { firstName: 'sample', lastName: 'sample', email: 'sample', notInTheDocs: true },
      }),
    ).resolves.toEqualTypeOf<api.PatchUserResult>();
    const { data: rawData } = await raw.PATCH('/api/v1/users/{id}', {
      params: { path: { id: 'sample' } },
      body: { firstName: 'sample', lastName: 'sample', email: 'sample', notInTheDocs: true },
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
      client.patchUserPassword({ path: { id: 'sample' }, body: { password: 'sample', notInTheDocs: true } }),
    ).resolves.toEqualTypeOf<api.PatchUserPasswordResult>();
    expectTypeOf(
      api.patchUserPassword(connection, {
        path: { id: 'sample' },
        body: { password: 'sample', notInTheDocs: true },
      }),
    ).resolves.toEqualTypeOf<api.PatchUserPasswordResult>();
    const { data: rawData } = await raw.PATCH('/api/v1/users/{id}/password', {
      params: { path: { id: 'sample' } },
      body: { password: 'sample', notInTheDocs: true },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.PatchUserPasswordResult | undefined>();
    expectTypeOf<api.PatchUserPasswordResult>().toEqualTypeOf<{ [key: string]: unknown }>();
  });

  it('updateCurrentUserPassword (PUT /api/v1/me/password)', async () => {
    expectTypeOf(
      client.updateCurrentUserPassword({
        body: { oldPassword: 'sample', newPassword: 'sample', notInTheDocs: true },
      }),
    ).resolves.toEqualTypeOf<api.UpdateCurrentUserPasswordResult>();
    expectTypeOf(
      api.updateCurrentUserPassword(connection, {
        body: { oldPassword: 'sample', newPassword: 'sample', notInTheDocs: true },
      }),
    ).resolves.toEqualTypeOf<api.UpdateCurrentUserPasswordResult>();
    const { data: rawData } = await raw.PUT('/api/v1/me/password', {
      body: { oldPassword: 'sample', newPassword: 'sample', notInTheDocs: true },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.UpdateCurrentUserPasswordResult | undefined>();
    expectTypeOf<api.UpdateCurrentUserPasswordResult>().toEqualTypeOf<{ [key: string]: unknown }>();
  });
});

describe('error bodies: isApiError narrows to the class and body of the status', () => {
  it('no operation declares an error body, so none is typed', () => {
    if (api.isApiError(error, 'autocompleteUsers', 404)) expectTypeOf(error.body).toBeUnknown();
  });
});

describe('paging: the items are the documented model; only paged operations have a paginator', () => {
  it('listUsers: every item is IAMUserControllerApiUserSummary, in both forms', () => {
    expectTypeOf<api.ListUsersItem>().toEqualTypeOf<
      api.Readable<api.components['schemas']['IAMUserControllerApiUserSummary']>
    >();
    expectTypeOf(client.paginate.listUsers({ query: { size: 10 } })).toEqualTypeOf<
      api.Paginator<api.ListUsersItem, api.ListUsersResult>
    >();
    expectTypeOf(api.paginateListUsers(connection, { query: { size: 10 } })).toEqualTypeOf<
      api.Paginator<api.ListUsersItem, api.ListUsersResult>
    >();
    expectTypeOf(api.paginateListUsers(connection, { query: { size: 10 } }).pages()).toEqualTypeOf<
      AsyncIterable<api.Page<api.ListUsersItem, api.ListUsersResult>>
    >();
    expectTypeOf<api.ListUsersItem>().toEqualTypeOf<
      NonNullable<NonNullable<api.ListUsersResult>['results']>[number]
    >();
  });

  it('autocompleteUsers does not page: no paginator in either form', () => {
    // @ts-expect-error autocompleteUsers does not page
    void client.paginate.autocompleteUsers;
    // @ts-expect-error autocompleteUsers does not page
    void api.paginateAutocompleteUsers;
  });
});
