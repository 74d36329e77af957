import { describe, expectTypeOf, it } from 'vitest';
import * as api from './index.js';
import { createExtremecloudiqRawClient } from './raw.js';

// Compile-time checks only (vitest typecheck): nothing here is run. Rendered from the spec by the
// template (scripts/generate/type-cases.ts), one case per operation. No doc proves a model's field list
// complete, so bodies and responses take fields the docs do not show (typed `unknown`) unless the spec
// closes the model, while each documented field has its exact type.
const client = api.createExtremecloudiqClient();
const connection = api.createExtremecloudiq();
const raw = createExtremecloudiqRawClient(connection);
declare const error: unknown;

describe('request bodies: documented fields typed, required ones required, read-only ones never', () => {
  it('createUser (POST /users)', () => {
    const body: NonNullable<api.CreateUserInput['body']> = {
      user_role: 'ADMINISTRATOR',
      login_name: 'sample',
      idle_timeout: 7,
      display_name: 'sample',
      location_ids: [7],
      access_scope: 7,
      viq_access_control: 7,
      notInTheDocs: true,
    };
    void client.createUser({ body: body });
    void api.createUser(connection, { body: body });
    void raw.POST('/users', { body: body });
    const minimal: NonNullable<api.CreateUserInput['body']> = {
      user_role: 'ADMINISTRATOR',
      login_name: 'sample',
      idle_timeout: 7,
      display_name: 'sample',
    };
    const { user_role: _0, ...without0 } = minimal;
    void client.createUser({
      // @ts-expect-error "user_role" is required
      body: without0,
    });
    void api.createUser(connection, {
      // @ts-expect-error "user_role" is required
      body: without0,
    });
    void raw.POST('/users', {
      // @ts-expect-error "user_role" is required
      body: without0,
    });
    const { login_name: _1, ...without1 } = minimal;
    void client.createUser({
      // @ts-expect-error "login_name" is required
      body: without1,
    });
    const { idle_timeout: _2, ...without2 } = minimal;
    void client.createUser({
      // @ts-expect-error "idle_timeout" is required
      body: without2,
    });
    const { display_name: _3, ...without3 } = minimal;
    void client.createUser({
      // @ts-expect-error "display_name" is required
      body: without3,
    });
    void client.createUser({
      body: {
        ...minimal,
        // @ts-expect-error "user_role" is one of "ADMINISTRATOR", "OPERATOR", "MONITOR", "HELP_DESK", "GUEST_MANAGEMENT", "OBSERVER", "INSTALLER", "APPLICATION_OPERATOR"
        user_role: 'NOT_A_VALUE',
      },
    });
    void client.createUser({
      body: {
        ...minimal,
        // @ts-expect-error "login_name" is documented as a string
        login_name: 7,
      },
    });
  });

  it('updateUser (PATCH /users/{id})', () => {
    const body: NonNullable<api.UpdateUserInput['body']> = {
      login_name: 'sample',
      display_name: 'sample',
      idle_timeout: 7,
      user_role: 'ADMINISTRATOR',
      location_ids: [7],
      access_scope: 7,
      viq_access_control: 7,
      notInTheDocs: true,
    };
    void client.updateUser({ path: { id: 7 }, body: body });
    void api.updateUser(connection, { path: { id: 7 }, body: body });
    void raw.PATCH('/users/{id}', { params: { path: { id: 7 } }, body: body });
    const minimal: NonNullable<api.UpdateUserInput['body']> = {};
    void client.updateUser({
      path: { id: 7 },
      body: {
        ...minimal,
        // @ts-expect-error "user_role" is one of "ADMINISTRATOR", "OPERATOR", "MONITOR", "HELP_DESK", "GUEST_MANAGEMENT", "OBSERVER", "INSTALLER", "APPLICATION_OPERATOR"
        user_role: 'NOT_A_VALUE',
      },
    });
    void client.updateUser({
      path: { id: 7 },
      body: {
        ...minimal,
        // @ts-expect-error "login_name" is documented as a string
        login_name: 7,
      },
    });
  });

  it('updateExternalUser (PATCH /users/external/{id})', () => {
    const body: NonNullable<api.UpdateExternalUserInput['body']> = {
      user_role: 'ADMINISTRATOR',
      org_id: 7,
      location_ids: [7],
      access_scope: 7,
      viq_access_control: 7,
      notInTheDocs: true,
    };
    void client.updateExternalUser({ path: { id: 7 }, body: body });
    void api.updateExternalUser(connection, { path: { id: 7 }, body: body });
    void raw.PATCH('/users/external/{id}', { params: { path: { id: 7 } }, body: body });
    const minimal: NonNullable<api.UpdateExternalUserInput['body']> = {};
    void client.updateExternalUser({
      path: { id: 7 },
      body: {
        ...minimal,
        // @ts-expect-error "user_role" is one of "ADMINISTRATOR", "OPERATOR", "MONITOR", "HELP_DESK", "GUEST_MANAGEMENT", "OBSERVER", "INSTALLER", "APPLICATION_OPERATOR"
        user_role: 'NOT_A_VALUE',
      },
    });
    void client.updateExternalUser({
      path: { id: 7 },
      body: {
        ...minimal,
        // @ts-expect-error "org_id" is documented as a number
        org_id: 'seven',
      },
    });
  });

  it('grantExternalUser (POST /users/external)', () => {
    const body: NonNullable<api.GrantExternalUserInput['body']> = {
      user_role: 'ADMINISTRATOR',
      login_name: 'sample',
      org_id: 7,
      location_ids: [7],
      access_scope: 7,
      viq_access_control: 7,
      notInTheDocs: true,
    };
    void client.grantExternalUser({ body: body });
    void api.grantExternalUser(connection, { body: body });
    void raw.POST('/users/external', { body: body });
    const minimal: NonNullable<api.GrantExternalUserInput['body']> = {
      user_role: 'ADMINISTRATOR',
      login_name: 'sample',
    };
    const { user_role: _0, ...without0 } = minimal;
    void client.grantExternalUser({
      // @ts-expect-error "user_role" is required
      body: without0,
    });
    void api.grantExternalUser(connection, {
      // @ts-expect-error "user_role" is required
      body: without0,
    });
    void raw.POST('/users/external', {
      // @ts-expect-error "user_role" is required
      body: without0,
    });
    const { login_name: _1, ...without1 } = minimal;
    void client.grantExternalUser({
      // @ts-expect-error "login_name" is required
      body: without1,
    });
    void client.grantExternalUser({
      body: {
        ...minimal,
        // @ts-expect-error "user_role" is one of "ADMINISTRATOR", "OPERATOR", "MONITOR", "HELP_DESK", "GUEST_MANAGEMENT", "OBSERVER", "INSTALLER", "APPLICATION_OPERATOR"
        user_role: 'NOT_A_VALUE',
      },
    });
    void client.grantExternalUser({
      body: {
        ...minimal,
        // @ts-expect-error "login_name" is documented as a string
        login_name: 7,
      },
    });
  });
});

