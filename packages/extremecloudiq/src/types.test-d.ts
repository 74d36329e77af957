import { describe, expectTypeOf, it } from 'vitest';
import { createExtremecloudiq, createExtremecloudiqClient } from './index.js';
import { createExtremecloudiqRawClient } from './raw.js';

// Compile-time checks only (vitest typecheck): nothing here is run. No doc proves a model's field list
// complete, so every body and response takes fields the docs do not show (typed `unknown`) while each
// documented field keeps its type. One case per operation, rendered from the spec by the template.
const client = createExtremecloudiqClient();
const raw = createExtremecloudiqRawClient(createExtremecloudiq());

describe('request bodies take every documented field and one the docs do not show', () => {
  it('createUser (POST /users)', () => {
    void client.createUser({
      body: {
        user_role: 'ADMINISTRATOR',
        login_name: 'sample',
        idle_timeout: 7,
        display_name: 'sample',
        location_ids: [7],
        access_scope: 7,
        viq_access_control: 7,
        notInTheDocs: true,
      },
    });
    void raw.POST('/users', {
      body: {
        user_role: 'ADMINISTRATOR',
        login_name: 'sample',
        idle_timeout: 7,
        display_name: 'sample',
        location_ids: [7],
        access_scope: 7,
        viq_access_control: 7,
        notInTheDocs: true,
      },
    });
    const body = {
      user_role: 'ADMINISTRATOR',
      login_name: 'sample',
      idle_timeout: 7,
      display_name: 'sample',
      location_ids: [7],
      access_scope: 7,
      viq_access_control: 7,
    };
    void client.createUser({
      body: {
        ...body,
        // @ts-expect-error "user_role" is documented as a string
        user_role: 7,
      },
    });
    void raw.POST('/users', {
      body: {
        ...body,
        // @ts-expect-error "user_role" is documented as a string
        user_role: 7,
      },
    });
  });

  it('updateUser (PATCH /users/{id})', () => {
    void client.updateUser({
      path: { id: 7 },
      body: {
        login_name: 'sample',
        display_name: 'sample',
        idle_timeout: 7,
        user_role: 'ADMINISTRATOR',
        location_ids: [7],
        access_scope: 7,
        viq_access_control: 7,
        notInTheDocs: true,
      },
    });
    void raw.PATCH('/users/{id}', {
      params: { path: { id: 7 } },
      body: {
        login_name: 'sample',
        display_name: 'sample',
        idle_timeout: 7,
        user_role: 'ADMINISTRATOR',
        location_ids: [7],
        access_scope: 7,
        viq_access_control: 7,
        notInTheDocs: true,
      },
    });
    const body = {
      login_name: 'sample',
      display_name: 'sample',
      idle_timeout: 7,
      user_role: 'ADMINISTRATOR',
      location_ids: [7],
      access_scope: 7,
      viq_access_control: 7,
    };
    void client.updateUser({
      path: { id: 7 },
      body: {
        ...body,
        // @ts-expect-error "login_name" is documented as a string
        login_name: 7,
      },
    });
    void raw.PATCH('/users/{id}', {
      params: { path: { id: 7 } },
      body: {
        ...body,
        // @ts-expect-error "login_name" is documented as a string
        login_name: 7,
      },
    });
  });

  it('updateExternalUser (PATCH /users/external/{id})', () => {
    void client.updateExternalUser({
      path: { id: 7 },
      body: {
        user_role: 'ADMINISTRATOR',
        org_id: 7,
        location_ids: [7],
        access_scope: 7,
        viq_access_control: 7,
        notInTheDocs: true,
      },
    });
    void raw.PATCH('/users/external/{id}', {
      params: { path: { id: 7 } },
      body: {
        user_role: 'ADMINISTRATOR',
        org_id: 7,
        location_ids: [7],
        access_scope: 7,
        viq_access_control: 7,
        notInTheDocs: true,
      },
    });
    const body = {
      user_role: 'ADMINISTRATOR',
      org_id: 7,
      location_ids: [7],
      access_scope: 7,
      viq_access_control: 7,
    };
    void client.updateExternalUser({
      path: { id: 7 },
      body: {
        ...body,
        // @ts-expect-error "user_role" is documented as a string
        user_role: 7,
      },
    });
    void raw.PATCH('/users/external/{id}', {
      params: { path: { id: 7 } },
      body: {
        ...body,
        // @ts-expect-error "user_role" is documented as a string
        user_role: 7,
      },
    });
  });

  it('grantExternalUser (POST /users/external)', () => {
    void client.grantExternalUser({
      body: {
        user_role: 'ADMINISTRATOR',
        login_name: 'sample',
        org_id: 7,
        location_ids: [7],
        access_scope: 7,
        viq_access_control: 7,
        notInTheDocs: true,
      },
    });
    void raw.POST('/users/external', {
      body: {
        user_role: 'ADMINISTRATOR',
        login_name: 'sample',
        org_id: 7,
        location_ids: [7],
        access_scope: 7,
        viq_access_control: 7,
        notInTheDocs: true,
      },
    });
    const body = {
      user_role: 'ADMINISTRATOR',
      login_name: 'sample',
      org_id: 7,
      location_ids: [7],
      access_scope: 7,
      viq_access_control: 7,
    };
    void client.grantExternalUser({
      body: {
        ...body,
        // @ts-expect-error "user_role" is documented as a string
        user_role: 7,
      },
    });
    void raw.POST('/users/external', {
      body: {
        ...body,
        // @ts-expect-error "user_role" is documented as a string
        user_role: 7,
      },
    });
  });
});

