import { describe, expectTypeOf, it } from 'vitest';
import * as api from './index.js';
import { createOnezoneRawClient } from './raw.js';

// Compile-time checks only (vitest typecheck): nothing here is run. Rendered from the spec by the
// template (scripts/generate/type-cases.ts), one case per operation. No doc proves a model's field list
// complete, so bodies and responses take fields the docs do not show (typed `unknown`) unless the spec
// closes the model, while each documented field has its exact type.
const client = api.createOnezoneClient();
const connection = api.createOnezone();
const raw = createOnezoneRawClient(connection);
declare const error: unknown;

describe('request bodies: documented fields typed, required ones required, read-only ones never', () => {
  it('addUserHandleService (POST /user/handle_services)', () => {
    const body: NonNullable<api.AddUserHandleServiceInput['body']> = {
      handleServiceId: 'sample',
      name: 'MyCommunity Handle service',
      proxyEndpoint: 'https://localhost:17000/handle_proxy',
      serviceProperties: {
        type: 'DOI',
        allowTemplateOverride: true,
        doiEndpoint: '/doi',
        host: 'https://mds.test.datacite.org',
        identifierTemplate: '{{space.name}}-{{space.guid}}',
        mediaEndpoint: '/media',
        metadataEndpoint: '/metadata',
        password: 'pa$$word',
        prefix: 10.5072,
        username: 'alice',
        notInTheDocs: true,
      },
      creator: { type: 'user', id: '7434b256e71e1052e0d5e3e9da657ebf', notInTheDocs: true },
      creationTime: 1576152793,
      notInTheDocs: true,
    };
    void client.addUserHandleService({ body: body });
    void api.addUserHandleService(connection, { body: body });
    void raw.POST('/user/handle_services', { body: body });
    const minimal: NonNullable<api.AddUserHandleServiceInput['body']> = {
      handleServiceId: 'sample',
      name: 'MyCommunity Handle service',
      proxyEndpoint: 'https://localhost:17000/handle_proxy',
      serviceProperties: { type: 'DOI' },
      creator: {},
      creationTime: 1576152793,
    };
    const { handleServiceId: _0, ...without0 } = minimal;
    void client.addUserHandleService({
      // @ts-expect-error "handleServiceId" is required
      body: without0,
    });
    void api.addUserHandleService(connection, {
      // @ts-expect-error "handleServiceId" is required
      body: without0,
    });
    void raw.POST('/user/handle_services', {
      // @ts-expect-error "handleServiceId" is required
      body: without0,
    });
    const { name: _1, ...without1 } = minimal;
    void client.addUserHandleService({
      // @ts-expect-error "name" is required
      body: without1,
    });
    const { proxyEndpoint: _2, ...without2 } = minimal;
    void client.addUserHandleService({
      // @ts-expect-error "proxyEndpoint" is required
      body: without2,
    });
    const { serviceProperties: _3, ...without3 } = minimal;
    void client.addUserHandleService({
      // @ts-expect-error "serviceProperties" is required
      body: without3,
    });
    const { creator: _4, ...without4 } = minimal;
    void client.addUserHandleService({
      // @ts-expect-error "creator" is required
      body: without4,
    });
    const { creationTime: _5, ...without5 } = minimal;
    void client.addUserHandleService({
      // @ts-expect-error "creationTime" is required
      body: without5,
    });
    void client.addUserHandleService({
      body: {
        ...minimal,
        // @ts-expect-error "handleServiceId" is documented as a string
        handleServiceId: 7,
      },
    });
  });

  it('changeUserBasicAuthSettings (PATCH /users/{id}/basic_auth)', () => {
    const body: NonNullable<api.ChangeUserBasicAuthSettingsInput['body']> = {
      basicAuthEnabled: true,
      newPassword: 'password123',
      notInTheDocs: true,
    };
    void client.changeUserBasicAuthSettings({ path: { id: 'sample' }, body: body });
    void api.changeUserBasicAuthSettings(connection, { path: { id: 'sample' }, body: body });
    void raw.PATCH('/users/{id}/basic_auth', { params: { path: { id: 'sample' } }, body: body });
    const minimal: NonNullable<api.ChangeUserBasicAuthSettingsInput['body']> = {};
    void client.changeUserBasicAuthSettings({
      path: { id: 'sample' },
      body: {
        ...minimal,
        // @ts-expect-error "basicAuthEnabled" is documented as a boolean
        basicAuthEnabled: 'yes',
      },
    });
  });

  it('changeUserPassword (PATCH /user/password)', () => {
    const body: NonNullable<api.ChangeUserPasswordInput['body']> = {
      oldPassword: 'password',
      newPassword: 'password123',
      notInTheDocs: true,
    };
    void client.changeUserPassword({ body: body });
    void api.changeUserPassword(connection, { body: body });
    void raw.PATCH('/user/password', { body: body });
    const minimal: NonNullable<api.ChangeUserPasswordInput['body']> = {};
    void client.changeUserPassword({
      body: {
        ...minimal,
        // @ts-expect-error "oldPassword" is documented as a string
        oldPassword: 7,
      },
    });
  });

  it('createUser (POST /users)', () => {
    const body: NonNullable<api.CreateUserInput['body']> = {
      fullName: 'sample',
      username: 'new_user',
      password: 'lS1c6FD2mxB2ff',
      notInTheDocs: true,
    };
    void client.createUser({ body: body });
    void api.createUser(connection, { body: body });
    void raw.POST('/users', { body: body });
    const minimal: NonNullable<api.CreateUserInput['body']> = {};
    void client.createUser({
      body: {
        ...minimal,
        // @ts-expect-error "fullName" is documented as a string
        fullName: 7,
      },
    });
  });

  it('createUserGroup (POST /user/groups)', () => {
    const body: NonNullable<api.CreateUserGroupInput['body']> = {
      groupId: '59fec3bd894eef1cdae81623f477e370',
      name: 'test_group',
      type: 'team',
      creator: { type: 'user', id: '7434b256e71e1052e0d5e3e9da657ebf', notInTheDocs: true },
      creationTime: 1576152793,
      notInTheDocs: true,
    };
    void client.createUserGroup({ body: body });
    void api.createUserGroup(connection, { body: body });
    void raw.POST('/user/groups', { body: body });
    const minimal: NonNullable<api.CreateUserGroupInput['body']> = {
      groupId: '59fec3bd894eef1cdae81623f477e370',
      name: 'test_group',
      type: 'team',
      creationTime: 1576152793,
    };
    const { groupId: _0, ...without0 } = minimal;
    void client.createUserGroup({
      // @ts-expect-error "groupId" is required
      body: without0,
    });
    void api.createUserGroup(connection, {
      // @ts-expect-error "groupId" is required
      body: without0,
    });
    void raw.POST('/user/groups', {
      // @ts-expect-error "groupId" is required
      body: without0,
    });
    const { name: _1, ...without1 } = minimal;
    void client.createUserGroup({
      // @ts-expect-error "name" is required
      body: without1,
    });
    const { type: _2, ...without2 } = minimal;
    void client.createUserGroup({
      // @ts-expect-error "type" is required
      body: without2,
    });
    const { creationTime: _3, ...without3 } = minimal;
    void client.createUserGroup({
      // @ts-expect-error "creationTime" is required
      body: without3,
    });
    void client.createUserGroup({
      body: {
        ...minimal,
        // @ts-expect-error "groupId" is documented as a string
        groupId: 7,
      },
    });
  });

  it('createUserHandle (POST /user/handles)', () => {
    const body: NonNullable<api.CreateUserHandleInput['body']> = {
      handleServiceId: 'ddb06ed993bae95f2f430664fff122f7',
      resourceType: 'Share',
      resourceId: '4fa683cbda8d8f686d15d42720af431d',
      metadata: "<?xml version='1.0'?>...",
      notInTheDocs: true,
    };
    void client.createUserHandle({ body: body });
    void api.createUserHandle(connection, { body: body });
    void raw.POST('/user/handles', { body: body });
    const minimal: NonNullable<api.CreateUserHandleInput['body']> = {
      handleServiceId: 'ddb06ed993bae95f2f430664fff122f7',
      resourceType: 'Share',
      resourceId: '4fa683cbda8d8f686d15d42720af431d',
      metadata: "<?xml version='1.0'?>...",
    };
    const { handleServiceId: _0, ...without0 } = minimal;
    void client.createUserHandle({
      // @ts-expect-error "handleServiceId" is required
      body: without0,
    });
    void api.createUserHandle(connection, {
      // @ts-expect-error "handleServiceId" is required
      body: without0,
    });
    void raw.POST('/user/handles', {
      // @ts-expect-error "handleServiceId" is required
      body: without0,
    });
    const { resourceType: _1, ...without1 } = minimal;
    void client.createUserHandle({
      // @ts-expect-error "resourceType" is required
      body: without1,
    });
    const { resourceId: _2, ...without2 } = minimal;
    void client.createUserHandle({
      // @ts-expect-error "resourceId" is required
      body: without2,
    });
    const { metadata: _3, ...without3 } = minimal;
    void client.createUserHandle({
      // @ts-expect-error "metadata" is required
      body: without3,
    });
    void client.createUserHandle({
      body: {
        ...minimal,
        // @ts-expect-error "handleServiceId" is documented as a string
        handleServiceId: 7,
      },
    });
  });

  it('createUserHarvester (POST /user/harvesters)', () => {
    const body: NonNullable<api.CreateUserHarvesterInput['body']> = {
      name: 'new_harvester',
      harvestingBackendType: 'elasticsearch_harvesting_backend',
      harvestingBackendEndpoint: 'sample',
      guiPluginConfig: { guiPluginConfig: { notInTheDocs: true }, notInTheDocs: true },
      endpoint: 'example.elastic.com:9200',
      config: {
        typeMapping: [{ id: 0, name: 'Type 1', notInTheDocs: true }],
        externalHelpLink: 'http://example.com/some_help_page',
        refreshDataTimeout: 1000,
        notInTheDocs: true,
      },
      notInTheDocs: true,
    };
    void client.createUserHarvester({ body: body });
    void api.createUserHarvester(connection, { body: body });
    void raw.POST('/user/harvesters', { body: body });
    const minimal: NonNullable<api.CreateUserHarvesterInput['body']> = {
      name: 'new_harvester',
      harvestingBackendType: 'elasticsearch_harvesting_backend',
      harvestingBackendEndpoint: 'sample',
    };
    const { name: _0, ...without0 } = minimal;
    void client.createUserHarvester({
      // @ts-expect-error "name" is required
      body: without0,
    });
    void api.createUserHarvester(connection, {
      // @ts-expect-error "name" is required
      body: without0,
    });
    void raw.POST('/user/harvesters', {
      // @ts-expect-error "name" is required
      body: without0,
    });
    const { harvestingBackendType: _1, ...without1 } = minimal;
    void client.createUserHarvester({
      // @ts-expect-error "harvestingBackendType" is required
      body: without1,
    });
    const { harvestingBackendEndpoint: _2, ...without2 } = minimal;
    void client.createUserHarvester({
      // @ts-expect-error "harvestingBackendEndpoint" is required
      body: without2,
    });
    void client.createUserHarvester({
      body: {
        ...minimal,
        // @ts-expect-error "name" is documented as a string
        name: 7,
      },
    });
  });

  it('createUserSpace (POST /user/spaces)', () => {
    const body: NonNullable<api.CreateUserSpaceInput['body']> = { name: 'test_space', notInTheDocs: true };
    void client.createUserSpace({ body: body });
    void api.createUserSpace(connection, { body: body });
    void raw.POST('/user/spaces', { body: body });
    const minimal: NonNullable<api.CreateUserSpaceInput['body']> = { name: 'test_space' };
    const { name: _0, ...without0 } = minimal;
    void client.createUserSpace({
      // @ts-expect-error "name" is required
      body: without0,
    });
    void api.createUserSpace(connection, {
      // @ts-expect-error "name" is required
      body: without0,
    });
    void raw.POST('/user/spaces', {
      // @ts-expect-error "name" is required
      body: without0,
    });
    void client.createUserSpace({
      body: {
        ...minimal,
        // @ts-expect-error "name" is documented as a string
        name: 7,
      },
    });
  });

  it('modifyCurrentUser (PATCH /user)', () => {
    const body: NonNullable<api.ModifyCurrentUserInput['body']> = {
      fullName: 'John Doe',
      username: 'sample',
      notInTheDocs: true,
    };
    void client.modifyCurrentUser({ body: body });
    void api.modifyCurrentUser(connection, { body: body });
    void raw.PATCH('/user', { body: body });
    const minimal: NonNullable<api.ModifyCurrentUserInput['body']> = {};
    void client.modifyCurrentUser({
      body: {
        ...minimal,
        // @ts-expect-error "fullName" is documented as a string
        fullName: 7,
      },
    });
  });

  it('setUserSpaceAlias (PUT /user/spaces/{sid}/alias)', () => {
    const body: NonNullable<api.SetUserSpaceAliasInput['body']> = {
      alias: 'Test space 2',
      notInTheDocs: true,
    };
    void client.setUserSpaceAlias({ path: { sid: 'sample' }, body: body });
    void api.setUserSpaceAlias(connection, { path: { sid: 'sample' }, body: body });
    void raw.PUT('/user/spaces/{sid}/alias', { params: { path: { sid: 'sample' } }, body: body });
    const minimal: NonNullable<api.SetUserSpaceAliasInput['body']> = { alias: 'Test space 2' };
    const { alias: _0, ...without0 } = minimal;
    void client.setUserSpaceAlias({
      path: { sid: 'sample' },
      // @ts-expect-error "alias" is required
      body: without0,
    });
    void api.setUserSpaceAlias(connection, {
      path: { sid: 'sample' },
      // @ts-expect-error "alias" is required
      body: without0,
    });
    void raw.PUT('/user/spaces/{sid}/alias', {
      params: { path: { sid: 'sample' } },
      // @ts-expect-error "alias" is required
      body: without0,
    });
    void client.setUserSpaceAlias({
      path: { sid: 'sample' },
      body: {
        ...minimal,
        // @ts-expect-error "alias" is documented as a string
        alias: 7,
      },
    });
  });

  it('joinGroup (POST /user/groups/join)', () => {
    const body: NonNullable<api.JoinGroupInput['body']> = {
      token: '9ef3973a007d616cb6b3e95829dec18a',
      notInTheDocs: true,
    };
    void client.joinGroup({ body: body });
    void api.joinGroup(connection, { body: body });
    void raw.POST('/user/groups/join', { body: body });
    const minimal: NonNullable<api.JoinGroupInput['body']> = { token: '9ef3973a007d616cb6b3e95829dec18a' };
    const { token: _0, ...without0 } = minimal;
    void client.joinGroup({
      // @ts-expect-error "token" is required
      body: without0,
    });
    void api.joinGroup(connection, {
      // @ts-expect-error "token" is required
      body: without0,
    });
    void raw.POST('/user/groups/join', {
      // @ts-expect-error "token" is required
      body: without0,
    });
    void client.joinGroup({
      body: {
        ...minimal,
        // @ts-expect-error "token" is documented as a string
        token: 7,
      },
    });
  });

  it('joinHarvester (POST /user/harvesters/join)', () => {
    const body: NonNullable<api.JoinHarvesterInput['body']> = {
      token: 'MDAxNmxvY2F00aW9uRVM2TVo5UlZ5cGFjZV9jcmLciFsOgyUkPI3f02le6PM01IX8go',
      notInTheDocs: true,
    };
    void client.joinHarvester({ body: body });
    void api.joinHarvester(connection, { body: body });
    void raw.POST('/user/harvesters/join', { body: body });
    const minimal: NonNullable<api.JoinHarvesterInput['body']> = {
      token: 'MDAxNmxvY2F00aW9uRVM2TVo5UlZ5cGFjZV9jcmLciFsOgyUkPI3f02le6PM01IX8go',
    };
    const { token: _0, ...without0 } = minimal;
    void client.joinHarvester({
      // @ts-expect-error "token" is required
      body: without0,
    });
    void api.joinHarvester(connection, {
      // @ts-expect-error "token" is required
      body: without0,
    });
    void raw.POST('/user/harvesters/join', {
      // @ts-expect-error "token" is required
      body: without0,
    });
    void client.joinHarvester({
      body: {
        ...minimal,
        // @ts-expect-error "token" is documented as a string
        token: 7,
      },
    });
  });

  it('joinSpace (POST /user/spaces/join)', () => {
    const body: NonNullable<api.JoinSpaceInput['body']> = {
      token: 'MDAxNmxvY2F00aW9uRVM2TVo5UlZ5cGFjZV9jcmLciFsOgyUkPI3f02le6PM01IX8go',
      notInTheDocs: true,
    };
    void client.joinSpace({ body: body });
    void api.joinSpace(connection, { body: body });
    void raw.POST('/user/spaces/join', { body: body });
    const minimal: NonNullable<api.JoinSpaceInput['body']> = {
      token: 'MDAxNmxvY2F00aW9uRVM2TVo5UlZ5cGFjZV9jcmLciFsOgyUkPI3f02le6PM01IX8go',
    };
    const { token: _0, ...without0 } = minimal;
    void client.joinSpace({
      // @ts-expect-error "token" is required
      body: without0,
    });
    void api.joinSpace(connection, {
      // @ts-expect-error "token" is required
      body: without0,
    });
    void raw.POST('/user/spaces/join', {
      // @ts-expect-error "token" is required
      body: without0,
    });
    void client.joinSpace({
      body: {
        ...minimal,
        // @ts-expect-error "token" is documented as a string
        token: 7,
      },
    });
  });

  it('updateCurrentUserAdminPrivileges (PATCH /user/privileges)', () => {
    const body: NonNullable<api.UpdateCurrentUserAdminPrivilegesInput['body']> = {
      grant: ['oz_view_privileges'],
      revoke: ['oz_view_privileges'],
      notInTheDocs: true,
    };
    void client.updateCurrentUserAdminPrivileges({ body: body });
    void api.updateCurrentUserAdminPrivileges(connection, { body: body });
    void raw.PATCH('/user/privileges', { body: body });
    const minimal: NonNullable<api.UpdateCurrentUserAdminPrivilegesInput['body']> = {};
    void client.updateCurrentUserAdminPrivileges({
      body: {
        ...minimal,
        // @ts-expect-error "grant" is documented as a list
        grant: 'not a list',
      },
    });
  });

  it('updateUserAdminPrivileges (PATCH /users/{id}/privileges)', () => {
    const body: NonNullable<api.UpdateUserAdminPrivilegesInput['body']> = {
      grant: ['oz_view_privileges'],
      revoke: ['oz_view_privileges'],
      notInTheDocs: true,
    };
    void client.updateUserAdminPrivileges({ path: { id: 'sample' }, body: body });
    void api.updateUserAdminPrivileges(connection, { path: { id: 'sample' }, body: body });
    void raw.PATCH('/users/{id}/privileges', { params: { path: { id: 'sample' } }, body: body });
    const minimal: NonNullable<api.UpdateUserAdminPrivilegesInput['body']> = {};
    void client.updateUserAdminPrivileges({
      path: { id: 'sample' },
      body: {
        ...minimal,
        // @ts-expect-error "grant" is documented as a list
        grant: 'not a list',
      },
    });
  });

  it('toggleUserAccessBlock (PATCH /users/{id}/access_block)', () => {
    const body: NonNullable<api.ToggleUserAccessBlockInput['body']> = { blocked: true, notInTheDocs: true };
    void client.toggleUserAccessBlock({ path: { id: 'sample' }, body: body });
    void api.toggleUserAccessBlock(connection, { path: { id: 'sample' }, body: body });
    void raw.PATCH('/users/{id}/access_block', { params: { path: { id: 'sample' } }, body: body });
    const minimal: NonNullable<api.ToggleUserAccessBlockInput['body']> = {};
    void client.toggleUserAccessBlock({
      path: { id: 'sample' },
      body: {
        ...minimal,
        // @ts-expect-error "blocked" is documented as a boolean
        blocked: 'yes',
      },
    });
  });

  it('userJoinCluster (POST /user/clusters/join)', () => {
    const body: NonNullable<api.UserJoinClusterInput['body']> = {
      token: 'MDAxNmxvY2F00aW9uRVM2TVo5UlZ5cGFjZV9jcmLciFsOgyUkPI3f02le6PM01IX8go',
      notInTheDocs: true,
    };
    void client.userJoinCluster({ body: body });
    void api.userJoinCluster(connection, { body: body });
    void raw.POST('/user/clusters/join', { body: body });
    const minimal: NonNullable<api.UserJoinClusterInput['body']> = {
      token: 'MDAxNmxvY2F00aW9uRVM2TVo5UlZ5cGFjZV9jcmLciFsOgyUkPI3f02le6PM01IX8go',
    };
    const { token: _0, ...without0 } = minimal;
    void client.userJoinCluster({
      // @ts-expect-error "token" is required
      body: without0,
    });
    void api.userJoinCluster(connection, {
      // @ts-expect-error "token" is required
      body: without0,
    });
    void raw.POST('/user/clusters/join', {
      // @ts-expect-error "token" is required
      body: without0,
    });
    void client.userJoinCluster({
      body: {
        ...minimal,
        // @ts-expect-error "token" is documented as a string
        token: 7,
      },
    });
  });
});

