import { describe, expectTypeOf, it } from 'vitest';
import * as api from './index.js';
import { createArthurRawClient } from './raw.js';

// Compile-time checks only (vitest typecheck): nothing here is run. Rendered from the spec by the
// template (scripts/generate/type-cases.ts), one case per operation. No doc proves a model's field list
// complete, so bodies and responses take fields the docs do not show (typed `unknown`) unless the spec
// closes the model, while each documented field has its exact type.
const client = api.createArthurClient();
const connection = api.createArthur();
const raw = createArthurRawClient(connection);
declare const error: unknown;

describe('request bodies: documented fields typed, required ones required, read-only ones never', () => {
  it('patchUser (PATCH /api/v1/users/{user_id})', () => {
    const body: NonNullable<api.PatchUserInput['body']> = {
      first_name: 'sample',
      last_name: 'sample',
      email: 'sample',
      picture: 'sample',
      notInTheDocs: true,
    };
    void client.patchUser({ path: { user_id: 'sample' }, body: body });
    void api.patchUser(connection, { path: { user_id: 'sample' }, body: body });
    void raw.PATCH('/api/v1/users/{user_id}', { params: { path: { user_id: 'sample' } }, body: body });
    const minimal: NonNullable<api.PatchUserInput['body']> = {};
    void client.patchUser({
      path: { user_id: 'sample' },
      body: {
        ...minimal,
        // @ts-expect-error "first_name" is documented as a string
        first_name: 7,
      },
    });
  });

  it('postOrganizationUser (POST /api/v1/organization/users)', () => {
    const body: NonNullable<api.PostOrganizationUserInput['body']> = {
      first_name: 'sample',
      last_name: 'sample',
      email: 'sample',
      password: 'sample',
      picture: 'sample',
      notInTheDocs: true,
    };
    void client.postOrganizationUser({ body: body });
    void api.postOrganizationUser(connection, { body: body });
    void raw.POST('/api/v1/organization/users', { body: body });
    const minimal: NonNullable<api.PostOrganizationUserInput['body']> = {
      first_name: 'sample',
      email: 'sample',
      password: 'sample',
    };
    const { first_name: _0, ...without0 } = minimal;
    void client.postOrganizationUser({
      // @ts-expect-error "first_name" is required
      body: without0,
    });
    void api.postOrganizationUser(connection, {
      // @ts-expect-error "first_name" is required
      body: without0,
    });
    void raw.POST('/api/v1/organization/users', {
      // @ts-expect-error "first_name" is required
      body: without0,
    });
    const { email: _1, ...without1 } = minimal;
    void client.postOrganizationUser({
      // @ts-expect-error "email" is required
      body: without1,
    });
    const { password: _2, ...without2 } = minimal;
    void client.postOrganizationUser({
      // @ts-expect-error "password" is required
      body: without2,
    });
    void client.postOrganizationUser({
      body: {
        ...minimal,
        // @ts-expect-error "first_name" is documented as a string
        first_name: 7,
      },
    });
  });

  it('patchServiceAccountUser (PATCH /api/v1/users/{user_id}/service_account)', () => {
    const body: NonNullable<api.PatchServiceAccountUserInput['body']> = {
      name: 'sample',
      notInTheDocs: true,
    };
    void client.patchServiceAccountUser({ path: { user_id: 'sample' }, body: body });
    void api.patchServiceAccountUser(connection, { path: { user_id: 'sample' }, body: body });
    void raw.PATCH('/api/v1/users/{user_id}/service_account', {
      params: { path: { user_id: 'sample' } },
      body: body,
    });
    const minimal: NonNullable<api.PatchServiceAccountUserInput['body']> = {};
    void client.patchServiceAccountUser({
      path: { user_id: 'sample' },
      body: {
        ...minimal,
        // @ts-expect-error "name" is documented as a string
        name: 7,
      },
    });
  });

  it('postOrganizationServiceAccount (POST /api/v1/organization/service_accounts)', () => {
    const body: NonNullable<api.PostOrganizationServiceAccountInput['body']> = {
      name: 'sample',
      notInTheDocs: true,
    };
    void client.postOrganizationServiceAccount({ body: body });
    void api.postOrganizationServiceAccount(connection, { body: body });
    void raw.POST('/api/v1/organization/service_accounts', { body: body });
    const minimal: NonNullable<api.PostOrganizationServiceAccountInput['body']> = { name: 'sample' };
    const { name: _0, ...without0 } = minimal;
    void client.postOrganizationServiceAccount({
      // @ts-expect-error "name" is required
      body: without0,
    });
    void api.postOrganizationServiceAccount(connection, {
      // @ts-expect-error "name" is required
      body: without0,
    });
    void raw.POST('/api/v1/organization/service_accounts', {
      // @ts-expect-error "name" is required
      body: without0,
    });
    void client.postOrganizationServiceAccount({
      body: {
        ...minimal,
        // @ts-expect-error "name" is documented as a string
        name: 7,
      },
    });
  });

  it('postOrganizationUserInvite (POST /api/v1/organization/users/invite-user)', () => {
    const body: NonNullable<api.PostOrganizationUserInviteInput['body']> = {
      email: 'sample',
      role_binding: {
        role_id: 'sample',
        bound_resource_kind: 'organization',
        resource_id: 'sample',
        notInTheDocs: true,
      },
      group_ids: ['sample'],
      notInTheDocs: true,
    };
    void client.postOrganizationUserInvite({ body: body });
    void api.postOrganizationUserInvite(connection, { body: body });
    void raw.POST('/api/v1/organization/users/invite-user', { body: body });
    const minimal: NonNullable<api.PostOrganizationUserInviteInput['body']> = { email: 'sample' };
    const { email: _0, ...without0 } = minimal;
    void client.postOrganizationUserInvite({
      // @ts-expect-error "email" is required
      body: without0,
    });
    void api.postOrganizationUserInvite(connection, {
      // @ts-expect-error "email" is required
      body: without0,
    });
    void raw.POST('/api/v1/organization/users/invite-user', {
      // @ts-expect-error "email" is required
      body: without0,
    });
    void client.postOrganizationUserInvite({
      body: {
        ...minimal,
        // @ts-expect-error "email" is documented as a string
        email: 7,
      },
    });
  });
});

