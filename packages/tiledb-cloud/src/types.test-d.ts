import { describe, expectTypeOf, it } from 'vitest';
import { createTiledbCloud, createTiledbCloudClient } from './index.js';
import { createTiledbCloudRawClient } from './raw.js';

// Compile-time checks only (vitest typecheck): nothing here is run. No doc proves a model's field list
// complete, so every body and response takes fields the docs do not show (typed `unknown`) while each
// documented field keeps its type. One case per operation, rendered from the spec by the template.
const client = createTiledbCloudClient();
const raw = createTiledbCloudRawClient(createTiledbCloud());

describe('request bodies take every documented field and one the docs do not show', () => {
  it('addAwsAccessCredentials (POST /credentials/{namespace}/aws)', () => {
    void client.addAwsAccessCredentials({
      path: { namespace: 'sample' },
      body: {
        secret_access_key: 'sample',
        access_key_id: 'sample',
        service_role_arn: 'sample',
        name: 'sample',
        default: true,
        buckets: ['s3://company-bucket-1/tiledb/'],
        created_at: '2030-01-02T03:04:05Z',
        updated_at: '2030-01-02T03:04:05Z',
        notInTheDocs: true,
      },
    });
    void raw.POST('/credentials/{namespace}/aws', {
      params: { path: { namespace: 'sample' } },
      body: {
        secret_access_key: 'sample',
        access_key_id: 'sample',
        service_role_arn: 'sample',
        name: 'sample',
        default: true,
        buckets: ['s3://company-bucket-1/tiledb/'],
        created_at: '2030-01-02T03:04:05Z',
        updated_at: '2030-01-02T03:04:05Z',
        notInTheDocs: true,
      },
    });
    const body = {
      secret_access_key: 'sample',
      access_key_id: 'sample',
      service_role_arn: 'sample',
      name: 'sample',
      default: true,
      buckets: ['s3://company-bucket-1/tiledb/'],
      created_at: '2030-01-02T03:04:05Z',
      updated_at: '2030-01-02T03:04:05Z',
    };
    void client.addAwsAccessCredentials({
      path: { namespace: 'sample' },
      body: {
        ...body,
        // @ts-expect-error "secret_access_key" is documented as a string
        secret_access_key: 7,
      },
    });
    void raw.POST('/credentials/{namespace}/aws', {
      params: { path: { namespace: 'sample' } },
      body: {
        ...body,
        // @ts-expect-error "secret_access_key" is documented as a string
        secret_access_key: 7,
      },
    });
  });

  it('addUserToOrganization (POST /organizations/{organization}/user)', () => {
    void client.addUserToOrganization({
      path: { organization: 'sample' },
      body: {
        user_id: '00000000-0000-0000-0000-000000000000',
        organization_id: '00000000-0000-0000-0000-000000000000',
        username: 'username',
        organization_name: 'MyOrganization',
        role: 'owner',
        allowed_actions: ['read'],
        notInTheDocs: true,
      },
    });
    void raw.POST('/organizations/{organization}/user', {
      params: { path: { organization: 'sample' } },
      body: {
        user_id: '00000000-0000-0000-0000-000000000000',
        organization_id: '00000000-0000-0000-0000-000000000000',
        username: 'username',
        organization_name: 'MyOrganization',
        role: 'owner',
        allowed_actions: ['read'],
        notInTheDocs: true,
      },
    });
    const body = {
      user_id: '00000000-0000-0000-0000-000000000000',
      organization_id: '00000000-0000-0000-0000-000000000000',
      username: 'username',
      organization_name: 'MyOrganization',
      role: 'owner',
      allowed_actions: ['read'],
    };
    void client.addUserToOrganization({
      path: { organization: 'sample' },
      body: {
        ...body,
        // @ts-expect-error "user_id" is documented as a string
        user_id: 7,
      },
    });
    void raw.POST('/organizations/{organization}/user', {
      params: { path: { organization: 'sample' } },
      body: {
        ...body,
        // @ts-expect-error "user_id" is documented as a string
        user_id: 7,
      },
    });
  });

  it('updateAwsAccessCredentials (PATCH /credentials/{namespace}/aws/{name})', () => {
    void client.updateAwsAccessCredentials({
      path: { namespace: 'sample', name: 'sample' },
      body: {
        secret_access_key: 'sample',
        access_key_id: 'sample',
        service_role_arn: 'sample',
        name: 'sample',
        default: true,
        buckets: ['s3://company-bucket-1/tiledb/'],
        created_at: '2030-01-02T03:04:05Z',
        updated_at: '2030-01-02T03:04:05Z',
        notInTheDocs: true,
      },
    });
    void raw.PATCH('/credentials/{namespace}/aws/{name}', {
      params: { path: { namespace: 'sample', name: 'sample' } },
      body: {
        secret_access_key: 'sample',
        access_key_id: 'sample',
        service_role_arn: 'sample',
        name: 'sample',
        default: true,
        buckets: ['s3://company-bucket-1/tiledb/'],
        created_at: '2030-01-02T03:04:05Z',
        updated_at: '2030-01-02T03:04:05Z',
        notInTheDocs: true,
      },
    });
    const body = {
      secret_access_key: 'sample',
      access_key_id: 'sample',
      service_role_arn: 'sample',
      name: 'sample',
      default: true,
      buckets: ['s3://company-bucket-1/tiledb/'],
      created_at: '2030-01-02T03:04:05Z',
      updated_at: '2030-01-02T03:04:05Z',
    };
    void client.updateAwsAccessCredentials({
      path: { namespace: 'sample', name: 'sample' },
      body: {
        ...body,
        // @ts-expect-error "secret_access_key" is documented as a string
        secret_access_key: 7,
      },
    });
    void raw.PATCH('/credentials/{namespace}/aws/{name}', {
      params: { path: { namespace: 'sample', name: 'sample' } },
      body: {
        ...body,
        // @ts-expect-error "secret_access_key" is documented as a string
        secret_access_key: 7,
      },
    });
  });

  it('createUser (POST /user)', () => {
    void client.createUser({
      body: {
        username: 'username',
        id: '00000000-0000-0000-0000-000000000000',
        password: 'password',
        name: 'Jane Doe',
        email: 'jane.doe@example.com',
        is_valid_email: true,
        stripe_connect: true,
        company: 'TileDB',
        logo: 'sample',
        last_activity_date: '2030-01-02T03:04:05Z',
        timezone: 'Europe/Athens',
        organizations: [
          {
            user_id: '00000000-0000-0000-0000-000000000000',
            organization_id: '00000000-0000-0000-0000-000000000000',
            username: 'username',
            organization_name: 'MyOrganization',
            role: 'owner',
            allowed_actions: ['read'],
            notInTheDocs: true,
          },
        ],
        allowed_actions: ['read'],
        enabled_features: ['sample'],
        unpaid_subscription: true,
        default_s3_path: 'sample',
        default_s3_path_credentials_name: 'sample',
        default_namespace_charged: 'sample',
        notInTheDocs: true,
      },
    });
    void raw.POST('/user', {
      body: {
        username: 'username',
        id: '00000000-0000-0000-0000-000000000000',
        password: 'password',
        name: 'Jane Doe',
        email: 'jane.doe@example.com',
        is_valid_email: true,
        stripe_connect: true,
        company: 'TileDB',
        logo: 'sample',
        last_activity_date: '2030-01-02T03:04:05Z',
        timezone: 'Europe/Athens',
        organizations: [
          {
            user_id: '00000000-0000-0000-0000-000000000000',
            organization_id: '00000000-0000-0000-0000-000000000000',
            username: 'username',
            organization_name: 'MyOrganization',
            role: 'owner',
            allowed_actions: ['read'],
            notInTheDocs: true,
          },
        ],
        allowed_actions: ['read'],
        enabled_features: ['sample'],
        unpaid_subscription: true,
        default_s3_path: 'sample',
        default_s3_path_credentials_name: 'sample',
        default_namespace_charged: 'sample',
        notInTheDocs: true,
      },
    });
    const body = {
      username: 'username',
      id: '00000000-0000-0000-0000-000000000000',
      password: 'password',
      name: 'Jane Doe',
      email: 'jane.doe@example.com',
      is_valid_email: true,
      stripe_connect: true,
      company: 'TileDB',
      logo: 'sample',
      last_activity_date: '2030-01-02T03:04:05Z',
      timezone: 'Europe/Athens',
      organizations: [
        {
          user_id: '00000000-0000-0000-0000-000000000000',
          organization_id: '00000000-0000-0000-0000-000000000000',
          username: 'username',
          organization_name: 'MyOrganization',
          role: 'owner',
          allowed_actions: ['read'],
          notInTheDocs: true,
        },
      ],
      allowed_actions: ['read'],
      enabled_features: ['sample'],
      unpaid_subscription: true,
      default_s3_path: 'sample',
      default_s3_path_credentials_name: 'sample',
      default_namespace_charged: 'sample',
    };
    void client.createUser({
      body: {
        ...body,
        // @ts-expect-error "username" is documented as a string
        username: 7,
      },
    });
    void raw.POST('/user', {
      body: {
        ...body,
        // @ts-expect-error "username" is documented as a string
        username: 7,
      },
    });
  });

  it('updateUser (PATCH /users/{username})', () => {
    void client.updateUser({
      path: { username: 'sample' },
      body: {
        username: 'username',
        id: '00000000-0000-0000-0000-000000000000',
        password: 'password',
        name: 'Jane Doe',
        email: 'jane.doe@example.com',
        is_valid_email: true,
        stripe_connect: true,
        company: 'TileDB',
        logo: 'sample',
        last_activity_date: '2030-01-02T03:04:05Z',
        timezone: 'Europe/Athens',
        organizations: [
          {
            user_id: '00000000-0000-0000-0000-000000000000',
            organization_id: '00000000-0000-0000-0000-000000000000',
            username: 'username',
            organization_name: 'MyOrganization',
            role: 'owner',
            allowed_actions: ['read'],
            notInTheDocs: true,
          },
        ],
        allowed_actions: ['read'],
        enabled_features: ['sample'],
        unpaid_subscription: true,
        default_s3_path: 'sample',
        default_s3_path_credentials_name: 'sample',
        default_namespace_charged: 'sample',
        notInTheDocs: true,
      },
    });
    void raw.PATCH('/users/{username}', {
      params: { path: { username: 'sample' } },
      body: {
        username: 'username',
        id: '00000000-0000-0000-0000-000000000000',
        password: 'password',
        name: 'Jane Doe',
        email: 'jane.doe@example.com',
        is_valid_email: true,
        stripe_connect: true,
        company: 'TileDB',
        logo: 'sample',
        last_activity_date: '2030-01-02T03:04:05Z',
        timezone: 'Europe/Athens',
        organizations: [
          {
            user_id: '00000000-0000-0000-0000-000000000000',
            organization_id: '00000000-0000-0000-0000-000000000000',
            username: 'username',
            organization_name: 'MyOrganization',
            role: 'owner',
            allowed_actions: ['read'],
            notInTheDocs: true,
          },
        ],
        allowed_actions: ['read'],
        enabled_features: ['sample'],
        unpaid_subscription: true,
        default_s3_path: 'sample',
        default_s3_path_credentials_name: 'sample',
        default_namespace_charged: 'sample',
        notInTheDocs: true,
      },
    });
    const body = {
      username: 'username',
      id: '00000000-0000-0000-0000-000000000000',
      password: 'password',
      name: 'Jane Doe',
      email: 'jane.doe@example.com',
      is_valid_email: true,
      stripe_connect: true,
      company: 'TileDB',
      logo: 'sample',
      last_activity_date: '2030-01-02T03:04:05Z',
      timezone: 'Europe/Athens',
      organizations: [
        {
          user_id: '00000000-0000-0000-0000-000000000000',
          organization_id: '00000000-0000-0000-0000-000000000000',
          username: 'username',
          organization_name: 'MyOrganization',
          role: 'owner',
          allowed_actions: ['read'],
          notInTheDocs: true,
        },
      ],
      allowed_actions: ['read'],
      enabled_features: ['sample'],
      unpaid_subscription: true,
      default_s3_path: 'sample',
      default_s3_path_credentials_name: 'sample',
      default_namespace_charged: 'sample',
    };
    void client.updateUser({
      path: { username: 'sample' },
      body: {
        ...body,
        // @ts-expect-error "username" is documented as a string
        username: 7,
      },
    });
    void raw.PATCH('/users/{username}', {
      params: { path: { username: 'sample' } },
      body: {
        ...body,
        // @ts-expect-error "username" is documented as a string
        username: 7,
      },
    });
  });

  it('updateUserInOrganization (PATCH /organizations/{organization}/{username})', () => {
    void client.updateUserInOrganization({
      path: { organization: 'sample', username: 'sample' },
      body: {
        user_id: '00000000-0000-0000-0000-000000000000',
        organization_id: '00000000-0000-0000-0000-000000000000',
        username: 'username',
        organization_name: 'MyOrganization',
        role: 'owner',
        allowed_actions: ['read'],
        notInTheDocs: true,
      },
    });
    void raw.PATCH('/organizations/{organization}/{username}', {
      params: { path: { organization: 'sample', username: 'sample' } },
      body: {
        user_id: '00000000-0000-0000-0000-000000000000',
        organization_id: '00000000-0000-0000-0000-000000000000',
        username: 'username',
        organization_name: 'MyOrganization',
        role: 'owner',
        allowed_actions: ['read'],
        notInTheDocs: true,
      },
    });
    const body = {
      user_id: '00000000-0000-0000-0000-000000000000',
      organization_id: '00000000-0000-0000-0000-000000000000',
      username: 'username',
      organization_name: 'MyOrganization',
      role: 'owner',
      allowed_actions: ['read'],
    };
    void client.updateUserInOrganization({
      path: { organization: 'sample', username: 'sample' },
      body: {
        ...body,
        // @ts-expect-error "user_id" is documented as a string
        user_id: 7,
      },
    });
    void raw.PATCH('/organizations/{organization}/{username}', {
      params: { path: { organization: 'sample', username: 'sample' } },
      body: {
        ...body,
        // @ts-expect-error "user_id" is documented as a string
        user_id: 7,
      },
    });
  });

  it('requestToken (POST /token)', () => {
    void client.requestToken({
      body: { expires: '2030-01-02T03:04:05Z', name: 'myToken', scope: '*', notInTheDocs: true },
    });
    void raw.POST('/token', {
      body: { expires: '2030-01-02T03:04:05Z', name: 'myToken', scope: '*', notInTheDocs: true },
    });
    const body = { expires: '2030-01-02T03:04:05Z', name: 'myToken', scope: '*' };
    void client.requestToken({
      body: {
        ...body,
        // @ts-expect-error "expires" is documented as a string
        expires: 7,
      },
    });
    void raw.POST('/token', {
      body: {
        ...body,
        // @ts-expect-error "expires" is documented as a string
        expires: 7,
      },
    });
  });

  it('resetUserPassword (POST /user/password_reset)', () => {
    void client.resetUserPassword({ body: { password: 'password', notInTheDocs: true } });
    void raw.POST('/user/password_reset', { body: { password: 'password', notInTheDocs: true } });
    const body = { password: 'password' };
    void client.resetUserPassword({
      body: {
        ...body,
        // @ts-expect-error "password" is documented as a string
        password: 7,
      },
    });
    void raw.POST('/user/password_reset', {
      body: {
        ...body,
        // @ts-expect-error "password" is documented as a string
        password: 7,
      },
    });
  });
});