describe('success bodies read undocumented fields as unknown and documented ones as typed', () => {
  it('listUsers (GET /users)', async () => {
    const data = await client.listUsers();
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/users', {});
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.total_count).toEqualTypeOf<number>();
    expectTypeOf(rawData?.total_count).toEqualTypeOf<number | undefined>();
  });

  it('createUser (POST /users)', async () => {
    const data = await client.createUser({
      body: {
        user_role: 'ADMINISTRATOR',
        login_name: 'sample',
        idle_timeout: 7,
        display_name: 'sample',
        location_ids: [7],
        access_scope: 7,
        viq_access_control: 7,
        notInTheDocs: true,
      },
    });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.POST('/users', {
      body: {
        user_role: 'ADMINISTRATOR',
        login_name: 'sample',
        idle_timeout: 7,
        display_name: 'sample',
        location_ids: [7],
        access_scope: 7,
        viq_access_control: 7,
        notInTheDocs: true,
      },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.update_time).toEqualTypeOf<string>();
    expectTypeOf(rawData?.update_time).toEqualTypeOf<string | undefined>();
  });

  it('getUser (GET /users/{id})', async () => {
    const data = await client.getUser({ path: { id: 7 } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/users/{id}', { params: { path: { id: 7 } } });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.update_time).toEqualTypeOf<string>();
    expectTypeOf(rawData?.update_time).toEqualTypeOf<string | undefined>();
  });

  it('updateUser (PATCH /users/{id})', async () => {
    const data = await client.updateUser({
      path: { id: 7 },
      body: {
        login_name: 'sample',
        display_name: 'sample',
        idle_timeout: 7,
        user_role: 'ADMINISTRATOR',
        location_ids: [7],
        access_scope: 7,
        viq_access_control: 7,
        notInTheDocs: true,
      },
    });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.PATCH('/users/{id}', {
      params: { path: { id: 7 } },
      body: {
        login_name: 'sample',
        display_name: 'sample',
        idle_timeout: 7,
        user_role: 'ADMINISTRATOR',
        location_ids: [7],
        access_scope: 7,
        viq_access_control: 7,
        notInTheDocs: true,
      },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.update_time).toEqualTypeOf<string>();
    expectTypeOf(rawData?.update_time).toEqualTypeOf<string | undefined>();
  });

  it('getCurrentUser (GET /users/me)', async () => {
    const data = await client.getCurrentUser();
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/users/me', {});
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.update_time).toEqualTypeOf<string>();
    expectTypeOf(rawData?.update_time).toEqualTypeOf<string | undefined>();
  });

  it('getExternalUser (GET /users/external/{id})', async () => {
    const data = await client.getExternalUser({ path: { id: 7 } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/users/external/{id}', { params: { path: { id: 7 } } });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.update_time).toEqualTypeOf<string>();
    expectTypeOf(rawData?.update_time).toEqualTypeOf<string | undefined>();
  });

  it('listExternalUsers (GET /users/external)', async () => {
    const data = await client.listExternalUsers();
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/users/external', {});
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.total_count).toEqualTypeOf<number>();
    expectTypeOf(rawData?.total_count).toEqualTypeOf<number | undefined>();
  });

  it('grantExternalUser (POST /users/external)', async () => {
    const data = await client.grantExternalUser({
      body: {
        user_role: 'ADMINISTRATOR',
        login_name: 'sample',
        org_id: 7,
        location_ids: [7],
        access_scope: 7,
        viq_access_control: 7,
        notInTheDocs: true,
      },
    });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.POST('/users/external', {
      body: {
        user_role: 'ADMINISTRATOR',
        login_name: 'sample',
        org_id: 7,
        location_ids: [7],
        access_scope: 7,
        viq_access_control: 7,
        notInTheDocs: true,
      },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.update_time).toEqualTypeOf<string>();
    expectTypeOf(rawData?.update_time).toEqualTypeOf<string | undefined>();
  });
});