describe('success bodies: every documented field has its exact type, in every form', () => {
  it('patchUser (PATCH /api/v1/users/{user_id})', async () => {
    expectTypeOf(
      client.patchUser({
        path: { user_id: 'sample' },
        body: {
          first_name: 'sample',
          last_name: 'sample',
          email: 'sample',
          picture: 'sample',
          notInTheDocs: true,
        },
      }),
    ).resolves.toEqualTypeOf<api.PatchUserResult>();
    expectTypeOf(
      api.patchUser(connection, {
        path: { user_id: 'sample' },
        body: {
          first_name: 'sample',
          last_name: 'sample',
          email: 'sample',
          picture: 'sample',
          notInTheDocs: true,
        },
      }),
    ).resolves.toEqualTypeOf<api.PatchUserResult>();
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
    expectTypeOf(rawData).toEqualTypeOf<api.PatchUserResult | undefined>();
    expectTypeOf<
      Pick<
        api.PatchUserResult,
        | 'created_at'
        | 'updated_at'
        | 'organization_id'
        | 'id'
        | 'first_name'
        | 'last_name'
        | 'email'
        | 'picture'
        | 'user_type'
        | 'data_plane_id'
        | 'client_id'
        | 'organization_name'
      >
    >().toEqualTypeOf<{
      created_at: string;
      updated_at: string;
      organization_id: string;
      id: string;
      first_name: string;
      last_name: string;
      email?: string;
      picture?: string;
      user_type: 'user' | 'data_plane' | 'service_account';
      data_plane_id?: string;
      client_id?: string;
      organization_name: string;
    }>();
    expectTypeOf<api.PatchUserResult['notInTheDocs']>().toBeUnknown();
  });

  it('getOrganizationUsers (GET /api/v1/organization/users)', async () => {
    expectTypeOf(client.getOrganizationUsers()).resolves.toEqualTypeOf<api.GetOrganizationUsersResult>();
    expectTypeOf(
      api.getOrganizationUsers(connection),
    ).resolves.toEqualTypeOf<api.GetOrganizationUsersResult>();
    const { data: rawData } = await raw.GET('/api/v1/organization/users', {});
    expectTypeOf(rawData).toEqualTypeOf<api.GetOrganizationUsersResult | undefined>();
    expectTypeOf<Pick<api.GetOrganizationUsersResult, 'records' | 'pagination'>>().toEqualTypeOf<{
      records: api.GetOrganizationUsersResult['records'][number][];
      pagination: api.GetOrganizationUsersResult['pagination'];
    }>();
    expectTypeOf<api.GetOrganizationUsersResult['records'][number]>().toEqualTypeOf<api.PatchUserResult>();
    expectTypeOf<
      Pick<
        api.GetOrganizationUsersResult['pagination'],
        'page' | 'page_size' | 'total_pages' | 'total_records'
      >
    >().toEqualTypeOf<{ page?: number; page_size?: number; total_pages: number; total_records: number }>();
    expectTypeOf<api.GetOrganizationUsersResult['pagination']['notInTheDocs']>().toBeUnknown();
    expectTypeOf<api.GetOrganizationUsersResult['notInTheDocs']>().toBeUnknown();
  });

  it('postOrganizationUser (POST /api/v1/organization/users)', async () => {
    expectTypeOf(
      client.postOrganizationUser({
        body: {
          first_name: 'sample',
          last_name: 'sample',
          email: 'sample',
          password: 'sample',
          picture: 'sample',
          notInTheDocs: true,
        },
      }),
    ).resolves.toEqualTypeOf<api.PostOrganizationUserResult>();
    expectTypeOf(
      api.postOrganizationUser(connection, {
        body: {
          first_name: 'sample',
          last_name: 'sample',
          email: 'sample',
          password: 'sample',
          picture: 'sample',
          notInTheDocs: true,
        },
      }),
    ).resolves.toEqualTypeOf<api.PostOrganizationUserResult>();
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
    expectTypeOf(rawData).toEqualTypeOf<api.PostOrganizationUserResult | undefined>();
    expectTypeOf<api.PostOrganizationUserResult>().toEqualTypeOf<api.PatchUserResult>();
  });

  it('getUsersMe (GET /api/v1/users/me)', async () => {
    expectTypeOf(client.getUsersMe()).resolves.toEqualTypeOf<api.GetUsersMeResult>();
    expectTypeOf(api.getUsersMe(connection)).resolves.toEqualTypeOf<api.GetUsersMeResult>();
    const { data: rawData } = await raw.GET('/api/v1/users/me', {});
    expectTypeOf(rawData).toEqualTypeOf<api.GetUsersMeResult | undefined>();
    expectTypeOf<api.GetUsersMeResult>().toEqualTypeOf<api.PatchUserResult>();
  });

  it('patchServiceAccountUser (PATCH /api/v1/users/{user_id}/service_account)', async () => {
    expectTypeOf(
      client.patchServiceAccountUser({
        path: { user_id: 'sample' },
        body: { name: 'sample', notInTheDocs: true },
      }),
    ).resolves.toEqualTypeOf<api.PatchServiceAccountUserResult>();
    expectTypeOf(
      api.patchServiceAccountUser(connection, {
        path: { user_id: 'sample' },
        body: { name: 'sample', notInTheDocs: true },
      }),
    ).resolves.toEqualTypeOf<api.PatchServiceAccountUserResult>();
    const { data: rawData } = await raw.PATCH('/api/v1/users/{user_id}/service_account', {
      params: { path: { user_id: 'sample' } },
      body: { name: 'sample', notInTheDocs: true },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.PatchServiceAccountUserResult | undefined>();
    expectTypeOf<api.PatchServiceAccountUserResult>().toEqualTypeOf<api.PatchUserResult>();
  });

  it('postOrganizationServiceAccount (POST /api/v1/organization/service_accounts)', async () => {
    expectTypeOf(
      client.postOrganizationServiceAccount({ body: { name: 'sample', notInTheDocs: true } }),
    ).resolves.toEqualTypeOf<api.PostOrganizationServiceAccountResult>();
    expectTypeOf(
      api.postOrganizationServiceAccount(connection, { body: { name: 'sample', notInTheDocs: true } }),
    ).resolves.toEqualTypeOf<api.PostOrganizationServiceAccountResult>();
    const { data: rawData } = await raw.POST('/api/v1/organization/service_accounts', {
      body: { name: 'sample', notInTheDocs: true },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.PostOrganizationServiceAccountResult | undefined>();
    expectTypeOf<
      Pick<
        api.PostOrganizationServiceAccountResult,
        | 'created_at'
        | 'updated_at'
        | 'organization_id'
        | 'id'
        | 'first_name'
        | 'last_name'
        | 'email'
        | 'picture'
        | 'user_type'
        | 'data_plane_id'
        | 'client_id'
        | 'organization_name'
        | 'credentials'
      >
    >().toEqualTypeOf<{
      created_at: string;
      updated_at: string;
      organization_id: string;
      id: string;
      first_name: string;
      last_name: string;
      email?: string;
      picture?: string;
      user_type: 'user' | 'data_plane' | 'service_account';
      data_plane_id?: string;
      client_id?: string;
      organization_name: string;
      credentials: api.PostOrganizationServiceAccountResult['credentials'];
    }>();
    expectTypeOf<
      Pick<api.PostOrganizationServiceAccountResult['credentials'], 'client_id' | 'client_secret'>
    >().toEqualTypeOf<{ client_id: string; client_secret: string }>();
    expectTypeOf<api.PostOrganizationServiceAccountResult['credentials']['notInTheDocs']>().toBeUnknown();
    expectTypeOf<api.PostOrganizationServiceAccountResult['notInTheDocs']>().toBeUnknown();
  });

  it('postOrganizationUserInvite (POST /api/v1/organization/users/invite-user)', async () => {
    expectTypeOf(
      client.postOrganizationUserInvite({
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
      }),
    ).resolves.toEqualTypeOf<api.PostOrganizationUserInviteResult>();
    expectTypeOf(
      api.postOrganizationUserInvite(connection, {
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
      }),
    ).resolves.toEqualTypeOf<api.PostOrganizationUserInviteResult>();
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
    expectTypeOf(rawData).toEqualTypeOf<api.PostOrganizationUserInviteResult | undefined>();
    expectTypeOf<api.PostOrganizationUserInviteResult>().toEqualTypeOf<{ [key: string]: unknown }>();
  });

  it('postUserCreds (POST /api/v1/users/{user_id}/credentials)', async () => {
    expectTypeOf(
      client.postUserCreds({ path: { user_id: 'sample' } }),
    ).resolves.toEqualTypeOf<api.PostUserCredsResult>();
    expectTypeOf(
      api.postUserCreds(connection, { path: { user_id: 'sample' } }),
    ).resolves.toEqualTypeOf<api.PostUserCredsResult>();
    const { data: rawData } = await raw.POST('/api/v1/users/{user_id}/credentials', {
      params: { path: { user_id: 'sample' } },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.PostUserCredsResult | undefined>();
    expectTypeOf<
      Pick<
        api.PostUserCredsResult,
        | 'created_at'
        | 'updated_at'
        | 'organization_id'
        | 'id'
        | 'first_name'
        | 'last_name'
        | 'email'
        | 'picture'
        | 'user_type'
        | 'data_plane_id'
        | 'client_id'
        | 'organization_name'
        | 'credentials'
      >
    >().toEqualTypeOf<{
      created_at: string;
      updated_at: string;
      organization_id: string;
      id: string;
      first_name: string;
      last_name: string;
      email?: string;
      picture?: string;
      user_type: 'user' | 'data_plane' | 'service_account';
      data_plane_id?: string;
      client_id?: string;
      organization_name: string;
      credentials: api.PostUserCredsResult['credentials'];
    }>();
    expectTypeOf<
      Pick<api.PostUserCredsResult['credentials'], 'client_id' | 'client_secret' | 'password'>
    >().toEqualTypeOf<{ client_id: string; client_secret: string; password: string }>();
    expectTypeOf<api.PostUserCredsResult['credentials']['notInTheDocs']>().toBeUnknown();
    expectTypeOf<api.PostUserCredsResult['notInTheDocs']>().toBeUnknown();
  });
});

describe('error bodies: isApiError narrows to the class and body of the status', () => {
  it('no operation declares an error body, so none is typed', () => {
    if (api.isApiError(error, 'acceptMyInvites', 404)) expectTypeOf(error.body).toBeUnknown();
  });
});

describe('paging: the items are the documented model; only paged operations have a paginator', () => {
  it('getOrganizationUsers: every item is User, in both forms', () => {
    expectTypeOf<api.GetOrganizationUsersItem>().toEqualTypeOf<
      api.Readable<api.components['schemas']['User']>
    >();
    expectTypeOf(client.paginate.getOrganizationUsers()).toEqualTypeOf<
      api.Paginator<api.GetOrganizationUsersItem, api.GetOrganizationUsersResult>
    >();
    expectTypeOf(api.paginateGetOrganizationUsers(connection)).toEqualTypeOf<
      api.Paginator<api.GetOrganizationUsersItem, api.GetOrganizationUsersResult>
    >();
    expectTypeOf(api.paginateGetOrganizationUsers(connection).pages()).toEqualTypeOf<
      AsyncIterable<api.Page<api.GetOrganizationUsersItem, api.GetOrganizationUsersResult>>
    >();
    expectTypeOf<api.GetOrganizationUsersItem>().toEqualTypeOf<
      NonNullable<NonNullable<api.GetOrganizationUsersResult>['records']>[number]
    >();
  });

  it('acceptMyInvites does not page: no paginator in either form', () => {
    // @ts-expect-error acceptMyInvites does not page
    void client.paginate.acceptMyInvites;
    // @ts-expect-error acceptMyInvites does not page
    void api.paginateAcceptMyInvites;
  });
});
