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
    void client.patchUser({ path: { user_id: 'sample' }, body: { notInTheDocs: true } });
    void raw.PATCH('/api/v1/users/{user_id}', {
      params: { path: { user_id: 'sample' } },
      body: { notInTheDocs: true },
    });
    // The docs show no field of this body, so none can have a wrong type.
  });

  it('postOrganizationUser (POST /api/v1/organization/users)', () => {
    void client.postOrganizationUser({ body: { notInTheDocs: true } });
    void raw.POST('/api/v1/organization/users', { body: { notInTheDocs: true } });
    // The docs show no field of this body, so none can have a wrong type.
  });

  it('patchServiceAccountUser (PATCH /api/v1/users/{user_id}/service_account)', () => {
    void client.patchServiceAccountUser({ path: { user_id: 'sample' }, body: { notInTheDocs: true } });
    void raw.PATCH('/api/v1/users/{user_id}/service_account', {
      params: { path: { user_id: 'sample' } },
      body: { notInTheDocs: true },
    });
    // The docs show no field of this body, so none can have a wrong type.
  });

  it('postOrganizationServiceAccount (POST /api/v1/organization/service_accounts)', () => {
    void client.postOrganizationServiceAccount({ body: { notInTheDocs: true } });
    void raw.POST('/api/v1/organization/service_accounts', { body: { notInTheDocs: true } });
    // The docs show no field of this body, so none can have a wrong type.
  });

  it('postOrganizationUserInvite (POST /api/v1/organization/users/invite-user)', () => {
    void client.postOrganizationUserInvite({ body: { notInTheDocs: true } });
    void raw.POST('/api/v1/organization/users/invite-user', { body: { notInTheDocs: true } });
    // The docs show no field of this body, so none can have a wrong type.
  });
});

describe('success bodies read undocumented fields as unknown and documented ones as typed', () => {
  it('patchUser (PATCH /api/v1/users/{user_id})', async () => {
    const data = await client.patchUser({ path: { user_id: 'sample' }, body: { notInTheDocs: true } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.PATCH('/api/v1/users/{user_id}', {
      params: { path: { user_id: 'sample' } },
      body: { notInTheDocs: true },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
  });

  it('getOrganizationUsers (GET /api/v1/organization/users)', async () => {
    const data = await client.getOrganizationUsers();
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/api/v1/organization/users', {});
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
  });

  it('postOrganizationUser (POST /api/v1/organization/users)', async () => {
    const data = await client.postOrganizationUser({ body: { notInTheDocs: true } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.POST('/api/v1/organization/users', { body: { notInTheDocs: true } });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
  });

  it('getUsersMe (GET /api/v1/users/me)', async () => {
    const data = await client.getUsersMe();
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/api/v1/users/me', {});
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
  });

  it('patchServiceAccountUser (PATCH /api/v1/users/{user_id}/service_account)', async () => {
    const data = await client.patchServiceAccountUser({
      path: { user_id: 'sample' },
      body: { notInTheDocs: true },
    });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.PATCH('/api/v1/users/{user_id}/service_account', {
      params: { path: { user_id: 'sample' } },
      body: { notInTheDocs: true },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
  });

  it('postOrganizationServiceAccount (POST /api/v1/organization/service_accounts)', async () => {
    const data = await client.postOrganizationServiceAccount({ body: { notInTheDocs: true } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.POST('/api/v1/organization/service_accounts', {
      body: { notInTheDocs: true },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
  });

  it('postOrganizationUserInvite (POST /api/v1/organization/users/invite-user)', async () => {
    const data = await client.postOrganizationUserInvite({ body: { notInTheDocs: true } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.POST('/api/v1/organization/users/invite-user', {
      body: { notInTheDocs: true },
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
  });
});
