import { describe, expectTypeOf, it } from 'vitest';
import { createArthur, createArthurClient } from './index.js';
import { createArthurRawClient } from './raw.js';

// Compile-time checks only (vitest typecheck): nothing here is run. No doc proves a model's field list
// complete, so every body and response takes fields the docs do not show (typed `unknown`) while each
// documented field keeps its type. One case per operation, rendered from the spec by the template.
const client = createArthurClient();
const raw = createArthurRawClient(createArthur());

describe('request bodies take every documented field and one the docs do not show', () => {
  it('patchUser (PATCH /api/v1/users/{user_id})', () => {
    void client.patchUser({
      path: { user_id: 'sample' },
      body: {
        first_name: 'sample',
        last_name: 'sample',
        email: 'sample',
        picture: 'sample',
        notInTheDocs: true,
      },
    });
    void raw.PATCH('/api/v1/users/{user_id}', {
      params: { path: { user_id: 'sample' } },
      body: {
        first_name: 'sample',
        last_name: 'sample',
        email: 'sample',
        picture: 'sample',
        notInTheDocs: true,
      },
    });
    const body = { first_name: 'sample', last_name: 'sample', email: 'sample', picture: 'sample' };
    void client.patchUser({
      path: { user_id: 'sample' },
      body: {
        ...body,
        // @ts-expect-error "first_name" is documented as a string
        first_name: 7,
      },
    });
    void raw.PATCH('/api/v1/users/{user_id}', {
      params: { path: { user_id: 'sample' } },
      body: {
        ...body,
        // @ts-expect-error "first_name" is documented as a string
        first_name: 7,
      },
    });
  });

  it('postOrganizationUser (POST /api/v1/organization/users)', () => {
    void client.postOrganizationUser({
      body: {
        first_name: 'sample',
        last_name: 'sample',
        email: 'sample',
        password: 'sample',
        picture: 'sample',
        notInTheDocs: true,
      },
    });
    void raw.POST('/api/v1/organization/users', {
      body: {
        first_name: 'sample',
        last_name: 'sample',
        email: 'sample',
        password: 'sample',
        picture: 'sample',
        notInTheDocs: true,
      },
    });
    const body = {
      first_name: 'sample',
      last_name: 'sample',
      email: 'sample',
      password: 'sample',
      picture: 'sample',
    };
    void client.postOrganizationUser({
      body: {
        ...body,
        // @ts-expect-error "first_name" is documented as a string
        first_name: 7,
      },
    });
    void raw.POST('/api/v1/organization/users', {
      body: {
        ...body,
        // @ts-expect-error "first_name" is documented as a string
        first_name: 7,
      },
    });
  });

  it('patchServiceAccountUser (PATCH /api/v1/users/{user_id}/service_account)', () => {
    void client.patchServiceAccountUser({
      path: { user_id: 'sample' },
      body: { name: 'sample', notInTheDocs: true },
    });
    void raw.PATCH('/api/v1/users/{user_id}/service_account', {
      params: { path: { user_id: 'sample' } },
      body: { name: 'sample', notInTheDocs: true },
    });
    const body = { name: 'sample' };
    void client.patchServiceAccountUser({
      path: { user_id: 'sample' },
      body: {
        ...body,
        // @ts-expect-error "name" is documented as a string
        name: 7,
      },
    });
    void raw.PATCH('/api/v1/users/{user_id}/service_account', {
      params: { path: { user_id: 'sample' } },
      body: {
        ...body,
        // @ts-expect-error "name" is documented as a string
        name: 7,
      },
    });
  });

  it('postOrganizationServiceAccount (POST /api/v1/organization/service_accounts)', () => {
    void client.postOrganizationServiceAccount({ body: { name: 'sample', notInTheDocs: true } });
    void raw.POST('/api/v1/organization/service_accounts', { body: { name: 'sample', notInTheDocs: true } });
    const body = { name: 'sample' };
    void client.postOrganizationServiceAccount({
      body: {
        ...body,
        // @ts-expect-error "name" is documented as a string
        name: 7,
      },
    });
    void raw.POST('/api/v1/organization/service_accounts', {
      body: {
        ...body,
        // @ts-expect-error "name" is documented as a string
        name: 7,
      },
    });
  });

  it('postOrganizationUserInvite (POST /api/v1/organization/users/invite-user)', () => {
    void client.postOrganizationUserInvite({
      body: {
        email: 'sample',
        role_binding: {
          role_id: 'sample',
          bound_resource_kind: 'organization',
          resource_id: 'sample',
          notInTheDocs: true,
        },
        group_ids: ['sample'],
        notInTheDocs: true,
      },
    });
    void raw.POST('/api/v1/organization/users/invite-user', {
      body: {
        email: 'sample',
        role_binding: {
          role_id: 'sample',
          bound_resource_kind: 'organization',
          resource_id: 'sample',
          notInTheDocs: true,
        },
        group_ids: ['sample'],
        notInTheDocs: true,
      },
    });
    const body = {
      email: 'sample',
      role_binding: {
        role_id: 'sample',
        bound_resource_kind: 'organization',
        resource_id: 'sample',
        notInTheDocs: true,
      },
      group_ids: ['sample'],
    };
    void client.postOrganizationUserInvite({
      body: {
        ...body,
        // @ts-expect-error "email" is documented as a string
        email: 7,
      },
    });
    void raw.POST('/api/v1/organization/users/invite-user', {
      body: {
        ...body,
        // @ts-expect-error "email" is documented as a string
        email: 7,
      },
    });
  });
});

