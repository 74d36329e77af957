import { describe, expectTypeOf, it } from 'vitest';
import * as api from './index.js';
import { createTiledbCloudRawClient } from './raw.js';

// Compile-time checks only (vitest typecheck): nothing here is run. Rendered from the spec by the
// template (scripts/generate/type-cases.ts), one case per operation. No doc proves a model's field list
// complete, so bodies and responses take fields the docs do not show (typed `unknown`) unless the spec
// closes the model, while each documented field has its exact type.
const client = api.createTiledbCloudClient();
const connection = api.createTiledbCloud();
const raw = createTiledbCloudRawClient(connection);
declare const error: unknown;

describe('request bodies: documented fields typed, required ones required, read-only ones never', () => {
  it('addAwsAccessCredentials (POST /credentials/{namespace}/aws)', () => {
    const body: NonNullable<api.AddAwsAccessCredentialsInput['body']> = {
      secret_access_key: 'sample',
      access_key_id: 'sample',
      service_role_arn: 'sample',
      name: 'sample',
      default: true,
      buckets: ['s3://company-bucket-1/tiledb/'],
      notInTheDocs: true,
    };
    void client.addAwsAccessCredentials({ path: { namespace: 'sample' }, body: body });
    void api.addAwsAccessCredentials(connection, { path: { namespace: 'sample' }, body: body });
    void raw.POST('/credentials/{namespace}/aws', { params: { path: { namespace: 'sample' } }, body: body });
    const minimal: NonNullable<api.AddAwsAccessCredentialsInput['body']> = {};
    void client.addAwsAccessCredentials({
      path: { namespace: 'sample' },
      body: {
        ...minimal,
        // @ts-expect-error "created_at" is read-only
        created_at: '2030-01-02T03:04:05Z',
      },
    });
    void client.addAwsAccessCredentials({
      path: { namespace: 'sample' },
      body: {
        ...minimal,
        // @ts-expect-error "secret_access_key" is documented as a string
        secret_access_key: 7,
      },
    });
  });

  it('addUserToOrganization (POST /organizations/{organization}/user)', () => {
    const body: NonNullable<api.AddUserToOrganizationInput['body']> = {
      user_id: '00000000-0000-0000-0000-000000000000',
      organization_id: '00000000-0000-0000-0000-000000000000',
      username: 'username',
      organization_name: 'MyOrganization',
      role: 'owner',
      allowed_actions: ['read'],
      notInTheDocs: true,
    };
    void client.addUserToOrganization({ path: { organization: 'sample' }, body: body });
    void api.addUserToOrganization(connection, { path: { organization: 'sample' }, body: body });
    void raw.POST('/organizations/{organization}/user', {
      params: { path: { organization: 'sample' } },
      body: body,
    });
    const minimal: NonNullable<api.AddUserToOrganizationInput['body']> = {};
    void client.addUserToOrganization({
      path: { organization: 'sample' },
      body: {
        ...minimal,
        // @ts-expect-error "role" is one of "owner", "admin", "read_write", "read_only"
        role: 'NOT_A_VALUE',
      },
    });
    void client.addUserToOrganization({
      path: { organization: 'sample' },
      body: {
        ...minimal,
        // @ts-expect-error "user_id" is documented as a string
        user_id: 7,
      },
    });
  });

  it('updateAwsAccessCredentials (PATCH /credentials/{namespace}/aws/{name})', () => {
    const body: NonNullable<api.UpdateAwsAccessCredentialsInput['body']> = {
      secret_access_key: 'sample',
      access_key_id: 'sample',
      service_role_arn: 'sample',
      name: 'sample',
      default: true,
      buckets: ['s3://company-bucket-1/tiledb/'],
      notInTheDocs: true,
    };
    void client.updateAwsAccessCredentials({ path: { namespace: 'sample', name: 'sample' }, body: body });
    void api.updateAwsAccessCredentials(connection, {
      path: { namespace: 'sample', name: 'sample' },
      body: body,
    });
    void raw.PATCH('/credentials/{namespace}/aws/{name}', {
      params: { path: { namespace: 'sample', name: 'sample' } },
      body: body,
    });
    const minimal: NonNullable<api.UpdateAwsAccessCredentialsInput['body']> = {};
    void client.updateAwsAccessCredentials({
      path: { namespace: 'sample', name: 'sample' },
      body: {
        ...minimal,
        // @ts-expect-error "created_at" is read-only
        created_at: '2030-01-02T03:04:05Z',
      },
    });
    void client.updateAwsAccessCredentials({
      path: { namespace: 'sample', name: 'sample' },
      body: {
        ...minimal,
        // @ts-expect-error "secret_access_key" is documented as a string
        secret_access_key: 7,
      },
    });
  });

  it('createUser (POST /user)', () => {
    const body: NonNullable<api.CreateUserInput['body']> = {
      username: 'username',
      id: '00000000-0000-0000-0000-000000000000',
      password: 'password',
      name: 'Jane Doe',
      email: 'jane.doe@example.com',
      company: 'TileDB',
      logo: 'sample',
      timezone: 'Europe/Athens',
      allowed_actions: ['read'],
      default_s3_path: 'sample',
      default_s3_path_credentials_name: 'sample',
      default_namespace_charged: 'sample',
      notInTheDocs: true,
    };
    void client.createUser({ body: body });
    void api.createUser(connection, { body: body });
    void raw.POST('/user', { body: body });
    const minimal: NonNullable<api.CreateUserInput['body']> = { username: 'username' };
    const { username: _0, ...without0 } = minimal;
    void client.createUser({
      // @ts-expect-error "username" is required
      body: without0,
    });
    void api.createUser(connection, {
      // @ts-expect-error "username" is required
      body: without0,
    });
    void raw.POST('/user', {
      // @ts-expect-error "username" is required
      body: without0,
    });
    void client.createUser({
      body: {
        ...minimal,
        // @ts-expect-error "is_valid_email" is read-only
        is_valid_email: true,
      },
    });
    void client.createUser({
      body: {
        ...minimal,
        // @ts-expect-error "username" is documented as a string
        username: 7,
      },
    });
  });

  it('updateUser (PATCH /users/{username})', () => {
    const body: NonNullable<api.UpdateUserInput['body']> = {
      username: 'username',
      id: '00000000-0000-0000-0000-000000000000',
      password: 'password',
      name: 'Jane Doe',
      email: 'jane.doe@example.com',
      company: 'TileDB',
      logo: 'sample',
      timezone: 'Europe/Athens',
      allowed_actions: ['read'],
      default_s3_path: 'sample',
      default_s3_path_credentials_name: 'sample',
      default_namespace_charged: 'sample',
      notInTheDocs: true,
    };
    void client.updateUser({ path: { username: 'sample' }, body: body });
    void api.updateUser(connection, { path: { username: 'sample' }, body: body });
    void raw.PATCH('/users/{username}', { params: { path: { username: 'sample' } }, body: body });
    const minimal: NonNullable<api.UpdateUserInput['body']> = { username: 'username' };
    const { username: _0, ...without0 } = minimal;
    void client.updateUser({
      path: { username: 'sample' },
      // @ts-expect-error "username" is required
      body: without0,
    });
    void api.updateUser(connection, {
      path: { username: 'sample' },
      // @ts-expect-error "username" is required
      body: without0,
    });
    void raw.PATCH('/users/{username}', {
      params: { path: { username: 'sample' } },
      // @ts-expect-error "username" is required
      body: without0,
    });
    void client.updateUser({
      path: { username: 'sample' },
      body: {
        ...minimal,
        // @ts-expect-error "is_valid_email" is read-only
        is_valid_email: true,
      },
    });
    void client.updateUser({
      path: { username: 'sample' },
      body: {
        ...minimal,
        // @ts-expect-error "username" is documented as a string
        username: 7,
      },
    });
  });

  it('updateUserInOrganization (PATCH /organizations/{organization}/{username})', () => {
    const body: NonNullable<api.UpdateUserInOrganizationInput['body']> = {
      user_id: '00000000-0000-0000-0000-000000000000',
      organization_id: '00000000-0000-0000-0000-000000000000',
      username: 'username',
      organization_name: 'MyOrganization',
      role: 'owner',
      allowed_actions: ['read'],
      notInTheDocs: true,
    };
    void client.updateUserInOrganization({
      path: { organization: 'sample', username: 'sample' },
      body: body,
    });
    void api.updateUserInOrganization(connection, {
      path: { organization: 'sample', username: 'sample' },
      body: body,
    });
    void raw.PATCH('/organizations/{organization}/{username}', {
      params: { path: { organization: 'sample', username: 'sample' } },
      body: body,
    });
    const minimal: NonNullable<api.UpdateUserInOrganizationInput['body']> = {};
    void client.updateUserInOrganization({
      path: { organization: 'sample', username: 'sample' },
      body: {
        ...minimal,
        // @ts-expect-error "role" is one of "owner", "admin", "read_write", "read_only"
        role: 'NOT_A_VALUE',
      },
    });
    void client.updateUserInOrganization({
      path: { organization: 'sample', username: 'sample' },
      body: {
        ...minimal,
        // @ts-expect-error "user_id" is documented as a string
        user_id: 7,
      },
    });
  });

  it('requestToken (POST /token)', () => {
    const body: NonNullable<api.RequestTokenInput['body']> = {
      expires: '2030-01-02T03:04:05Z',
      name: 'myToken',
      scope: '*',
      notInTheDocs: true,
    };
    void client.requestToken({ body: body });
    void api.requestToken(connection, { body: body });
    void raw.POST('/token', { body: body });
    const minimal: NonNullable<api.RequestTokenInput['body']> = {};
    void client.requestToken({
      body: {
        ...minimal,
        // @ts-expect-error "expires" is documented as a string
        expires: 7,
      },
    });
  });

  it('resetUserPassword (POST /user/password_reset)', () => {
    const body: NonNullable<api.ResetUserPasswordInput['body']> = {
      password: 'password',
      notInTheDocs: true,
    };
    void client.resetUserPassword({ body: body });
    void api.resetUserPassword(connection, { body: body });
    void raw.POST('/user/password_reset', { body: body });
    const minimal: NonNullable<api.ResetUserPasswordInput['body']> = {};
    void client.resetUserPassword({
      body: {
        ...minimal,
        // @ts-expect-error "password" is documented as a string
        password: 7,
      },
    });
  });
});