describe('success bodies: every documented field has its exact type, in every form', () => {
  it('listUsers (GET /users)', async () => {
    expectTypeOf(client.listUsers()).resolves.toEqualTypeOf<api.ListUsersResult>();
    expectTypeOf(api.listUsers(connection)).resolves.toEqualTypeOf<api.ListUsersResult>();
    const { data: rawData } = await raw.GET('/users', {});
    expectTypeOf(rawData).toEqualTypeOf<api.ListUsersResult | undefined>();
    expectTypeOf<
      Pick<api.ListUsersResult, 'total_count' | 'count' | 'page' | 'total_pages' | 'data'>
    >().toEqualTypeOf<{
      total_count: number;
      count: number;
      page: number;
      total_pages: number;
      data?: NonNullable<api.ListUsersResult['data']>[number][];
    }>();
    expectTypeOf<
      Pick<
        NonNullable<api.ListUsersResult['data']>[number],
        | 'update_time'
        | 'login_name'
        | 'create_time'
        | 'id'
        | 'first_name'
        | 'last_name'
        | 'display_name'
        | 'phone'
        | 'job_title'
        | 'locale'
        | 'user_role'
        | 'idle_timeout'
        | 'last_login_time'
        | 'org_id'
        | 'location_ids'
        | 'access_scope'
        | 'viq_access_control'
      >
    >().toEqualTypeOf<{
      update_time: string;
      login_name: string;
      create_time: string;
      id: number;
      first_name?: string;
      last_name?: string;
      display_name?: string;
      phone?: string;
      job_title?: string;
      locale?: string;
      user_role?:
        | 'ADMINISTRATOR'
        | 'OPERATOR'
        | 'MONITOR'
        | 'HELP_DESK'
        | 'GUEST_MANAGEMENT'
        | 'OBSERVER'
        | 'INSTALLER'
        | 'APPLICATION_OPERATOR';
      idle_timeout?: number;
      last_login_time?: string;
      org_id?: number;
      location_ids?: number[];
      access_scope?: number;
      viq_access_control?: number;
    }>();
    expectTypeOf<NonNullable<api.ListUsersResult['data']>[number]['notInTheDocs']>().toBeUnknown();
    expectTypeOf<api.ListUsersResult['notInTheDocs']>().toBeUnknown();
  });

  it('createUser (POST /users)', async () => {
    expectTypeOf(
      client.createUser({
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
      }),
    ).resolves.toEqualTypeOf<api.CreateUserResult>();
    expectTypeOf(
      api.createUser(connection, {
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
      }),
    ).resolves.toEqualTypeOf<api.CreateUserResult>();
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
    expectTypeOf(rawData).toEqualTypeOf<api.CreateUserResult | undefined>();
    expectTypeOf<api.CreateUserResult>().toEqualTypeOf<NonNullable<api.ListUsersResult['data']>[number]>();
  });

  it('getUser (GET /users/{id})', async () => {
    expectTypeOf(client.getUser({ path: { id: 7 } })).resolves.toEqualTypeOf<api.GetUserResult>();
    expectTypeOf(api.getUser(connection, { path: { id: 7 } })).resolves.toEqualTypeOf<api.GetUserResult>();
    const { data: rawData } = await raw.GET('/users/{id}', { params: { path: { id: 7 } } });
    expectTypeOf(rawData).toEqualTypeOf<api.GetUserResult | undefined>();
    expectTypeOf<api.GetUserResult>().toEqualTypeOf<NonNullable<api.ListUsersResult['data']>[number]>();
  });

  it('updateUser (PATCH /users/{id})', async () => {
    expectTypeOf(
      client.updateUser({
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
      }),
    ).resolves.toEqualTypeOf<api.UpdateUserResult>();
    expectTypeOf(
      api.updateUser(connection, {
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
      }),
    ).resolves.toEqualTypeOf<api.UpdateUserResult>();
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
    expectTypeOf(rawData).toEqualTypeOf<api.UpdateUserResult | undefined>();
    expectTypeOf<api.UpdateUserResult>().toEqualTypeOf<NonNullable<api.ListUsersResult['data']>[number]>();
  });

  it('getCurrentUser (GET /users/me)', async () => {
    expectTypeOf(client.getCurrentUser()).resolves.toEqualTypeOf<api.GetCurrentUserResult>();
    expectTypeOf(api.getCurrentUser(connection)).resolves.toEqualTypeOf<api.GetCurrentUserResult>();
    const { data: rawData } = await raw.GET('/users/me', {});
    expectTypeOf(rawData).toEqualTypeOf<api.GetCurrentUserResult | undefined>();
    expectTypeOf<api.GetCurrentUserResult>().toEqualTypeOf<
      NonNullable<api.ListUsersResult['data']>[number]
    >();
  });

  it('getExternalUser (GET /users/external/{id})', async () => {
    expectTypeOf(
      client.getExternalUser({ path: { id: 7 } }),
    ).resolves.toEqualTypeOf<api.GetExternalUserResult>();
    expectTypeOf(
      api.getExternalUser(connection, { path: { id: 7 } }),
    ).resolves.toEqualTypeOf<api.GetExternalUserResult>();
    const { data: rawData } = await raw.GET('/users/external/{id}', { params: { path: { id: 7 } } });
    expectTypeOf(rawData).toEqualTypeOf<api.GetExternalUserResult | undefined>();
    expectTypeOf<
      Pick<
        api.GetExternalUserResult,
        | 'user_role'
        | 'update_time'
        | 'login_name'
        | 'create_time'
        | 'id'
        | 'org_id'
        | 'location_ids'
        | 'grantee_id'
        | 'access_scope'
        | 'viq_access_control'
      >
    >().toEqualTypeOf<{
      user_role:
        | 'ADMINISTRATOR'
        | 'OPERATOR'
        | 'MONITOR'
        | 'HELP_DESK'
        | 'GUEST_MANAGEMENT'
        | 'OBSERVER'
        | 'INSTALLER'
        | 'APPLICATION_OPERATOR';
      update_time: string;
      login_name: string;
      create_time: string;
      id: number;
      org_id?: number;
      location_ids?: number[];
      grantee_id?: number;
      access_scope?: number;
      viq_access_control?: number;
    }>();
    expectTypeOf<api.GetExternalUserResult['notInTheDocs']>().toBeUnknown();
  });

  it('listExternalUsers (GET /users/external)', async () => {
    expectTypeOf(client.listExternalUsers()).resolves.toEqualTypeOf<api.ListExternalUsersResult>();
    expectTypeOf(api.listExternalUsers(connection)).resolves.toEqualTypeOf<api.ListExternalUsersResult>();
    const { data: rawData } = await raw.GET('/users/external', {});
    expectTypeOf(rawData).toEqualTypeOf<api.ListExternalUsersResult | undefined>();
    expectTypeOf<
      Pick<api.ListExternalUsersResult, 'total_count' | 'count' | 'page' | 'total_pages' | 'data'>
    >().toEqualTypeOf<{
      total_count: number;
      count: number;
      page: number;
      total_pages: number;
      data?: NonNullable<api.ListExternalUsersResult['data']>[number][];
    }>();
    expectTypeOf<
      NonNullable<api.ListExternalUsersResult['data']>[number]
    >().toEqualTypeOf<api.GetExternalUserResult>();
    expectTypeOf<api.ListExternalUsersResult['notInTheDocs']>().toBeUnknown();
  });

  it('grantExternalUser (POST /users/external)', async () => {
    expectTypeOf(
      client.grantExternalUser({
        body: {
          user_role: 'ADMINISTRATOR',
          login_name: 'sample',
          org_id: 7,
          location_ids: [7],
          access_scope: 7,
          viq_access_control: 7,
          notInTheDocs: true,
        },
      }),
    ).resolves.toEqualTypeOf<api.GrantExternalUserResult>();
    expectTypeOf(
      api.grantExternalUser(connection, {
        body: {
          user_role: 'ADMINISTRATOR',
          login_name: 'sample',
          org_id: 7,
          location_ids: [7],
          access_scope: 7,
          viq_access_control: 7,
          notInTheDocs: true,
        },
      }),
    ).resolves.toEqualTypeOf<api.GrantExternalUserResult>();
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
    expectTypeOf(rawData).toEqualTypeOf<api.GrantExternalUserResult | undefined>();
    expectTypeOf<api.GrantExternalUserResult>().toEqualTypeOf<api.GetExternalUserResult>();
  });
});