describe('success bodies read undocumented fields as unknown and documented ones as typed', () => {
  it('patchUser (PATCH /api/v1/users/{user_id})', async () => {
    const data = await client.patchUser({
      path: { user_id: 'sample' },
      body: {
        first_name: 'sample',
        last_name: 'sample',
        email: 'sample',
        picture: 'sample',
        notInTheDocs: true,
      },
    });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.PATCH('/api/v1/users/{user_id}', {
      params: { path: { user_id: 'sample' } },
      body: {
        first_name: 'sample',
        last_name: 'sample',
        email: 'sample',
        picture: 'sample',
        notInTheDocs: true,
      },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.created_at).toEqualTypeOf<string>();
    expectTypeOf(rawData?.created_at).toEqualTypeOf<string | undefined>();
  });

  it('getOrganizationUsers (GET /api/v1/organization/users)', async () => {
    const data = await client.getOrganizationUsers();
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/api/v1/organization/users', {});
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
  });

  it('postOrganizationUser (POST /api/v1/organization/users)', async () => {
    const data = await client.postOrganizationUser({
      body: {
        first_name: 'sample',
        last_name: 'sample',
        email: 'sample',
        password: 'sample',
        picture: 'sample',
        notInTheDocs: true,
      },
    });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.POST('/api/v1/organization/users', {
      body: {
        first_name: 'sample',
        last_name: 'sample',
        email: 'sample',
        password: 'sample',
        picture: 'sample',
        notInTheDocs: true,
      },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.created_at).toEqualTypeOf<string>();
    expectTypeOf(rawData?.created_at).toEqualTypeOf<string | undefined>();
  });

  it('getUsersMe (GET /api/v1/users/me)', async () => {
    const data = await client.getUsersMe();
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/api/v1/users/me', {});
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.created_at).toEqualTypeOf<string>();
    expectTypeOf(rawData?.created_at).toEqualTypeOf<string | undefined>();
  });

  it('patchServiceAccountUser (PATCH /api/v1/users/{user_id}/service_account)', async () => {
    const data = await client.patchServiceAccountUser({
      path: { user_id: 'sample' },
      body: { name: 'sample', notInTheDocs: true },
    });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.PATCH('/api/v1/users/{user_id}/service_account', {
      params: { path: { user_id: 'sample' } },
      body: { name: 'sample', notInTheDocs: true },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.created_at).toEqualTypeOf<string>();
    expectTypeOf(rawData?.created_at).toEqualTypeOf<string | undefined>();
  });

  it('postOrganizationServiceAccount (POST /api/v1/organization/service_accounts)', async () => {
    const data = await client.postOrganizationServiceAccount({
      body: { name: 'sample', notInTheDocs: true },
    });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.POST('/api/v1/organization/service_accounts', {
      body: { name: 'sample', notInTheDocs: true },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.created_at).toEqualTypeOf<string>();
    expectTypeOf(rawData?.created_at).toEqualTypeOf<string | undefined>();
  });

  it('postOrganizationUserInvite (POST /api/v1/organization/users/invite-user)', async () => {
    const data = await client.postOrganizationUserInvite({
      body: {
        email: 'sample',
        role_binding: {
          role_id: 'sample',
          bound_resource_kind: 'organization',
          resource_id: 'sample',
          notInTheDocs: true,
        },
        group_ids: ['sample'],
        notInTheDocs: true,
      },
    });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.POST('/api/v1/organization/users/invite-user', {
      body: {
        email: 'sample',
        role_binding: {
          role_id: 'sample',
          bound_resource_kind: 'organization',
          resource_id: 'sample',
          notInTheDocs: true,
        },
        group_ids: ['sample'],
        notInTheDocs: true,
      },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
  });

  it('postUserCreds (POST /api/v1/users/{user_id}/credentials)', async () => {
    const data = await client.postUserCreds({ path: { user_id: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.POST('/api/v1/users/{user_id}/credentials', {
      params: { path: { user_id: 'sample' } },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.created_at).toEqualTypeOf<string>();
    expectTypeOf(rawData?.created_at).toEqualTypeOf<string | undefined>();
  });
});