describe('success bodies: every documented field has its exact type, in every form', () => {
  it('checkAwsAccessCredentials (GET /credentials/{namespace}/aws)', async () => {
    expectTypeOf(
      client.checkAwsAccessCredentials({ path: { namespace: 'sample' } }),
    ).resolves.toEqualTypeOf<api.CheckAwsAccessCredentialsResult>();
    expectTypeOf(
      api.checkAwsAccessCredentials(connection, { path: { namespace: 'sample' } }),
    ).resolves.toEqualTypeOf<api.CheckAwsAccessCredentialsResult>();
    const { data: rawData } = await raw.GET('/credentials/{namespace}/aws', {
      params: { path: { namespace: 'sample' } },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.CheckAwsAccessCredentialsResult | undefined>();
    expectTypeOf<api.CheckAwsAccessCredentialsResult>().toEqualTypeOf<
      api.CheckAwsAccessCredentialsResult[number][]
    >();
    expectTypeOf<
      Pick<
        api.CheckAwsAccessCredentialsResult[number],
        | 'secret_access_key'
        | 'access_key_id'
        | 'service_role_arn'
        | 'name'
        | 'default'
        | 'buckets'
        | 'created_at'
        | 'updated_at'
      >
    >().toEqualTypeOf<{
      secret_access_key?: string;
      access_key_id?: string;
      service_role_arn?: string;
      name?: string;
      default?: boolean;
      buckets?: string[];
      created_at?: string;
      updated_at?: string;
    }>();
    expectTypeOf<api.CheckAwsAccessCredentialsResult[number]['notInTheDocs']>().toBeUnknown();
  });

  it('checkAwsAccessCredentialsByName (GET /credentials/{namespace}/aws/{name})', async () => {
    expectTypeOf(
      client.checkAwsAccessCredentialsByName({ path: { namespace: 'sample', name: 'sample' } }),
    ).resolves.toEqualTypeOf<api.CheckAwsAccessCredentialsByNameResult>();
    expectTypeOf(
      api.checkAwsAccessCredentialsByName(connection, { path: { namespace: 'sample', name: 'sample' } }),
    ).resolves.toEqualTypeOf<api.CheckAwsAccessCredentialsByNameResult>();
    const { data: rawData } = await raw.GET('/credentials/{namespace}/aws/{name}', {
      params: { path: { namespace: 'sample', name: 'sample' } },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.CheckAwsAccessCredentialsByNameResult | undefined>();
    expectTypeOf<api.CheckAwsAccessCredentialsByNameResult>().toEqualTypeOf<
      api.CheckAwsAccessCredentialsResult[number]
    >();
  });

  it('getUser (GET /user)', async () => {
    expectTypeOf(client.getUser()).resolves.toEqualTypeOf<api.GetUserResult>();
    expectTypeOf(api.getUser(connection)).resolves.toEqualTypeOf<api.GetUserResult>();
    const { data: rawData } = await raw.GET('/user', {});
    expectTypeOf(rawData).toEqualTypeOf<api.GetUserResult | undefined>();
    expectTypeOf<
      Pick<
        api.GetUserResult,
        | 'username'
        | 'id'
        | 'password'
        | 'name'
        | 'email'
        | 'is_valid_email'
        | 'stripe_connect'
        | 'company'
        | 'logo'
        | 'last_activity_date'
        | 'timezone'
        | 'organizations'
        | 'allowed_actions'
        | 'enabled_features'
        | 'unpaid_subscription'
        | 'default_s3_path'
        | 'default_s3_path_credentials_name'
        | 'default_namespace_charged'
      >
    >().toEqualTypeOf<{
      username: string;
      id?: string;
      password?: string;
      name?: string;
      email?: string;
      is_valid_email?: boolean;
      stripe_connect?: boolean;
      company?: string;
      logo?: string;
      last_activity_date?: string;
      timezone?: string;
      organizations?: NonNullable<api.GetUserResult['organizations']>[number][];
      allowed_actions?: (
        | 'read'
        | 'write'
        | 'create'
        | 'delete'
        | 'edit'
        | 'read_array_logs'
        | 'read_job_logs'
        | 'read_object_logs'
        | 'run_job'
        | 'delete_organization'
        | 'edit_organization'
        | 'edit_billing'
      )[];
      enabled_features?: string[];
      unpaid_subscription?: boolean;
      default_s3_path?: string;
      default_s3_path_credentials_name?: string;
      default_namespace_charged?: string;
    }>();
    expectTypeOf<
      Pick<
        NonNullable<api.GetUserResult['organizations']>[number],
        'user_id' | 'organization_id' | 'username' | 'organization_name' | 'role' | 'allowed_actions'
      >
    >().toEqualTypeOf<{
      user_id?: string;
      organization_id?: string;
      username?: string;
      organization_name?: string;
      role?: 'owner' | 'admin' | 'read_write' | 'read_only';
      allowed_actions?: (
        | 'read'
        | 'write'
        | 'create'
        | 'delete'
        | 'edit'
        | 'read_array_logs'
        | 'read_job_logs'
        | 'read_object_logs'
        | 'run_job'
        | 'delete_organization'
        | 'edit_organization'
        | 'edit_billing'
      )[];
    }>();
    expectTypeOf<NonNullable<api.GetUserResult['organizations']>[number]['notInTheDocs']>().toBeUnknown();
    expectTypeOf<api.GetUserResult['notInTheDocs']>().toBeUnknown();
  });

  it('getUserWithUsername (GET /users/{username})', async () => {
    expectTypeOf(
      client.getUserWithUsername({ path: { username: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetUserWithUsernameResult>();
    expectTypeOf(
      api.getUserWithUsername(connection, { path: { username: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetUserWithUsernameResult>();
    const { data: rawData } = await raw.GET('/users/{username}', {
      params: { path: { username: 'sample' } },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.GetUserWithUsernameResult | undefined>();
    expectTypeOf<api.GetUserWithUsernameResult>().toEqualTypeOf<api.GetUserResult>();
  });

  it('getOrganizationUser (GET /organizations/{organization}/{username})', async () => {
    expectTypeOf(
      client.getOrganizationUser({ path: { organization: 'sample', username: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetOrganizationUserResult>();
    expectTypeOf(
      api.getOrganizationUser(connection, { path: { organization: 'sample', username: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetOrganizationUserResult>();
    const { data: rawData } = await raw.GET('/organizations/{organization}/{username}', {
      params: { path: { organization: 'sample', username: 'sample' } },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.GetOrganizationUserResult | undefined>();
    expectTypeOf<api.GetOrganizationUserResult>().toEqualTypeOf<
      NonNullable<api.GetUserResult['organizations']>[number]
    >();
  });

  it('getSession (GET /session)', async () => {
    expectTypeOf(client.getSession()).resolves.toEqualTypeOf<api.GetSessionResult>();
    expectTypeOf(api.getSession(connection)).resolves.toEqualTypeOf<api.GetSessionResult>();
    const { data: rawData } = await raw.GET('/session', {});
    expectTypeOf(rawData).toEqualTypeOf<api.GetSessionResult | undefined>();
    expectTypeOf<
      Pick<api.GetSessionResult, 'token' | 'name' | 'issued_at' | 'expires_at' | 'scope'>
    >().toEqualTypeOf<{
      token?: string;
      name?: string;
      issued_at?: string;
      expires_at?: string;
      scope?: string;
    }>();
    expectTypeOf<api.GetSessionResult['notInTheDocs']>().toBeUnknown();
  });

  it('getTokenScopes (GET /tokens/scopes)', async () => {
    expectTypeOf(client.getTokenScopes()).resolves.toEqualTypeOf<api.GetTokenScopesResult>();
    expectTypeOf(api.getTokenScopes(connection)).resolves.toEqualTypeOf<api.GetTokenScopesResult>();
    const { data: rawData } = await raw.GET('/tokens/scopes', {});
    expectTypeOf(rawData).toEqualTypeOf<api.GetTokenScopesResult | undefined>();
    expectTypeOf<api.GetTokenScopesResult>().toEqualTypeOf<
      (
        | 'password_reset'
        | 'confirm_email'
        | '*'
        | 'user:read'
        | 'user:read-write'
        | 'user:admin'
        | 'array:read'
        | 'array:read-write'
        | 'array:admin'
        | 'organization:read'
        | 'organization:read-write'
        | 'organization:admin'
        | 'group:read'
        | 'group:read-write'
        | 'group:admin'
      )[]
    >();
  });

  it('requestToken (POST /token)', async () => {
    expectTypeOf(
      client.requestToken({
        body: { expires: '2030-01-02T03:04:05Z', name: 'myToken', scope: '*', notInTheDocs: true },
      }),
    ).resolves.toEqualTypeOf<api.RequestTokenResult>();
    expectTypeOf(
      api.requestToken(connection, {
        body: { expires: '2030-01-02T03:04:05Z', name: 'myToken', scope: '*', notInTheDocs: true },
      }),
    ).resolves.toEqualTypeOf<api.RequestTokenResult>();
    const { data: rawData } = await raw.POST('/token', {
      body: { expires: '2030-01-02T03:04:05Z', name: 'myToken', scope: '*', notInTheDocs: true },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.RequestTokenResult | undefined>();
    expectTypeOf<api.RequestTokenResult>().toEqualTypeOf<api.GetSessionResult>();
  });

  it('tokensGet (GET /tokens)', async () => {
    expectTypeOf(client.tokensGet()).resolves.toEqualTypeOf<api.TokensGetResult>();
    expectTypeOf(api.tokensGet(connection)).resolves.toEqualTypeOf<api.TokensGetResult>();
    const { data: rawData } = await raw.GET('/tokens', {});
    expectTypeOf(rawData).toEqualTypeOf<api.TokensGetResult | undefined>();
    expectTypeOf<api.TokensGetResult>().toEqualTypeOf<api.TokensGetResult[number][]>();
    expectTypeOf<api.TokensGetResult[number]>().toEqualTypeOf<api.GetSessionResult>();
  });

  it('tokensSessionGet (GET /tokens/session)', async () => {
    expectTypeOf(client.tokensSessionGet()).resolves.toEqualTypeOf<api.TokensSessionGetResult>();
    expectTypeOf(api.tokensSessionGet(connection)).resolves.toEqualTypeOf<api.TokensSessionGetResult>();
    const { data: rawData } = await raw.GET('/tokens/session', {});
    expectTypeOf(rawData).toEqualTypeOf<api.TokensSessionGetResult | undefined>();
    expectTypeOf<api.TokensSessionGetResult>().toEqualTypeOf<api.TokensSessionGetResult[number][]>();
    expectTypeOf<api.TokensSessionGetResult[number]>().toEqualTypeOf<api.GetSessionResult>();
  });
});

describe('error bodies: isApiError narrows to the class and body of the status', () => {
  it('checkAwsAccessCredentials (GET /credentials/{namespace}/aws)', () => {
    if (api.isApiError(error, 'checkAwsAccessCredentials', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['checkAwsAccessCredentials']['default']>();
    }
    expectTypeOf<api.ErrorBodies['checkAwsAccessCredentials']['default']>().toEqualTypeOf<{
      [key: string]: unknown;
    }>();
  });

  it('addAwsAccessCredentials (POST /credentials/{namespace}/aws)', () => {
    if (api.isApiError(error, 'addAwsAccessCredentials', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['addAwsAccessCredentials']['default']>();
    }
    expectTypeOf<api.ErrorBodies['addAwsAccessCredentials']['default']>().toEqualTypeOf<
      api.ErrorBodies['checkAwsAccessCredentials']['default']
    >();
  });

  it('addUserToOrganization (POST /organizations/{organization}/user)', () => {
    if (api.isApiError(error, 'addUserToOrganization', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['addUserToOrganization']['default']>();
    }
    expectTypeOf<api.ErrorBodies['addUserToOrganization']['default']>().toEqualTypeOf<
      api.ErrorBodies['checkAwsAccessCredentials']['default']
    >();
  });

  it('checkAwsAccessCredentialsByName (GET /credentials/{namespace}/aws/{name})', () => {
    if (api.isApiError(error, 'checkAwsAccessCredentialsByName', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['checkAwsAccessCredentialsByName']['default']>();
    }
    expectTypeOf<api.ErrorBodies['checkAwsAccessCredentialsByName']['default']>().toEqualTypeOf<
      api.ErrorBodies['checkAwsAccessCredentials']['default']
    >();
  });

  it('deleteAwsAccessCredentials (DELETE /credentials/{namespace}/aws/{name})', () => {
    if (api.isApiError(error, 'deleteAwsAccessCredentials', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['deleteAwsAccessCredentials']['default']>();
    }
    expectTypeOf<api.ErrorBodies['deleteAwsAccessCredentials']['default']>().toEqualTypeOf<
      api.ErrorBodies['checkAwsAccessCredentials']['default']
    >();
  });

  it('updateAwsAccessCredentials (PATCH /credentials/{namespace}/aws/{name})', () => {
    if (api.isApiError(error, 'updateAwsAccessCredentials', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['updateAwsAccessCredentials']['default']>();
    }
    expectTypeOf<api.ErrorBodies['updateAwsAccessCredentials']['default']>().toEqualTypeOf<
      api.ErrorBodies['checkAwsAccessCredentials']['default']
    >();
  });

  it('confirmEmail (POST /user/confirm_email)', () => {
    if (api.isApiError(error, 'confirmEmail', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['confirmEmail']['default']>();
    }
    expectTypeOf<api.ErrorBodies['confirmEmail']['default']>().toEqualTypeOf<
      api.ErrorBodies['checkAwsAccessCredentials']['default']
    >();
  });

  it('getUser (GET /user)', () => {
    if (api.isApiError(error, 'getUser', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['getUser']['default']>();
    }
    expectTypeOf<api.ErrorBodies['getUser']['default']>().toEqualTypeOf<
      api.ErrorBodies['checkAwsAccessCredentials']['default']
    >();
  });

  it('createUser (POST /user)', () => {
    if (api.isApiError(error, 'createUser', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['createUser']['default']>();
    }
    expectTypeOf<api.ErrorBodies['createUser']['default']>().toEqualTypeOf<
      api.ErrorBodies['checkAwsAccessCredentials']['default']
    >();
  });

  it('getUserWithUsername (GET /users/{username})', () => {
    if (api.isApiError(error, 'getUserWithUsername', 404)) {
      expectTypeOf(error).toExtend<api.NotFoundError>();
      expectTypeOf(error.body).toEqualTypeOf<unknown>();
    }
    if (api.isApiError(error, 'getUserWithUsername', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['getUserWithUsername']['default']>();
    }
    expectTypeOf<api.ErrorBodies['getUserWithUsername']['default']>().toEqualTypeOf<
      api.ErrorBodies['checkAwsAccessCredentials']['default']
    >();
  });

  it('deleteUser (DELETE /users/{username})', () => {
    if (api.isApiError(error, 'deleteUser', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['deleteUser']['default']>();
    }
    expectTypeOf<api.ErrorBodies['deleteUser']['default']>().toEqualTypeOf<
      api.ErrorBodies['checkAwsAccessCredentials']['default']
    >();
  });

  it('updateUser (PATCH /users/{username})', () => {
    if (api.isApiError(error, 'updateUser', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['updateUser']['default']>();
    }
    expectTypeOf<api.ErrorBodies['updateUser']['default']>().toEqualTypeOf<
      api.ErrorBodies['checkAwsAccessCredentials']['default']
    >();
  });

  it('getOrganizationUser (GET /organizations/{organization}/{username})', () => {
    if (api.isApiError(error, 'getOrganizationUser', 404)) {
      expectTypeOf(error).toExtend<api.NotFoundError>();
      expectTypeOf(error.body).toEqualTypeOf<unknown>();
    }
    if (api.isApiError(error, 'getOrganizationUser', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['getOrganizationUser']['default']>();
    }
    expectTypeOf<api.ErrorBodies['getOrganizationUser']['default']>().toEqualTypeOf<
      api.ErrorBodies['checkAwsAccessCredentials']['default']
    >();
  });

  it('deleteUserFromOrganization (DELETE /organizations/{organization}/{username})', () => {
    if (api.isApiError(error, 'deleteUserFromOrganization', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['deleteUserFromOrganization']['default']>();
    }
    expectTypeOf<api.ErrorBodies['deleteUserFromOrganization']['default']>().toEqualTypeOf<
      api.ErrorBodies['checkAwsAccessCredentials']['default']
    >();
  });

  it('updateUserInOrganization (PATCH /organizations/{organization}/{username})', () => {
    if (api.isApiError(error, 'updateUserInOrganization', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['updateUserInOrganization']['default']>();
    }
    expectTypeOf<api.ErrorBodies['updateUserInOrganization']['default']>().toEqualTypeOf<
      api.ErrorBodies['checkAwsAccessCredentials']['default']
    >();
  });

  it('getSession (GET /session)', () => {
    if (api.isApiError(error, 'getSession', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['getSession']['default']>();
    }
    expectTypeOf<api.ErrorBodies['getSession']['default']>().toEqualTypeOf<
      api.ErrorBodies['checkAwsAccessCredentials']['default']
    >();
  });

  it('getTokenScopes (GET /tokens/scopes)', () => {
    if (api.isApiError(error, 'getTokenScopes', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['getTokenScopes']['default']>();
    }
    expectTypeOf<api.ErrorBodies['getTokenScopes']['default']>().toEqualTypeOf<
      api.ErrorBodies['checkAwsAccessCredentials']['default']
    >();
  });

  it('requestToken (POST /token)', () => {
    if (api.isApiError(error, 'requestToken', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['requestToken']['default']>();
    }
    expectTypeOf<api.ErrorBodies['requestToken']['default']>().toEqualTypeOf<
      api.ErrorBodies['checkAwsAccessCredentials']['default']
    >();
  });

  it('resetUserPassword (POST /user/password_reset)', () => {
    if (api.isApiError(error, 'resetUserPassword', 404)) {
      expectTypeOf(error).toExtend<api.NotFoundError>();
      expectTypeOf(error.body).toEqualTypeOf<unknown>();
    }
    if (api.isApiError(error, 'resetUserPassword', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['resetUserPassword']['default']>();
    }
    expectTypeOf<api.ErrorBodies['resetUserPassword']['default']>().toEqualTypeOf<
      api.ErrorBodies['checkAwsAccessCredentials']['default']
    >();
  });

  it('revokeToken (DELETE /tokens/{token})', () => {
    if (api.isApiError(error, 'revokeToken', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['revokeToken']['default']>();
    }
    expectTypeOf<api.ErrorBodies['revokeToken']['default']>().toEqualTypeOf<
      api.ErrorBodies['checkAwsAccessCredentials']['default']
    >();
  });

  it('tokensGet (GET /tokens)', () => {
    if (api.isApiError(error, 'tokensGet', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['tokensGet']['default']>();
    }
    expectTypeOf<api.ErrorBodies['tokensGet']['default']>().toEqualTypeOf<
      api.ErrorBodies['checkAwsAccessCredentials']['default']
    >();
  });

  it('tokensSessionGet (GET /tokens/session)', () => {
    if (api.isApiError(error, 'tokensSessionGet', 400)) {
      expectTypeOf(error).toExtend<api.BadRequestError>();
      expectTypeOf(error.body).toEqualTypeOf<api.ErrorBodies['tokensSessionGet']['default']>();
    }
    expectTypeOf<api.ErrorBodies['tokensSessionGet']['default']>().toEqualTypeOf<
      api.ErrorBodies['checkAwsAccessCredentials']['default']
    >();
  });
});

describe('paging: the items are the documented model; only paged operations have a paginator', () => {
  it('checkAwsAccessCredentials does not page: no paginator in either form', () => {
    // @ts-expect-error no operation of this API pages
    void client.paginate;
    // @ts-expect-error checkAwsAccessCredentials does not page
    void api.paginateCheckAwsAccessCredentials;
  });
});