describe('success bodies: every documented field has its exact type, in every form', () => {
  it('acquireIdpAccessToken (POST /user/idp_access_token/{idp})', async () => {
    expectTypeOf(
      client.acquireIdpAccessToken({ path: { idp: 'sample' } }),
    ).resolves.toEqualTypeOf<api.AcquireIdpAccessTokenResult>();
    expectTypeOf(
      api.acquireIdpAccessToken(connection, { path: { idp: 'sample' } }),
    ).resolves.toEqualTypeOf<api.AcquireIdpAccessTokenResult>();
    const { data: rawData } = await raw.POST('/user/idp_access_token/{idp}', {
      params: { path: { idp: 'sample' } },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.AcquireIdpAccessTokenResult | undefined>();
    expectTypeOf<Pick<api.AcquireIdpAccessTokenResult, 'token' | 'ttl'>>().toEqualTypeOf<{
      token: string;
      ttl: number;
    }>();
    expectTypeOf<api.AcquireIdpAccessTokenResult['notInTheDocs']>().toBeUnknown();
  });

  it('listUserHandleServices (GET /user/handle_services)', async () => {
    expectTypeOf(client.listUserHandleServices()).resolves.toEqualTypeOf<api.ListUserHandleServicesResult>();
    expectTypeOf(
      api.listUserHandleServices(connection),
    ).resolves.toEqualTypeOf<api.ListUserHandleServicesResult>();
    const { data: rawData } = await raw.GET('/user/handle_services', {});
    expectTypeOf(rawData).toEqualTypeOf<api.ListUserHandleServicesResult | undefined>();
    expectTypeOf<Pick<api.ListUserHandleServicesResult, 'handle_services'>>().toEqualTypeOf<{
      handle_services: string[];
    }>();
    expectTypeOf<api.ListUserHandleServicesResult['notInTheDocs']>().toBeUnknown();
  });

  it('listClientTokens (GET /user/client_tokens)', async () => {
    expectTypeOf(client.listClientTokens()).resolves.toEqualTypeOf<api.ListClientTokensResult>();
    expectTypeOf(api.listClientTokens(connection)).resolves.toEqualTypeOf<api.ListClientTokensResult>();
    const { data: rawData } = await raw.GET('/user/client_tokens', {});
    expectTypeOf(rawData).toEqualTypeOf<api.ListClientTokensResult | undefined>();
    expectTypeOf<Pick<api.ListClientTokensResult, 'tokens'>>().toEqualTypeOf<{ tokens: string[] }>();
    expectTypeOf<api.ListClientTokensResult['notInTheDocs']>().toBeUnknown();
  });

  it('createClientToken (POST /user/client_tokens)', async () => {
    expectTypeOf(client.createClientToken()).resolves.toEqualTypeOf<api.CreateClientTokenResult>();
    expectTypeOf(api.createClientToken(connection)).resolves.toEqualTypeOf<api.CreateClientTokenResult>();
    const { data: rawData } = await raw.POST('/user/client_tokens', {});
    expectTypeOf(rawData).toEqualTypeOf<api.CreateClientTokenResult | undefined>();
    expectTypeOf<Pick<api.CreateClientTokenResult, 'token'>>().toEqualTypeOf<{ token: string }>();
    expectTypeOf<api.CreateClientTokenResult['notInTheDocs']>().toBeUnknown();
  });

  it('createProviderRegistrationTokenForCurrentUser (POST /user/clusters/provider_registration_token)', async () => {
    expectTypeOf(
      client.createProviderRegistrationTokenForCurrentUser(),
    ).resolves.toEqualTypeOf<api.CreateProviderRegistrationTokenForCurrentUserResult>();
    expectTypeOf(
      api.createProviderRegistrationTokenForCurrentUser(connection),
    ).resolves.toEqualTypeOf<api.CreateProviderRegistrationTokenForCurrentUserResult>();
    const { data: rawData } = await raw.POST('/user/clusters/provider_registration_token', {});
    expectTypeOf(rawData).toEqualTypeOf<
      api.CreateProviderRegistrationTokenForCurrentUserResult | undefined
    >();
    expectTypeOf<Pick<api.CreateProviderRegistrationTokenForCurrentUserResult, 'token'>>().toEqualTypeOf<{
      token: string;
    }>();
    expectTypeOf<api.CreateProviderRegistrationTokenForCurrentUserResult['notInTheDocs']>().toBeUnknown();
  });

  it('createProviderRegistrationTokenForUser (POST /users/{id}/clusters/provider_registration_token)', async () => {
    expectTypeOf(
      client.createProviderRegistrationTokenForUser({ path: { id: 'sample' } }),
    ).resolves.toEqualTypeOf<api.CreateProviderRegistrationTokenForUserResult>();
    expectTypeOf(
      api.createProviderRegistrationTokenForUser(connection, { path: { id: 'sample' } }),
    ).resolves.toEqualTypeOf<api.CreateProviderRegistrationTokenForUserResult>();
    const { data: rawData } = await raw.POST('/users/{id}/clusters/provider_registration_token', {
      params: { path: { id: 'sample' } },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.CreateProviderRegistrationTokenForUserResult | undefined>();
    expectTypeOf<api.CreateProviderRegistrationTokenForUserResult>().toEqualTypeOf<api.CreateProviderRegistrationTokenForCurrentUserResult>();
  });

  it('ozUsersList (GET /users)', async () => {
    expectTypeOf(client.ozUsersList()).resolves.toEqualTypeOf<api.OzUsersListResult>();
    expectTypeOf(api.ozUsersList(connection)).resolves.toEqualTypeOf<api.OzUsersListResult>();
    const { data: rawData } = await raw.GET('/users', {});
    expectTypeOf(rawData).toEqualTypeOf<api.OzUsersListResult | undefined>();
    expectTypeOf<Pick<api.OzUsersListResult, 'users'>>().toEqualTypeOf<{ users: string[] }>();
    expectTypeOf<api.OzUsersListResult['notInTheDocs']>().toBeUnknown();
  });

  it('listUserGroups (GET /user/groups)', async () => {
    expectTypeOf(client.listUserGroups()).resolves.toEqualTypeOf<api.ListUserGroupsResult>();
    expectTypeOf(api.listUserGroups(connection)).resolves.toEqualTypeOf<api.ListUserGroupsResult>();
    const { data: rawData } = await raw.GET('/user/groups', {});
    expectTypeOf(rawData).toEqualTypeOf<api.ListUserGroupsResult | undefined>();
    expectTypeOf<Pick<api.ListUserGroupsResult, 'groups'>>().toEqualTypeOf<{ groups: string[] }>();
    expectTypeOf<api.ListUserGroupsResult['notInTheDocs']>().toBeUnknown();
  });

  it('listUserHandles (GET /user/handles)', async () => {
    expectTypeOf(client.listUserHandles()).resolves.toEqualTypeOf<api.ListUserHandlesResult>();
    expectTypeOf(api.listUserHandles(connection)).resolves.toEqualTypeOf<api.ListUserHandlesResult>();
    const { data: rawData } = await raw.GET('/user/handles', {});
    expectTypeOf(rawData).toEqualTypeOf<api.ListUserHandlesResult | undefined>();
    expectTypeOf<Pick<api.ListUserHandlesResult, 'handles'>>().toEqualTypeOf<{ handles: string[] }>();
    expectTypeOf<api.ListUserHandlesResult['notInTheDocs']>().toBeUnknown();
  });

  it('listUserHarvesters (GET /user/harvesters)', async () => {
    expectTypeOf(client.listUserHarvesters()).resolves.toEqualTypeOf<api.ListUserHarvestersResult>();
    expectTypeOf(api.listUserHarvesters(connection)).resolves.toEqualTypeOf<api.ListUserHarvestersResult>();
    const { data: rawData } = await raw.GET('/user/harvesters', {});
    expectTypeOf(rawData).toEqualTypeOf<api.ListUserHarvestersResult | undefined>();
    expectTypeOf<Pick<api.ListUserHarvestersResult, 'harvesters'>>().toEqualTypeOf<{
      harvesters?: string[];
    }>();
    expectTypeOf<api.ListUserHarvestersResult['notInTheDocs']>().toBeUnknown();
  });

  it('listUserSpaces (GET /user/spaces)', async () => {
    expectTypeOf(client.listUserSpaces()).resolves.toEqualTypeOf<api.ListUserSpacesResult>();
    expectTypeOf(api.listUserSpaces(connection)).resolves.toEqualTypeOf<api.ListUserSpacesResult>();
    const { data: rawData } = await raw.GET('/user/spaces', {});
    expectTypeOf(rawData).toEqualTypeOf<api.ListUserSpacesResult | undefined>();
    expectTypeOf<Pick<api.ListUserSpacesResult, 'spaces'>>().toEqualTypeOf<{ spaces?: string[] }>();
    expectTypeOf<api.ListUserSpacesResult['notInTheDocs']>().toBeUnknown();
  });

  it('getCurrentUser (GET /user)', async () => {
    expectTypeOf(client.getCurrentUser()).resolves.toEqualTypeOf<api.GetCurrentUserResult>();
    expectTypeOf(api.getCurrentUser(connection)).resolves.toEqualTypeOf<api.GetCurrentUserResult>();
    const { data: rawData } = await raw.GET('/user', {});
    expectTypeOf(rawData).toEqualTypeOf<api.GetCurrentUserResult | undefined>();
    expectTypeOf<
      Pick<
        api.GetCurrentUserResult,
        | 'userId'
        | 'fullName'
        | 'username'
        | 'linkedAccounts'
        | 'emails'
        | 'basicAuthEnabled'
        | 'blocked'
        | 'creationTime'
      >
    >().toEqualTypeOf<{
      userId: string;
      fullName: string;
      username: string;
      linkedAccounts: api.GetCurrentUserResult['linkedAccounts'][number][];
      emails: string[];
      basicAuthEnabled: boolean;
      blocked: boolean;
      creationTime: number;
    }>();
    expectTypeOf<
      Pick<
        api.GetCurrentUserResult['linkedAccounts'][number],
        'idp' | 'subjectId' | 'fullName' | 'username' | 'emails' | 'entitlements' | 'custom'
      >
    >().toEqualTypeOf<{
      idp: string;
      subjectId: string;
      fullName?: string;
      username?: string;
      emails?: string[];
      entitlements?: string[];
      custom?: NonNullable<api.GetCurrentUserResult['linkedAccounts'][number]['custom']>;
    }>();
    expectTypeOf<NonNullable<api.GetCurrentUserResult['linkedAccounts'][number]['custom']>>().toEqualTypeOf<{
      [key: string]: unknown;
    }>();
    expectTypeOf<api.GetCurrentUserResult['linkedAccounts'][number]['notInTheDocs']>().toBeUnknown();
    expectTypeOf<api.GetCurrentUserResult['notInTheDocs']>().toBeUnknown();
  });

  it('getEffectiveUserHarvester (GET /user/effective_harvesters/{hid})', async () => {
    expectTypeOf(
      client.getEffectiveUserHarvester({ path: { hid: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetEffectiveUserHarvesterResult>();
    expectTypeOf(
      api.getEffectiveUserHarvester(connection, { path: { hid: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetEffectiveUserHarvesterResult>();
    const { data: rawData } = await raw.GET('/user/effective_harvesters/{hid}', {
      params: { path: { hid: 'sample' } },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.GetEffectiveUserHarvesterResult | undefined>();
    expectTypeOf<
      Pick<
        api.GetEffectiveUserHarvesterResult,
        | 'harvesterId'
        | 'name'
        | 'public'
        | 'harvestingBackendType'
        | 'harvestingBackendEndpoint'
        | 'creator'
        | 'creationTime'
      >
    >().toEqualTypeOf<{
      harvesterId: string;
      name: string;
      public: boolean;
      harvestingBackendType: string;
      harvestingBackendEndpoint: string;
      creator: api.GetEffectiveUserHarvesterResult['creator'];
      creationTime: number;
    }>();
    expectTypeOf<Pick<api.GetEffectiveUserHarvesterResult['creator'], 'type' | 'id'>>().toEqualTypeOf<{
      type?: string;
      id?: string;
    }>();
    expectTypeOf<api.GetEffectiveUserHarvesterResult['creator']['notInTheDocs']>().toBeUnknown();
    expectTypeOf<api.GetEffectiveUserHarvesterResult['notInTheDocs']>().toBeUnknown();
  });

  it('getEffectiveUserSpace (GET /user/effective_spaces/{sid})', async () => {
    expectTypeOf(
      client.getEffectiveUserSpace({ path: { sid: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetEffectiveUserSpaceResult>();
    expectTypeOf(
      api.getEffectiveUserSpace(connection, { path: { sid: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetEffectiveUserSpaceResult>();
    const { data: rawData } = await raw.GET('/user/effective_spaces/{sid}', {
      params: { path: { sid: 'sample' } },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.GetEffectiveUserSpaceResult | undefined>();
    expectTypeOf<
      Pick<
        api.GetEffectiveUserSpaceResult,
        | 'spaceId'
        | 'name'
        | 'description'
        | 'organizationName'
        | 'tags'
        | 'advertisedInMarketplace'
        | 'marketplaceContactEmail'
        | 'providers'
        | 'supportParametersRegistry'
        | 'creator'
        | 'creationTime'
      >
    >().toEqualTypeOf<{
      spaceId: string;
      name: string;
      description: unknown;
      organizationName: unknown;
      tags: unknown;
      advertisedInMarketplace: unknown;
      marketplaceContactEmail: unknown;
      providers: api.GetEffectiveUserSpaceResult['providers'];
      supportParametersRegistry: api.GetEffectiveUserSpaceResult['supportParametersRegistry'];
      creator: api.GetEffectiveUserSpaceResult['creator'];
      creationTime: number;
    }>();
    expectTypeOf<api.GetEffectiveUserSpaceResult['providers'][string]>().toEqualTypeOf<number>();
    expectTypeOf<
      Pick<
        api.GetEffectiveUserSpaceResult['supportParametersRegistry'][string],
        'accountingEnabled' | 'dirStatsServiceEnabled' | 'dirStatsServiceStatus'
      >
    >().toEqualTypeOf<{
      accountingEnabled?: boolean;
      dirStatsServiceEnabled?: boolean;
      dirStatsServiceStatus?: string;
    }>();
    expectTypeOf<
      api.GetEffectiveUserSpaceResult['supportParametersRegistry'][string]['notInTheDocs']
    >().toBeUnknown();
    expectTypeOf<api.GetEffectiveUserSpaceResult['creator']>().toEqualTypeOf<
      api.GetEffectiveUserHarvesterResult['creator']
    >();
    expectTypeOf<api.GetEffectiveUserSpaceResult['notInTheDocs']>().toBeUnknown();
  });

  it('getSpaceMembershipRequests (GET /user/space_membership_requests)', async () => {
    expectTypeOf(
      client.getSpaceMembershipRequests(),
    ).resolves.toEqualTypeOf<api.GetSpaceMembershipRequestsResult>();
    expectTypeOf(
      api.getSpaceMembershipRequests(connection),
    ).resolves.toEqualTypeOf<api.GetSpaceMembershipRequestsResult>();
    const { data: rawData } = await raw.GET('/user/space_membership_requests', {});
    expectTypeOf(rawData).toEqualTypeOf<api.GetSpaceMembershipRequestsResult | undefined>();
    expectTypeOf<Pick<api.GetSpaceMembershipRequestsResult, 'pending' | 'rejected'>>().toEqualTypeOf<{
      pending: api.GetSpaceMembershipRequestsResult['pending'];
      rejected: api.GetSpaceMembershipRequestsResult['rejected'];
    }>();
    expectTypeOf<
      Pick<
        api.GetSpaceMembershipRequestsResult['pending'][string],
        'requestId' | 'contactEmail' | 'lastActivity'
      >
    >().toEqualTypeOf<{ requestId: string; contactEmail: string; lastActivity: number }>();
    expectTypeOf<api.GetSpaceMembershipRequestsResult['pending'][string]['notInTheDocs']>().toBeUnknown();
    expectTypeOf<api.GetSpaceMembershipRequestsResult['rejected'][string]>().toEqualTypeOf<
      api.GetSpaceMembershipRequestsResult['pending'][string]
    >();
    expectTypeOf<api.GetSpaceMembershipRequestsResult['notInTheDocs']>().toBeUnknown();
  });

  it('getUser (GET /users/{id})', async () => {
    expectTypeOf(client.getUser({ path: { id: 'sample' } })).resolves.toEqualTypeOf<api.GetUserResult>();
    expectTypeOf(
      api.getUser(connection, { path: { id: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetUserResult>();
    const { data: rawData } = await raw.GET('/users/{id}', { params: { path: { id: 'sample' } } });
    expectTypeOf(rawData).toEqualTypeOf<api.GetUserResult | undefined>();
    expectTypeOf<api.GetUserResult>().toEqualTypeOf<api.GetCurrentUserResult>();
  });

  it('getUserCluster (GET /user/clusters/{cid})', async () => {
    expectTypeOf(
      client.getUserCluster({ path: { cid: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetUserClusterResult>();
    expectTypeOf(
      api.getUserCluster(connection, { path: { cid: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetUserClusterResult>();
    const { data: rawData } = await raw.GET('/user/clusters/{cid}', { params: { path: { cid: 'sample' } } });
    expectTypeOf(rawData).toEqualTypeOf<api.GetUserClusterResult | undefined>();
    expectTypeOf<
      Pick<
        api.GetUserClusterResult,
        | 'clusterId'
        | 'type'
        | 'workerVersion'
        | 'onepanelVersion'
        | 'onepanelProxy'
        | 'creator'
        | 'creationTime'
        | 'online'
      >
    >().toEqualTypeOf<{
      clusterId: string;
      type: string;
      workerVersion: api.GetUserClusterResult['workerVersion'];
      onepanelVersion: api.GetUserClusterResult['onepanelVersion'];
      onepanelProxy: boolean;
      creator: api.GetUserClusterResult['creator'];
      creationTime: number;
      online?: boolean;
    }>();
    expectTypeOf<
      Pick<api.GetUserClusterResult['workerVersion'], 'release' | 'build' | 'gui'>
    >().toEqualTypeOf<{ release: string; build: string; gui: string }>();
    expectTypeOf<api.GetUserClusterResult['workerVersion']['notInTheDocs']>().toBeUnknown();
    expectTypeOf<api.GetUserClusterResult['onepanelVersion']>().toEqualTypeOf<
      api.GetUserClusterResult['workerVersion']
    >();
    expectTypeOf<api.GetUserClusterResult['creator']>().toEqualTypeOf<
      api.GetEffectiveUserHarvesterResult['creator']
    >();
    expectTypeOf<api.GetUserClusterResult['notInTheDocs']>().toBeUnknown();
  });

  it('getUserEffectiveCluster (GET /user/effective_clusters/{cid})', async () => {
    expectTypeOf(
      client.getUserEffectiveCluster({ path: { cid: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetUserEffectiveClusterResult>();
    expectTypeOf(
      api.getUserEffectiveCluster(connection, { path: { cid: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetUserEffectiveClusterResult>();
    const { data: rawData } = await raw.GET('/user/effective_clusters/{cid}', {
      params: { path: { cid: 'sample' } },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.GetUserEffectiveClusterResult | undefined>();
    expectTypeOf<api.GetUserEffectiveClusterResult>().toEqualTypeOf<api.GetUserClusterResult>();
  });

  it('getUserEffectiveGroup (GET /user/effective_groups/{gid})', async () => {
    expectTypeOf(
      client.getUserEffectiveGroup({ path: { gid: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetUserEffectiveGroupResult>();
    expectTypeOf(
      api.getUserEffectiveGroup(connection, { path: { gid: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetUserEffectiveGroupResult>();
    const { data: rawData } = await raw.GET('/user/effective_groups/{gid}', {
      params: { path: { gid: 'sample' } },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.GetUserEffectiveGroupResult | undefined>();
    expectTypeOf<
      Pick<api.GetUserEffectiveGroupResult, 'groupId' | 'name' | 'type' | 'creator' | 'creationTime'>
    >().toEqualTypeOf<{
      groupId: string;
      name: string;
      type: string;
      creator?: NonNullable<api.GetUserEffectiveGroupResult['creator']>;
      creationTime: number;
    }>();
    expectTypeOf<NonNullable<api.GetUserEffectiveGroupResult['creator']>>().toEqualTypeOf<
      api.GetEffectiveUserHarvesterResult['creator']
    >();
    expectTypeOf<api.GetUserEffectiveGroupResult['notInTheDocs']>().toBeUnknown();
  });

  it('getUserEffectiveHandle (GET /user/effective_handles/{hid})', async () => {
    expectTypeOf(
      client.getUserEffectiveHandle({ path: { hid: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetUserEffectiveHandleResult>();
    expectTypeOf(
      api.getUserEffectiveHandle(connection, { path: { hid: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetUserEffectiveHandleResult>();
    const { data: rawData } = await raw.GET('/user/effective_handles/{hid}', {
      params: { path: { hid: 'sample' } },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.GetUserEffectiveHandleResult | undefined>();
    expectTypeOf<
      Pick<
        api.GetUserEffectiveHandleResult,
        | 'handleId'
        | 'publicHandle'
        | 'handleServiceId'
        | 'resourceType'
        | 'resourceId'
        | 'metadata'
        | 'timestamp'
        | 'creator'
        | 'creationTime'
      >
    >().toEqualTypeOf<{
      handleId: string;
      publicHandle: string;
      handleServiceId?: string;
      resourceType: string;
      resourceId: string;
      metadata: string;
      timestamp: string;
      creator?: NonNullable<api.GetUserEffectiveHandleResult['creator']>;
      creationTime: number;
    }>();
    expectTypeOf<NonNullable<api.GetUserEffectiveHandleResult['creator']>>().toEqualTypeOf<
      api.GetEffectiveUserHarvesterResult['creator']
    >();
    expectTypeOf<api.GetUserEffectiveHandleResult['notInTheDocs']>().toBeUnknown();
  });

  it('getUserEffectiveHandleService (GET /user/effective_handle_services/{hsid})', async () => {
    expectTypeOf(
      client.getUserEffectiveHandleService({ path: { hsid: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetUserEffectiveHandleServiceResult>();
    expectTypeOf(
      api.getUserEffectiveHandleService(connection, { path: { hsid: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetUserEffectiveHandleServiceResult>();
    const { data: rawData } = await raw.GET('/user/effective_handle_services/{hsid}', {
      params: { path: { hsid: 'sample' } },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.GetUserEffectiveHandleServiceResult | undefined>();
    expectTypeOf<
      Pick<
        api.GetUserEffectiveHandleServiceResult,
        'handleServiceId' | 'name' | 'proxyEndpoint' | 'serviceProperties' | 'creator' | 'creationTime'
      >
    >().toEqualTypeOf<{
      handleServiceId: string;
      name: string;
      proxyEndpoint: string;
      serviceProperties: api.GetUserEffectiveHandleServiceResult['serviceProperties'];
      creator: api.GetUserEffectiveHandleServiceResult['creator'];
      creationTime: number;
    }>();
    expectTypeOf<
      Pick<
        api.GetUserEffectiveHandleServiceResult['serviceProperties'],
        | 'type'
        | 'allowTemplateOverride'
        | 'doiEndpoint'
        | 'host'
        | 'identifierTemplate'
        | 'mediaEndpoint'
        | 'metadataEndpoint'
        | 'password'
        | 'prefix'
        | 'username'
      >
    >().toEqualTypeOf<{
      type: string;
      allowTemplateOverride?: boolean;
      doiEndpoint?: string;
      host?: string;
      identifierTemplate?: string;
      mediaEndpoint?: string;
      metadataEndpoint?: string;
      password?: string;
      prefix?: number;
      username?: string;
    }>();
    expectTypeOf<
      api.GetUserEffectiveHandleServiceResult['serviceProperties']['notInTheDocs']
    >().toBeUnknown();
    expectTypeOf<api.GetUserEffectiveHandleServiceResult['creator']>().toEqualTypeOf<
      api.GetEffectiveUserHarvesterResult['creator']
    >();
    expectTypeOf<api.GetUserEffectiveHandleServiceResult['notInTheDocs']>().toBeUnknown();
  });

  it('getUserEffectiveProvider (GET /user/effective_providers/{pid})', async () => {
    expectTypeOf(
      client.getUserEffectiveProvider({ path: { pid: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetUserEffectiveProviderResult>();
    expectTypeOf(
      api.getUserEffectiveProvider(connection, { path: { pid: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetUserEffectiveProviderResult>();
    const { data: rawData } = await raw.GET('/user/effective_providers/{pid}', {
      params: { path: { pid: 'sample' } },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.GetUserEffectiveProviderResult | undefined>();
    expectTypeOf<
      Pick<
        api.GetUserEffectiveProviderResult,
        'providerId' | 'name' | 'domain' | 'latitude' | 'longitude' | 'clusterId' | 'online' | 'creationTime'
      >
    >().toEqualTypeOf<{
      providerId: string;
      name: string;
      domain: string;
      latitude: number;
      longitude: number;
      clusterId: string;
      online: boolean;
      creationTime: number;
    }>();
    expectTypeOf<api.GetUserEffectiveProviderResult['notInTheDocs']>().toBeUnknown();
  });

  it('getUserGroup (GET /user/groups/{gid})', async () => {
    expectTypeOf(
      client.getUserGroup({ path: { gid: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetUserGroupResult>();
    expectTypeOf(
      api.getUserGroup(connection, { path: { gid: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetUserGroupResult>();
    const { data: rawData } = await raw.GET('/user/groups/{gid}', { params: { path: { gid: 'sample' } } });
    expectTypeOf(rawData).toEqualTypeOf<api.GetUserGroupResult | undefined>();
    expectTypeOf<api.GetUserGroupResult>().toEqualTypeOf<api.GetUserEffectiveGroupResult>();
  });

  it('getUserHandle (GET /user/handles/{hid})', async () => {
    expectTypeOf(
      client.getUserHandle({ path: { hid: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetUserHandleResult>();
    expectTypeOf(
      api.getUserHandle(connection, { path: { hid: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetUserHandleResult>();
    const { data: rawData } = await raw.GET('/user/handles/{hid}', { params: { path: { hid: 'sample' } } });
    expectTypeOf(rawData).toEqualTypeOf<api.GetUserHandleResult | undefined>();
    expectTypeOf<api.GetUserHandleResult>().toEqualTypeOf<api.GetUserEffectiveHandleResult>();
  });

  it('getUserHandleService (GET /user/handle_services/{hsid})', async () => {
    expectTypeOf(
      client.getUserHandleService({ path: { hsid: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetUserHandleServiceResult>();
    expectTypeOf(
      api.getUserHandleService(connection, { path: { hsid: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetUserHandleServiceResult>();
    const { data: rawData } = await raw.GET('/user/handle_services/{hsid}', {
      params: { path: { hsid: 'sample' } },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.GetUserHandleServiceResult | undefined>();
    expectTypeOf<api.GetUserHandleServiceResult>().toEqualTypeOf<api.GetUserEffectiveHandleServiceResult>();
  });

  it('getUserHarvester (GET /user/harvesters/{hid})', async () => {
    expectTypeOf(
      client.getUserHarvester({ path: { hid: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetUserHarvesterResult>();
    expectTypeOf(
      api.getUserHarvester(connection, { path: { hid: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetUserHarvesterResult>();
    const { data: rawData } = await raw.GET('/user/harvesters/{hid}', {
      params: { path: { hid: 'sample' } },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.GetUserHarvesterResult | undefined>();
    expectTypeOf<api.GetUserHarvesterResult>().toEqualTypeOf<api.GetEffectiveUserHarvesterResult>();
  });

  it('getUserSpace (GET /user/spaces/{sid})', async () => {
    expectTypeOf(
      client.getUserSpace({ path: { sid: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetUserSpaceResult>();
    expectTypeOf(
      api.getUserSpace(connection, { path: { sid: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetUserSpaceResult>();
    const { data: rawData } = await raw.GET('/user/spaces/{sid}', { params: { path: { sid: 'sample' } } });
    expectTypeOf(rawData).toEqualTypeOf<api.GetUserSpaceResult | undefined>();
    expectTypeOf<api.GetUserSpaceResult>().toEqualTypeOf<api.GetEffectiveUserSpaceResult>();
  });

  it('getUserSpaceAlias (GET /user/spaces/{sid}/alias)', async () => {
    expectTypeOf(
      client.getUserSpaceAlias({ path: { sid: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetUserSpaceAliasResult>();
    expectTypeOf(
      api.getUserSpaceAlias(connection, { path: { sid: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetUserSpaceAliasResult>();
    const { data: rawData } = await raw.GET('/user/spaces/{sid}/alias', {
      params: { path: { sid: 'sample' } },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.GetUserSpaceAliasResult | undefined>();
    expectTypeOf<Pick<api.GetUserSpaceAliasResult, 'alias'>>().toEqualTypeOf<{ alias: string }>();
    expectTypeOf<api.GetUserSpaceAliasResult['notInTheDocs']>().toBeUnknown();
  });

  it('setUserSpaceAlias (PUT /user/spaces/{sid}/alias)', async () => {
    expectTypeOf(
      client.setUserSpaceAlias({
        path: { sid: 'sample' },
        body: { alias: 'Test space 2', notInTheDocs: true },
      }),
    ).resolves.toEqualTypeOf<api.SetUserSpaceAliasResult>();
    expectTypeOf(
      api.setUserSpaceAlias(connection, {
        path: { sid: 'sample' },
        body: { alias: 'Test space 2', notInTheDocs: true },
      }),
    ).resolves.toEqualTypeOf<api.SetUserSpaceAliasResult>();
    const { data: rawData } = await raw.PUT('/user/spaces/{sid}/alias', {
      params: { path: { sid: 'sample' } },
      body: { alias: 'Test space 2', notInTheDocs: true },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.SetUserSpaceAliasResult | undefined>();
    expectTypeOf<api.SetUserSpaceAliasResult>().toEqualTypeOf<api.GetUserSpaceAliasResult>();
  });

  it('getUserSpacesInEffectiveProvider (GET /user/effective_providers/{pid}/spaces)', async () => {
    expectTypeOf(
      client.getUserSpacesInEffectiveProvider({ path: { pid: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetUserSpacesInEffectiveProviderResult>();
    expectTypeOf(
      api.getUserSpacesInEffectiveProvider(connection, { path: { pid: 'sample' } }),
    ).resolves.toEqualTypeOf<api.GetUserSpacesInEffectiveProviderResult>();
    const { data: rawData } = await raw.GET('/user/effective_providers/{pid}/spaces', {
      params: { path: { pid: 'sample' } },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.GetUserSpacesInEffectiveProviderResult | undefined>();
    expectTypeOf<Pick<api.GetUserSpacesInEffectiveProviderResult, 'spaces'>>().toEqualTypeOf<{
      spaces: string[];
    }>();
    expectTypeOf<api.GetUserSpacesInEffectiveProviderResult['notInTheDocs']>().toBeUnknown();
  });

  it('listCurrentUserAdminPrivileges (GET /user/privileges)', async () => {
    expectTypeOf(
      client.listCurrentUserAdminPrivileges(),
    ).resolves.toEqualTypeOf<api.ListCurrentUserAdminPrivilegesResult>();
    expectTypeOf(
      api.listCurrentUserAdminPrivileges(connection),
    ).resolves.toEqualTypeOf<api.ListCurrentUserAdminPrivilegesResult>();
    const { data: rawData } = await raw.GET('/user/privileges', {});
    expectTypeOf(rawData).toEqualTypeOf<api.ListCurrentUserAdminPrivilegesResult | undefined>();
    expectTypeOf<Pick<api.ListCurrentUserAdminPrivilegesResult, 'privileges'>>().toEqualTypeOf<{
      privileges?: string[];
    }>();
    expectTypeOf<api.ListCurrentUserAdminPrivilegesResult['notInTheDocs']>().toBeUnknown();
  });

  it('listCurrentUserEffectiveAdminPrivileges (GET /user/effective_privileges)', async () => {
    expectTypeOf(
      client.listCurrentUserEffectiveAdminPrivileges(),
    ).resolves.toEqualTypeOf<api.ListCurrentUserEffectiveAdminPrivilegesResult>();
    expectTypeOf(
      api.listCurrentUserEffectiveAdminPrivileges(connection),
    ).resolves.toEqualTypeOf<api.ListCurrentUserEffectiveAdminPrivilegesResult>();
    const { data: rawData } = await raw.GET('/user/effective_privileges', {});
    expectTypeOf(rawData).toEqualTypeOf<api.ListCurrentUserEffectiveAdminPrivilegesResult | undefined>();
    expectTypeOf<api.ListCurrentUserEffectiveAdminPrivilegesResult>().toEqualTypeOf<api.ListCurrentUserAdminPrivilegesResult>();
  });

  it('listEffectiveUserGroups (GET /user/effective_groups)', async () => {
    expectTypeOf(
      client.listEffectiveUserGroups(),
    ).resolves.toEqualTypeOf<api.ListEffectiveUserGroupsResult>();
    expectTypeOf(
      api.listEffectiveUserGroups(connection),
    ).resolves.toEqualTypeOf<api.ListEffectiveUserGroupsResult>();
    const { data: rawData } = await raw.GET('/user/effective_groups', {});
    expectTypeOf(rawData).toEqualTypeOf<api.ListEffectiveUserGroupsResult | undefined>();
    expectTypeOf<api.ListEffectiveUserGroupsResult>().toEqualTypeOf<api.ListUserGroupsResult>();
  });

  it('listEffectiveUserHarvesters (GET /user/effective_harvesters)', async () => {
    expectTypeOf(
      client.listEffectiveUserHarvesters(),
    ).resolves.toEqualTypeOf<api.ListEffectiveUserHarvestersResult>();
    expectTypeOf(
      api.listEffectiveUserHarvesters(connection),
    ).resolves.toEqualTypeOf<api.ListEffectiveUserHarvestersResult>();
    const { data: rawData } = await raw.GET('/user/effective_harvesters', {});
    expectTypeOf(rawData).toEqualTypeOf<api.ListEffectiveUserHarvestersResult | undefined>();
    expectTypeOf<Pick<api.ListEffectiveUserHarvestersResult, 'harvesters'>>().toEqualTypeOf<{
      harvesters: string[];
    }>();
    expectTypeOf<api.ListEffectiveUserHarvestersResult['notInTheDocs']>().toBeUnknown();
  });

  it('listEffectiveUserProviders (GET /user/effective_providers)', async () => {
    expectTypeOf(
      client.listEffectiveUserProviders(),
    ).resolves.toEqualTypeOf<api.ListEffectiveUserProvidersResult>();
    expectTypeOf(
      api.listEffectiveUserProviders(connection),
    ).resolves.toEqualTypeOf<api.ListEffectiveUserProvidersResult>();
    const { data: rawData } = await raw.GET('/user/effective_providers', {});
    expectTypeOf(rawData).toEqualTypeOf<api.ListEffectiveUserProvidersResult | undefined>();
    expectTypeOf<Pick<api.ListEffectiveUserProvidersResult, 'providers'>>().toEqualTypeOf<{
      providers: string[];
    }>();
    expectTypeOf<api.ListEffectiveUserProvidersResult['notInTheDocs']>().toBeUnknown();
  });

  it('listEffectiveUserSpaces (GET /user/effective_spaces)', async () => {
    expectTypeOf(
      client.listEffectiveUserSpaces(),
    ).resolves.toEqualTypeOf<api.ListEffectiveUserSpacesResult>();
    expectTypeOf(
      api.listEffectiveUserSpaces(connection),
    ).resolves.toEqualTypeOf<api.ListEffectiveUserSpacesResult>();
    const { data: rawData } = await raw.GET('/user/effective_spaces', {});
    expectTypeOf(rawData).toEqualTypeOf<api.ListEffectiveUserSpacesResult | undefined>();
    expectTypeOf<api.ListEffectiveUserSpacesResult>().toEqualTypeOf<api.GetUserSpacesInEffectiveProviderResult>();
  });

  it('listUserAdminPrivileges (GET /users/{id}/privileges)', async () => {
    expectTypeOf(
      client.listUserAdminPrivileges({ path: { id: 'sample' } }),
    ).resolves.toEqualTypeOf<api.ListUserAdminPrivilegesResult>();
    expectTypeOf(
      api.listUserAdminPrivileges(connection, { path: { id: 'sample' } }),
    ).resolves.toEqualTypeOf<api.ListUserAdminPrivilegesResult>();
    const { data: rawData } = await raw.GET('/users/{id}/privileges', { params: { path: { id: 'sample' } } });
    expectTypeOf(rawData).toEqualTypeOf<api.ListUserAdminPrivilegesResult | undefined>();
    expectTypeOf<api.ListUserAdminPrivilegesResult>().toEqualTypeOf<api.ListCurrentUserAdminPrivilegesResult>();
  });

  it('listUserClusters (GET /user/clusters)', async () => {
    expectTypeOf(client.listUserClusters()).resolves.toEqualTypeOf<api.ListUserClustersResult>();
    expectTypeOf(api.listUserClusters(connection)).resolves.toEqualTypeOf<api.ListUserClustersResult>();
    const { data: rawData } = await raw.GET('/user/clusters', {});
    expectTypeOf(rawData).toEqualTypeOf<api.ListUserClustersResult | undefined>();
    expectTypeOf<Pick<api.ListUserClustersResult, 'clusters'>>().toEqualTypeOf<{ clusters: string[] }>();
    expectTypeOf<api.ListUserClustersResult['notInTheDocs']>().toBeUnknown();
  });

  it('listUserEffectiveAdminPrivileges (GET /users/{id}/effective_privileges)', async () => {
    expectTypeOf(
      client.listUserEffectiveAdminPrivileges({ path: { id: 'sample' } }),
    ).resolves.toEqualTypeOf<api.ListUserEffectiveAdminPrivilegesResult>();
    expectTypeOf(
      api.listUserEffectiveAdminPrivileges(connection, { path: { id: 'sample' } }),
    ).resolves.toEqualTypeOf<api.ListUserEffectiveAdminPrivilegesResult>();
    const { data: rawData } = await raw.GET('/users/{id}/effective_privileges', {
      params: { path: { id: 'sample' } },
    });
    expectTypeOf(rawData).toEqualTypeOf<api.ListUserEffectiveAdminPrivilegesResult | undefined>();
    expectTypeOf<api.ListUserEffectiveAdminPrivilegesResult>().toEqualTypeOf<api.ListCurrentUserAdminPrivilegesResult>();
  });

  it('listUserEffectiveClusters (GET /user/effective_clusters)', async () => {
    expectTypeOf(
      client.listUserEffectiveClusters(),
    ).resolves.toEqualTypeOf<api.ListUserEffectiveClustersResult>();
    expectTypeOf(
      api.listUserEffectiveClusters(connection),
    ).resolves.toEqualTypeOf<api.ListUserEffectiveClustersResult>();
    const { data: rawData } = await raw.GET('/user/effective_clusters', {});
    expectTypeOf(rawData).toEqualTypeOf<api.ListUserEffectiveClustersResult | undefined>();
    expectTypeOf<api.ListUserEffectiveClustersResult>().toEqualTypeOf<api.ListUserClustersResult>();
  });

  it('listUserEffectiveHandleServices (GET /user/effective_handle_services)', async () => {
    expectTypeOf(
      client.listUserEffectiveHandleServices(),
    ).resolves.toEqualTypeOf<api.ListUserEffectiveHandleServicesResult>();
    expectTypeOf(
      api.listUserEffectiveHandleServices(connection),
    ).resolves.toEqualTypeOf<api.ListUserEffectiveHandleServicesResult>();
    const { data: rawData } = await raw.GET('/user/effective_handle_services', {});
    expectTypeOf(rawData).toEqualTypeOf<api.ListUserEffectiveHandleServicesResult | undefined>();
    expectTypeOf<api.ListUserEffectiveHandleServicesResult>().toEqualTypeOf<api.ListUserHandleServicesResult>();
  });

  it('listUserEffectiveHandles (GET /user/effective_handles)', async () => {
    expectTypeOf(
      client.listUserEffectiveHandles(),
    ).resolves.toEqualTypeOf<api.ListUserEffectiveHandlesResult>();
    expectTypeOf(
      api.listUserEffectiveHandles(connection),
    ).resolves.toEqualTypeOf<api.ListUserEffectiveHandlesResult>();
    const { data: rawData } = await raw.GET('/user/effective_handles', {});
    expectTypeOf(rawData).toEqualTypeOf<api.ListUserEffectiveHandlesResult | undefined>();
    expectTypeOf<api.ListUserEffectiveHandlesResult>().toEqualTypeOf<api.ListUserHandlesResult>();
  });
});

describe('error bodies: isApiError narrows to the class and body of the status', () => {
  it('no operation declares an error body, so none is typed', () => {
    if (api.isApiError(error, 'acquireIdpAccessToken', 404)) expectTypeOf(error.body).toBeUnknown();
  });
});

describe('paging: the items are the documented model; only paged operations have a paginator', () => {
  it('acquireIdpAccessToken does not page: no paginator in either form', () => {
    // @ts-expect-error no operation of this API pages
    void client.paginate;
    // @ts-expect-error acquireIdpAccessToken does not page
    void api.paginateAcquireIdpAccessToken;
  });
});