describe('error bodies: isApiError narrows to the class and body of the status', () => {
  it('listUsers (GET /users)', () => {
    if (api.isApiError(error, 'listUsers', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['listUsers']['400']>();
    }
    expectTypeOf<
      Pick<
        api.ErrorBodies['listUsers']['400'],
        | 'error_message'
        | 'error_id'
        | 'error_code'
        | 'error_message_description'
        | 'error_message_code'
        | 'error_params'
      >
    >().toEqualTypeOf<{
      error_message: string;
      error_id: string;
      error_code: string;
      error_message_description: string;
      error_message_code?: string;
      error_params?: NonNullable<api.ErrorBodies['listUsers']['400']['error_params']>;
    }>();
    expectTypeOf<
      NonNullable<api.ErrorBodies['listUsers']['400']['error_params']>[string]
    >().toEqualTypeOf<string>();
    expectTypeOf<api.ErrorBodies['listUsers']['400']['notInTheDocs']>().toBeUnknown();
    if (api.isApiError(error, 'listUsers', 401)) {
      expectTypeOf(error).toExtend<api.AuthenticationError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['listUsers']['401']>();
    }
    expectTypeOf<api.ErrorBodies['listUsers']['401']>().toEqualTypeOf<api.ErrorBodies['listUsers']['400']>();
    if (api.isApiError(error, 'listUsers', 500)) {
      expectTypeOf(error).toExtend<api.InternalServerError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['listUsers']['500']>();
    }
    expectTypeOf<api.ErrorBodies['listUsers']['500']>().toEqualTypeOf<api.ErrorBodies['listUsers']['400']>();
    if (api.isApiError(error, 'listUsers', 503)) {
      expectTypeOf(error).toExtend<api.InternalServerError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['listUsers']['503']>();
    }
    expectTypeOf<api.ErrorBodies['listUsers']['503']>().toEqualTypeOf<api.ErrorBodies['listUsers']['400']>();
  });

  it('createUser (POST /users)', () => {
    if (api.isApiError(error, 'createUser', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['createUser']['400']>();
    }
    expectTypeOf<api.ErrorBodies['createUser']['400']>().toEqualTypeOf<api.ErrorBodies['listUsers']['400']>();
    if (api.isApiError(error, 'createUser', 401)) {
      expectTypeOf(error).toExtend<api.AuthenticationError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['createUser']['401']>();
    }
    expectTypeOf<api.ErrorBodies['createUser']['401']>().toEqualTypeOf<api.ErrorBodies['listUsers']['400']>();
    if (api.isApiError(error, 'createUser', 500)) {
      expectTypeOf(error).toExtend<api.InternalServerError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['createUser']['500']>();
    }
    expectTypeOf<api.ErrorBodies['createUser']['500']>().toEqualTypeOf<api.ErrorBodies['listUsers']['400']>();
    if (api.isApiError(error, 'createUser', 503)) {
      expectTypeOf(error).toExtend<api.InternalServerError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['createUser']['503']>();
    }
    expectTypeOf<api.ErrorBodies['createUser']['503']>().toEqualTypeOf<api.ErrorBodies['listUsers']['400']>();
  });

  it('getUser (GET /users/{id})', () => {
    if (api.isApiError(error, 'getUser', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['getUser']['400']>();
    }
    expectTypeOf<api.ErrorBodies['getUser']['400']>().toEqualTypeOf<api.ErrorBodies['listUsers']['400']>();
    if (api.isApiError(error, 'getUser', 401)) {
      expectTypeOf(error).toExtend<api.AuthenticationError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['getUser']['401']>();
    }
    expectTypeOf<api.ErrorBodies['getUser']['401']>().toEqualTypeOf<api.ErrorBodies['listUsers']['400']>();
    if (api.isApiError(error, 'getUser', 500)) {
      expectTypeOf(error).toExtend<api.InternalServerError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['getUser']['500']>();
    }
    expectTypeOf<api.ErrorBodies['getUser']['500']>().toEqualTypeOf<api.ErrorBodies['listUsers']['400']>();
    if (api.isApiError(error, 'getUser', 503)) {
      expectTypeOf(error).toExtend<api.InternalServerError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['getUser']['503']>();
    }
    expectTypeOf<api.ErrorBodies['getUser']['503']>().toEqualTypeOf<api.ErrorBodies['listUsers']['400']>();
  });

  it('deleteUser (DELETE /users/{id})', () => {
    if (api.isApiError(error, 'deleteUser', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['deleteUser']['400']>();
    }
    expectTypeOf<api.ErrorBodies['deleteUser']['400']>().toEqualTypeOf<api.ErrorBodies['listUsers']['400']>();
    if (api.isApiError(error, 'deleteUser', 401)) {
      expectTypeOf(error).toExtend<api.AuthenticationError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['deleteUser']['401']>();
    }
    expectTypeOf<api.ErrorBodies['deleteUser']['401']>().toEqualTypeOf<api.ErrorBodies['listUsers']['400']>();
    if (api.isApiError(error, 'deleteUser', 500)) {
      expectTypeOf(error).toExtend<api.InternalServerError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['deleteUser']['500']>();
    }
    expectTypeOf<api.ErrorBodies['deleteUser']['500']>().toEqualTypeOf<api.ErrorBodies['listUsers']['400']>();
    if (api.isApiError(error, 'deleteUser', 503)) {
      expectTypeOf(error).toExtend<api.InternalServerError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['deleteUser']['503']>();
    }
    expectTypeOf<api.ErrorBodies['deleteUser']['503']>().toEqualTypeOf<api.ErrorBodies['listUsers']['400']>();
  });

  it('updateUser (PATCH /users/{id})', () => {
    if (api.isApiError(error, 'updateUser', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['updateUser']['400']>();
    }
    expectTypeOf<api.ErrorBodies['updateUser']['400']>().toEqualTypeOf<api.ErrorBodies['listUsers']['400']>();
    if (api.isApiError(error, 'updateUser', 401)) {
      expectTypeOf(error).toExtend<api.AuthenticationError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['updateUser']['401']>();
    }
    expectTypeOf<api.ErrorBodies['updateUser']['401']>().toEqualTypeOf<api.ErrorBodies['listUsers']['400']>();
    if (api.isApiError(error, 'updateUser', 500)) {
      expectTypeOf(error).toExtend<api.InternalServerError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['updateUser']['500']>();
    }
    expectTypeOf<api.ErrorBodies['updateUser']['500']>().toEqualTypeOf<api.ErrorBodies['listUsers']['400']>();
    if (api.isApiError(error, 'updateUser', 503)) {
      expectTypeOf(error).toExtend<api.InternalServerError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['updateUser']['503']>();
    }
    expectTypeOf<api.ErrorBodies['updateUser']['503']>().toEqualTypeOf<api.ErrorBodies['listUsers']['400']>();
  });

  it('getCurrentUser (GET /users/me)', () => {
    if (api.isApiError(error, 'getCurrentUser', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['getCurrentUser']['400']>();
    }
    expectTypeOf<api.ErrorBodies['getCurrentUser']['400']>().toEqualTypeOf<
      api.ErrorBodies['listUsers']['400']
    >();
    if (api.isApiError(error, 'getCurrentUser', 401)) {
      expectTypeOf(error).toExtend<api.AuthenticationError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['getCurrentUser']['401']>();
    }
    expectTypeOf<api.ErrorBodies['getCurrentUser']['401']>().toEqualTypeOf<
      api.ErrorBodies['listUsers']['400']
    >();
    if (api.isApiError(error, 'getCurrentUser', 500)) {
      expectTypeOf(error).toExtend<api.InternalServerError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['getCurrentUser']['500']>();
    }
    expectTypeOf<api.ErrorBodies['getCurrentUser']['500']>().toEqualTypeOf<
      api.ErrorBodies['listUsers']['400']
    >();
    if (api.isApiError(error, 'getCurrentUser', 503)) {
      expectTypeOf(error).toExtend<api.InternalServerError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['getCurrentUser']['503']>();
    }
    expectTypeOf<api.ErrorBodies['getCurrentUser']['503']>().toEqualTypeOf<
      api.ErrorBodies['listUsers']['400']
    >();
  });

  it('getExternalUser (GET /users/external/{id})', () => {
    if (api.isApiError(error, 'getExternalUser', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['getExternalUser']['400']>();
    }
    expectTypeOf<api.ErrorBodies['getExternalUser']['400']>().toEqualTypeOf<
      api.ErrorBodies['listUsers']['400']
    >();
    if (api.isApiError(error, 'getExternalUser', 401)) {
      expectTypeOf(error).toExtend<api.AuthenticationError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['getExternalUser']['401']>();
    }
    expectTypeOf<api.ErrorBodies['getExternalUser']['401']>().toEqualTypeOf<
      api.ErrorBodies['listUsers']['400']
    >();
    if (api.isApiError(error, 'getExternalUser', 500)) {
      expectTypeOf(error).toExtend<api.InternalServerError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['getExternalUser']['500']>();
    }
    expectTypeOf<api.ErrorBodies['getExternalUser']['500']>().toEqualTypeOf<
      api.ErrorBodies['listUsers']['400']
    >();
    if (api.isApiError(error, 'getExternalUser', 503)) {
      expectTypeOf(error).toExtend<api.InternalServerError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['getExternalUser']['503']>();
    }
    expectTypeOf<api.ErrorBodies['getExternalUser']['503']>().toEqualTypeOf<
      api.ErrorBodies['listUsers']['400']
    >();
  });

  it('revokeExternalUser (DELETE /users/external/{id})', () => {
    if (api.isApiError(error, 'revokeExternalUser', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['revokeExternalUser']['400']>();
    }
    expectTypeOf<api.ErrorBodies['revokeExternalUser']['400']>().toEqualTypeOf<
      api.ErrorBodies['listUsers']['400']
    >();
    if (api.isApiError(error, 'revokeExternalUser', 401)) {
      expectTypeOf(error).toExtend<api.AuthenticationError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['revokeExternalUser']['401']>();
    }
    expectTypeOf<api.ErrorBodies['revokeExternalUser']['401']>().toEqualTypeOf<
      api.ErrorBodies['listUsers']['400']
    >();
    if (api.isApiError(error, 'revokeExternalUser', 500)) {
      expectTypeOf(error).toExtend<api.InternalServerError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['revokeExternalUser']['500']>();
    }
    expectTypeOf<api.ErrorBodies['revokeExternalUser']['500']>().toEqualTypeOf<
      api.ErrorBodies['listUsers']['400']
    >();
    if (api.isApiError(error, 'revokeExternalUser', 503)) {
      expectTypeOf(error).toExtend<api.InternalServerError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['revokeExternalUser']['503']>();
    }
    expectTypeOf<api.ErrorBodies['revokeExternalUser']['503']>().toEqualTypeOf<
      api.ErrorBodies['listUsers']['400']
    >();
  });

  it('updateExternalUser (PATCH /users/external/{id})', () => {
    if (api.isApiError(error, 'updateExternalUser', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['updateExternalUser']['400']>();
    }
    expectTypeOf<api.ErrorBodies['updateExternalUser']['400']>().toEqualTypeOf<
      api.ErrorBodies['listUsers']['400']
    >();
    if (api.isApiError(error, 'updateExternalUser', 401)) {
      expectTypeOf(error).toExtend<api.AuthenticationError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['updateExternalUser']['401']>();
    }
    expectTypeOf<api.ErrorBodies['updateExternalUser']['401']>().toEqualTypeOf<
      api.ErrorBodies['listUsers']['400']
    >();
    if (api.isApiError(error, 'updateExternalUser', 500)) {
      expectTypeOf(error).toExtend<api.InternalServerError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['updateExternalUser']['500']>();
    }
    expectTypeOf<api.ErrorBodies['updateExternalUser']['500']>().toEqualTypeOf<
      api.ErrorBodies['listUsers']['400']
    >();
    if (api.isApiError(error, 'updateExternalUser', 503)) {
      expectTypeOf(error).toExtend<api.InternalServerError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['updateExternalUser']['503']>();
    }
    expectTypeOf<api.ErrorBodies['updateExternalUser']['503']>().toEqualTypeOf<
      api.ErrorBodies['listUsers']['400']
    >();
  });

  it('listExternalUsers (GET /users/external)', () => {
    if (api.isApiError(error, 'listExternalUsers', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['listExternalUsers']['400']>();
    }
    expectTypeOf<api.ErrorBodies['listExternalUsers']['400']>().toEqualTypeOf<
      api.ErrorBodies['listUsers']['400']
    >();
    if (api.isApiError(error, 'listExternalUsers', 401)) {
      expectTypeOf(error).toExtend<api.AuthenticationError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['listExternalUsers']['401']>();
    }
    expectTypeOf<api.ErrorBodies['listExternalUsers']['401']>().toEqualTypeOf<
      api.ErrorBodies['listUsers']['400']
    >();
    if (api.isApiError(error, 'listExternalUsers', 500)) {
      expectTypeOf(error).toExtend<api.InternalServerError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['listExternalUsers']['500']>();
    }
    expectTypeOf<api.ErrorBodies['listExternalUsers']['500']>().toEqualTypeOf<
      api.ErrorBodies['listUsers']['400']
    >();
    if (api.isApiError(error, 'listExternalUsers', 503)) {
      expectTypeOf(error).toExtend<api.InternalServerError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['listExternalUsers']['503']>();
    }
    expectTypeOf<api.ErrorBodies['listExternalUsers']['503']>().toEqualTypeOf<
      api.ErrorBodies['listUsers']['400']
    >();
  });

  it('grantExternalUser (POST /users/external)', () => {
    if (api.isApiError(error, 'grantExternalUser', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['grantExternalUser']['400']>();
    }
    expectTypeOf<api.ErrorBodies['grantExternalUser']['400']>().toEqualTypeOf<
      api.ErrorBodies['listUsers']['400']
    >();
    if (api.isApiError(error, 'grantExternalUser', 401)) {
      expectTypeOf(error).toExtend<api.AuthenticationError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['grantExternalUser']['401']>();
    }
    expectTypeOf<api.ErrorBodies['grantExternalUser']['401']>().toEqualTypeOf<
      api.ErrorBodies['listUsers']['400']
    >();
    if (api.isApiError(error, 'grantExternalUser', 500)) {
      expectTypeOf(error).toExtend<api.InternalServerError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['grantExternalUser']['500']>();
    }
    expectTypeOf<api.ErrorBodies['grantExternalUser']['500']>().toEqualTypeOf<
      api.ErrorBodies['listUsers']['400']
    >();
    if (api.isApiError(error, 'grantExternalUser', 503)) {
      expectTypeOf(error).toExtend<api.InternalServerError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['grantExternalUser']['503']>();
    }
    expectTypeOf<api.ErrorBodies['grantExternalUser']['503']>().toEqualTypeOf<
      api.ErrorBodies['listUsers']['400']
    >();
  });
});

describe('paging: the items are the documented model; only paged operations have a paginator', () => {
  it('listUsers: every item is XiqUser, in both forms', () => {
    expectTypeOf<api.ListUsersItem>().toEqualTypeOf<api.Readable<api.components['schemas']['XiqUser']>>();
    expectTypeOf(client.paginate.listUsers()).toEqualTypeOf<
      api.Paginator<api.ListUsersItem, api.ListUsersResult>
    >();
    expectTypeOf(api.paginateListUsers(connection)).toEqualTypeOf<
      api.Paginator<api.ListUsersItem, api.ListUsersResult>
    >();
    expectTypeOf(api.paginateListUsers(connection).pages()).toEqualTypeOf<
      AsyncIterable<api.Page<api.ListUsersItem, api.ListUsersResult>>
    >();
    expectTypeOf<api.ListUsersItem>().toEqualTypeOf<
      NonNullable<NonNullable<api.ListUsersResult>['data']>[number]
    >();
  });

  it('listExternalUsers: every item is XiqExternalUser, in both forms', () => {
    expectTypeOf<api.ListExternalUsersItem>().toEqualTypeOf<
      api.Readable<api.components['schemas']['XiqExternalUser']>
    >();
    expectTypeOf(client.paginate.listExternalUsers()).toEqualTypeOf<
      api.Paginator<api.ListExternalUsersItem, api.ListExternalUsersResult>
    >();
    expectTypeOf(api.paginateListExternalUsers(connection)).toEqualTypeOf<
      api.Paginator<api.ListExternalUsersItem, api.ListExternalUsersResult>
    >();
    expectTypeOf(api.paginateListExternalUsers(connection).pages()).toEqualTypeOf<
      AsyncIterable<api.Page<api.ListExternalUsersItem, api.ListExternalUsersResult>>
    >();
    expectTypeOf<api.ListExternalUsersItem>().toEqualTypeOf<
      NonNullable<NonNullable<api.ListExternalUsersResult>['data']>[number]
    >();
  });

  it('createUser does not page: no paginator in either form', () => {
    // @ts-expect-error createUser does not page
    void client.paginate.createUser;
    // @ts-expect-error createUser does not page
    void api.paginateCreateUser;
  });
});