describe('success bodies read undocumented fields as unknown and documented ones as typed', () => {
  it('checkAwsAccessCredentials (GET /credentials/{namespace}/aws)', async () => {
    const data = await client.checkAwsAccessCredentials({ path: { namespace: 'sample' } });
    expectTypeOf(data[0]?.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/credentials/{namespace}/aws', {
      params: { path: { namespace: 'sample' } },
    });
    expectTypeOf(rawData?.[0]?.notInTheDocs).toBeUnknown();
    expectTypeOf(data[0]?.secret_access_key).toEqualTypeOf<string | undefined>();
    expectTypeOf(rawData?.[0]?.secret_access_key).toEqualTypeOf<string | undefined>();
  });

  it('checkAwsAccessCredentialsByName (GET /credentials/{namespace}/aws/{name})', async () => {
    const data = await client.checkAwsAccessCredentialsByName({
      path: { namespace: 'sample', name: 'sample' },
    });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/credentials/{namespace}/aws/{name}', {
      params: { path: { namespace: 'sample', name: 'sample' } },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.secret_access_key).toEqualTypeOf<string | undefined>();
    expectTypeOf(rawData?.secret_access_key).toEqualTypeOf<string | undefined>();
  });

  it('getUser (GET /user)', async () => {
    const data = await client.getUser();
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user', {});
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.username).toEqualTypeOf<string>();
    expectTypeOf(rawData?.username).toEqualTypeOf<string | undefined>();
  });

  it('getUserWithUsername (GET /users/{username})', async () => {
    const data = await client.getUserWithUsername({ path: { username: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/users/{username}', {
      params: { path: { username: 'sample' } },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.username).toEqualTypeOf<string>();
    expectTypeOf(rawData?.username).toEqualTypeOf<string | undefined>();
  });

  it('getOrganizationUser (GET /organizations/{organization}/{username})', async () => {
    const data = await client.getOrganizationUser({ path: { organization: 'sample', username: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/organizations/{organization}/{username}', {
      params: { path: { organization: 'sample', username: 'sample' } },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.user_id).toEqualTypeOf<string | undefined>();
    expectTypeOf(rawData?.user_id).toEqualTypeOf<string | undefined>();
  });

  it('getSession (GET /session)', async () => {
    const data = await client.getSession();
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/session', {});
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.token).toEqualTypeOf<string | undefined>();
    expectTypeOf(rawData?.token).toEqualTypeOf<string | undefined>();
  });

  it('requestToken (POST /token)', async () => {
    const data = await client.requestToken({
      body: { expires: '2030-01-02T03:04:05Z', name: 'myToken', scope: '*', notInTheDocs: true },
    });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.POST('/token', {
      body: { expires: '2030-01-02T03:04:05Z', name: 'myToken', scope: '*', notInTheDocs: true },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.token).toEqualTypeOf<string | undefined>();
    expectTypeOf(rawData?.token).toEqualTypeOf<string | undefined>();
  });

  it('tokensGet (GET /tokens)', async () => {
    const data = await client.tokensGet();
    expectTypeOf(data[0]?.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/tokens', {});
    expectTypeOf(rawData?.[0]?.notInTheDocs).toBeUnknown();
    expectTypeOf(data[0]?.token).toEqualTypeOf<string | undefined>();
    expectTypeOf(rawData?.[0]?.token).toEqualTypeOf<string | undefined>();
  });

  it('tokensSessionGet (GET /tokens/session)', async () => {
    const data = await client.tokensSessionGet();
    expectTypeOf(data[0]?.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/tokens/session', {});
    expectTypeOf(rawData?.[0]?.notInTheDocs).toBeUnknown();
    expectTypeOf(data[0]?.token).toEqualTypeOf<string | undefined>();
    expectTypeOf(rawData?.[0]?.token).toEqualTypeOf<string | undefined>();
  });
});
