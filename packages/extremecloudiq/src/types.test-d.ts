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
      login_name: 'sample',
      display_name: 'sample',
      idle_timeout: 7,
      user_role: 'ADMINISTRATOR',
      location_ids: [7],
      access_scope: 7,
      viq_access_control: 7,
      notInTheDocs: true,
    };
    void client.createUser({ body: body });
    void api.createUser(connection, { body: body });
    void raw.POST('/users', { body: body });
    const minimal: NonNullable<api.CreateUserInput['body']> = {};
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
        // @ts-expect-error "user_role" is documented as a string
        user_role: 7,
      },
    });
  });

  it('grantExternalUser (POST /users/external)', () => {
    const body: NonNullable<api.GrantExternalUserInput['body']> = {
      login_name: 'sample',
      user_role: 'ADMINISTRATOR',
      org_id: 7,
      location_ids: [7],
      access_scope: 7,
      viq_access_control: 7,
      notInTheDocs: true,
    };
    void client.grantExternalUser({ body: body });
    void api.grantExternalUser(connection, { body: body });
    void raw.POST('/users/external', { body: body });
    const minimal: NonNullable<api.GrantExternalUserInput['body']> = {};
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
    expectTypeOf<api.ListUsersResult>().toEqualTypeOf<{ [key: string]: unknown }>();
  });

  it('createUser (POST /users)', async () => {
    expectTypeOf(
      client.createUser({
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
    ).resolves.toEqualTypeOf<api.CreateUserResult>();
    expectTypeOf(
      api.createUser(connection, {
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
    ).resolves.toEqualTypeOf<api.CreateUserResult>();
    const { data: rawData } = await raw.POST('/users', {
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
    expectTypeOf(rawData).toEqualTypeOf<api.CreateUserResult | undefined>();
    expectTypeOf<api.CreateUserResult>().toEqualTypeOf<{ [key: string]: unknown }>();
  });

  it('getUser (GET /users/{id})', async () => {
    expectTypeOf(client.getUser({ path: { id: 7 } })).resolves.toEqualTypeOf<api.GetUserResult>();
    expectTypeOf(api.getUser(connection, { path: { id: 7 } })).resolves.toEqualTypeOf<api.GetUserResult>();
    const { data: rawData } = await raw.GET('/users/{id}', { params: { path: { id: 7 } } });
    expectTypeOf(rawData).toEqualTypeOf<api.GetUserResult | undefined>();
    expectTypeOf<api.GetUserResult>().toEqualTypeOf<api.CreateUserResult>();
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
    expectTypeOf<api.UpdateUserResult>().toEqualTypeOf<api.CreateUserResult>();
  });

  it('getCurrentUser (GET /users/me)', async () => {
    expectTypeOf(client.getCurrentUser()).resolves.toEqualTypeOf<api.GetCurrentUserResult>();
    expectTypeOf(api.getCurrentUser(connection)).resolves.toEqualTypeOf<api.GetCurrentUserResult>();
    const { data: rawData } = await raw.GET('/users/me', {});
    expectTypeOf(rawData).toEqualTypeOf<api.GetCurrentUserResult | undefined>();
    expectTypeOf<api.GetCurrentUserResult>().toEqualTypeOf<api.CreateUserResult>();
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
    expectTypeOf<api.GetExternalUserResult>().toEqualTypeOf<{ [key: string]: unknown }>();
  });

  it('listExternalUsers (GET /users/external)', async () => {
    expectTypeOf(client.listExternalUsers()).resolves.toEqualTypeOf<api.ListExternalUsersResult>();
    expectTypeOf(api.listExternalUsers(connection)).resolves.toEqualTypeOf<api.ListExternalUsersResult>();
    const { data: rawData } = await raw.GET('/users/external', {});
    expectTypeOf(rawData).toEqualTypeOf<api.ListExternalUsersResult | undefined>();
    expectTypeOf<api.ListExternalUsersResult>().toEqualTypeOf<{ [key: string]: unknown }>();
  });

  it('grantExternalUser (POST /users/external)', async () => {
    expectTypeOf(
      client.grantExternalUser({
        body: {
          login_name: 'sample',
          user_role: 'ADMINISTRATOR',
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
          login_name: 'sample',
          user_role: 'ADMINISTRATOR',
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
        login_name: 'sample',
        user_role: 'ADMINISTRATOR',
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
    expectTypeOf<api.ErrorBodies['listUsers']['400']>().toEqualTypeOf<{ [key: string]: unknown }>();
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
