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
    const body: NonNullable<api.PatchUserInput['body']> = { notInTheDocs: true };
    void client.patchUser({ path: { user_id: 'sample' }, body: body });
    void api.patchUser(connection, { path: { user_id: 'sample' }, body: body });
    void raw.PATCH('/api/v1/users/{user_id}', { params: { path: { user_id: 'sample' } }, body: body });
    // The docs show no field of this body, so none can be left out or have a wrong type.
  });

  it('postOrganizationUser (POST /api/v1/organization/users)', () => {
    const body: NonNullable<api.PostOrganizationUserInput['body']> = { notInTheDocs: true };
    void client.postOrganizationUser({ body: body });
    void api.postOrganizationUser(connection, { body: body });
    void raw.POST('/api/v1/organization/users', { body: body });
    // The docs show no field of this body, so none can be left out or have a wrong type.
  });

  it('patchServiceAccountUser (PATCH /api/v1/users/{user_id}/service_account)', () => {
    const body: NonNullable<api.PatchServiceAccountUserInput['body']> = { notInTheDocs: true };
    void client.patchServiceAccountUser({ path: { user_id: 'sample' }, body: body });
    void api.patchServiceAccountUser(connection, { path: { user_id: 'sample' }, body: body });
    void raw.PATCH('/api/v1/users/{user_id}/service_account', {
      params: { path: { user_id: 'sample' } },
      body: body,
    });
    // The docs show no field of this body, so none can be left out or have a wrong type.
  });

  it('postOrganizationServiceAccount (POST /api/v1/organization/service_accounts)', () => {
    const body: NonNullable<api.PostOrganizationServiceAccountInput['body']> = { notInTheDocs: true };
    void client.postOrganizationServiceAccount({ body: body });
    void api.postOrganizationServiceAccount(connection, { body: body });
    void raw.POST('/api/v1/organization/service_accounts', { body: body });
    // The docs show no field of this body, so none can be left out or have a wrong type.
  });

  it('postOrganizationUserInvite (POST /api/v1/organization/users/invite-user)', () => {
    const body: NonNullable<api.PostOrganizationUserInviteInput['body']> = { notInTheDocs: true };
    void client.postOrganizationUserInvite({ body: body });
    void api.postOrganizationUserInvite(connection, { body: body });
    void raw.POST('/api/v1/organization/users/invite-user', { body: body });
    // The docs show no field of this body, so none can be left out or have a wrong type.
  });
});

describe('success bodies: every documented field has its exact type, in every form', () => {
  it('patchUser (PATCH /api/v1/users/{user_id})', async () => {
    expectTypeOf(
      client.patchUser({ path: { user_id: 'sample' }, body: { notInTheDocs: true } }),
    ).resolves.toEqualTypeOf<api.PatchUserResult>();
    expectTypeOf(
      api.patchUser(connection, { path: { user_id: 'sample' }, body: { notInTheDocs: true } }),
    ).resolves.toEqualTypeOf<api.PatchUserResult>();
    const { data: rawData } = await raw.PATCH('/api/v1/users/{user_id}', {
      params: { path: { user_id: 'sample' } },
      body: { notInTheDocs: true },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.PatchUserResult | undefined>();
    expectTypeOf<api.PatchUserResult>().toEqualTypeOf<{ [key: string]: unknown }>();
  });

  it('getOrganizationUsers (GET /api/v1/organization/users)', async () => {
    expectTypeOf(client.getOrganizationUsers()).resolves.toEqualTypeOf<api.GetOrganizationUsersResult>();
    expectTypeOf(
      api.getOrganizationUsers(connection),
    ).resolves.toEqualTypeOf<api.GetOrganizationUsersResult>();
    const { data: rawData } = await raw.GET('/api/v1/organization/users', {});
    expectTypeOf(rawData).toEqualTypeOf<api.GetOrganizationUsersResult | undefined>();
    expectTypeOf<api.GetOrganizationUsersResult>().toEqualTypeOf<{ [key: string]: unknown }>();
  });

  it('postOrganizationUser (POST /api/v1/organization/users)', async () => {
    expectTypeOf(
      client.postOrganizationUser({ body: { notInTheDocs: true } }),
    ).resolves.toEqualTypeOf<api.PostOrganizationUserResult>();
    expectTypeOf(
      api.postOrganizationUser(connection, { body: { notInTheDocs: true } }),
    ).resolves.toEqualTypeOf<api.PostOrganizationUserResult>();
    const { data: rawData } = await raw.POST('/api/v1/organization/users', { body: { notInTheDocs: true } });
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
      client.patchServiceAccountUser({ path: { user_id: 'sample' }, body: { notInTheDocs: true } }),
    ).resolves.toEqualTypeOf<api.PatchServiceAccountUserResult>();
    expectTypeOf(
      api.patchServiceAccountUser(connection, { path: { user_id: 'sample' }, body: { notInTheDocs: true } }),
    ).resolves.toEqualTypeOf<api.PatchServiceAccountUserResult>();
    const { data: rawData } = await raw.PATCH('/api/v1/users/{user_id}/service_account', {
      params: { path: { user_id: 'sample' } },
      body: { notInTheDocs: true },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.PatchServiceAccountUserResult | undefined>();
    expectTypeOf<api.PatchServiceAccountUserResult>().toEqualTypeOf<api.PatchUserResult>();
  });

  it('postOrganizationServiceAccount (POST /api/v1/organization/service_accounts)', async () => {
    expectTypeOf(
      client.postOrganizationServiceAccount({ body: { notInTheDocs: true } }),
    ).resolves.toEqualTypeOf<api.PostOrganizationServiceAccountResult>();
    expectTypeOf(
      api.postOrganizationServiceAccount(connection, { body: { notInTheDocs: true } }),
    ).resolves.toEqualTypeOf<api.PostOrganizationServiceAccountResult>();
    const { data: rawData } = await raw.POST('/api/v1/organization/service_accounts', {
      body: { notInTheDocs: true },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.PostOrganizationServiceAccountResult | undefined>();
    expectTypeOf<api.PostOrganizationServiceAccountResult>().toEqualTypeOf<{ [key: string]: unknown }>();
  });

  it('postOrganizationUserInvite (POST /api/v1/organization/users/invite-user)', async () => {
    expectTypeOf(
      client.postOrganizationUserInvite({ body: { notInTheDocs: true } }),
    ).resolves.toEqualTypeOf<api.PostOrganizationUserInviteResult>();
    expectTypeOf(
      api.postOrganizationUserInvite(connection, { body: { notInTheDocs: true } }),
    ).resolves.toEqualTypeOf<api.PostOrganizationUserInviteResult>();
    const { data: rawData } = await raw.POST('/api/v1/organization/users/invite-user', {
      body: { notInTheDocs: true },
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
    expectTypeOf<api.PostUserCredsResult>().toEqualTypeOf<{ [key: string]: unknown }>();
  });
});

describe('error bodies: isApiError narrows to the class and body of the status', () => {
  it('no operation declares an error body, so none is typed', () => {
    if (api.isApiError(error, 'acceptMyInvites', 404)) expectTypeOf(error.body).toBeUnknown();
  });
});
