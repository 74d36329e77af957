import { describe, expectTypeOf, it } from 'vitest';
import { createOnezone, createOnezoneClient } from './index.js';
import { createOnezoneRawClient } from './raw.js';

// Compile-time checks only (vitest typecheck): nothing here is run. No doc proves a model's field list
// complete, so every body and response takes fields the docs do not show (typed `unknown`) while each
// documented field keeps its type. One case per operation, rendered from the spec by the template.
const client = createOnezoneClient();
const raw = createOnezoneRawClient(createOnezone());

describe('request bodies take every documented field and one the docs do not show', () => {
  it('addUserHandleService (POST /user/handle_services)', () => {
    void client.addUserHandleService({
      body: {
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
      },
    });
    void raw.POST('/user/handle_services', {
      body: {
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
      },
    });
    const body = {
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
    };
    void client.addUserHandleService({
      body: {
        ...body,
        // @ts-expect-error "handleServiceId" is documented as a string
        handleServiceId: 7,
      },
    });
    void raw.POST('/user/handle_services', {
      body: {
        ...body,
        // @ts-expect-error "handleServiceId" is documented as a string
        handleServiceId: 7,
      },
    });
  });

  it('changeUserBasicAuthSettings (PATCH /users/{id}/basic_auth)', () => {
    void client.changeUserBasicAuthSettings({
      path: { id: 'sample' },
      body: { basicAuthEnabled: true, newPassword: 'password123', notInTheDocs: true },
    });
    void raw.PATCH('/users/{id}/basic_auth', {
      params: { path: { id: 'sample' } },
      body: { basicAuthEnabled: true, newPassword: 'password123', notInTheDocs: true },
    });
    const body = { basicAuthEnabled: true, newPassword: 'password123' };
    void client.changeUserBasicAuthSettings({
      path: { id: 'sample' },
      body: {
        ...body,
        // @ts-expect-error "basicAuthEnabled" is documented as a boolean
        basicAuthEnabled: 'yes',
      },
    });
    void raw.PATCH('/users/{id}/basic_auth', {
      params: { path: { id: 'sample' } },
      body: {
        ...body,
        // @ts-expect-error "basicAuthEnabled" is documented as a boolean
        basicAuthEnabled: 'yes',
      },
    });
  });

  it('changeUserPassword (PATCH /user/password)', () => {
    void client.changeUserPassword({
      body: { oldPassword: 'password', newPassword: 'password123', notInTheDocs: true },
    });
    void raw.PATCH('/user/password', {
      body: { oldPassword: 'password', newPassword: 'password123', notInTheDocs: true },
    });
    const body = { oldPassword: 'password', newPassword: 'password123' };
    void client.changeUserPassword({
      body: {
        ...body,
        // @ts-expect-error "oldPassword" is documented as a string
        oldPassword: 7,
      },
    });
    void raw.PATCH('/user/password', {
      body: {
        ...body,
        // @ts-expect-error "oldPassword" is documented as a string
        oldPassword: 7,
      },
    });
  });

  it('createUser (POST /users)', () => {
    void client.createUser({
      body: { fullName: 'sample', username: 'new_user', password: 'lS1c6FD2mxB2ff', notInTheDocs: true },
    });
    void raw.POST('/users', {
      body: { fullName: 'sample', username: 'new_user', password: 'lS1c6FD2mxB2ff', notInTheDocs: true },
    });
    const body = { fullName: 'sample', username: 'new_user', password: 'lS1c6FD2mxB2ff' };
    void client.createUser({
      body: {
        ...body,
        // @ts-expect-error "fullName" is documented as a string
        fullName: 7,
      },
    });
    void raw.POST('/users', {
      body: {
        ...body,
        // @ts-expect-error "fullName" is documented as a string
        fullName: 7,
      },
    });
  });

  it('createUserGroup (POST /user/groups)', () => {
    void client.createUserGroup({
      body: {
        groupId: '59fec3bd894eef1cdae81623f477e370',
        name: 'test_group',
        type: 'team',
        creator: { type: 'user', id: '7434b256e71e1052e0d5e3e9da657ebf', notInTheDocs: true },
        creationTime: 1576152793,
        notInTheDocs: true,
      },
    });
    void raw.POST('/user/groups', {
      body: {
        groupId: '59fec3bd894eef1cdae81623f477e370',
        name: 'test_group',
        type: 'team',
        creator: { type: 'user', id: '7434b256e71e1052e0d5e3e9da657ebf', notInTheDocs: true },
        creationTime: 1576152793,
        notInTheDocs: true,
      },
    });
    const body = {
      groupId: '59fec3bd894eef1cdae81623f477e370',
      name: 'test_group',
      type: 'team',
      creator: { type: 'user', id: '7434b256e71e1052e0d5e3e9da657ebf', notInTheDocs: true },
      creationTime: 1576152793,
    };
    void client.createUserGroup({
      body: {
        ...body,
        // @ts-expect-error "groupId" is documented as a string
        groupId: 7,
      },
    });
    void raw.POST('/user/groups', {
      body: {
        ...body,
        // @ts-expect-error "groupId" is documented as a string
        groupId: 7,
      },
    });
  });

  it('createUserHandle (POST /user/handles)', () => {
    void client.createUserHandle({
      body: {
        handleServiceId: 'ddb06ed993bae95f2f430664fff122f7',
        resourceType: 'Share',
        resourceId: '4fa683cbda8d8f686d15d42720af431d',
        metadata: "<?xml version='1.0'?>...",
        notInTheDocs: true,
      },
    });
    void raw.POST('/user/handles', {
      body: {
        handleServiceId: 'ddb06ed993bae95f2f430664fff122f7',
        resourceType: 'Share',
        resourceId: '4fa683cbda8d8f686d15d42720af431d',
        metadata: "<?xml version='1.0'?>...",
        notInTheDocs: true,
      },
    });
    const body = {
      handleServiceId: 'ddb06ed993bae95f2f430664fff122f7',
      resourceType: 'Share',
      resourceId: '4fa683cbda8d8f686d15d42720af431d',
      metadata: "<?xml version='1.0'?>...",
    };
    void client.createUserHandle({
      body: {
        ...body,
        // @ts-expect-error "handleServiceId" is documented as a string
        handleServiceId: 7,
      },
    });
    void raw.POST('/user/handles', {
      body: {
        ...body,
        // @ts-expect-error "handleServiceId" is documented as a string
        handleServiceId: 7,
      },
    });
  });

  it('createUserHarvester (POST /user/harvesters)', () => {
    void client.createUserHarvester({
      body: {
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
      },
    });
    void raw.POST('/user/harvesters', {
      body: {
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
      },
    });
    const body = {
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
    };
    void client.createUserHarvester({
      body: {
        ...body,
        // @ts-expect-error "name" is documented as a string
        name: 7,
      },
    });
    void raw.POST('/user/harvesters', {
      body: {
        ...body,
        // @ts-expect-error "name" is documented as a string
        name: 7,
      },
    });
  });

  it('createUserSpace (POST /user/spaces)', () => {
    void client.createUserSpace({ body: { name: 'test_space', notInTheDocs: true } });
    void raw.POST('/user/spaces', { body: { name: 'test_space', notInTheDocs: true } });
    const body = { name: 'test_space' };
    void client.createUserSpace({
      body: {
        ...body,
        // @ts-expect-error "name" is documented as a string
        name: 7,
      },
    });
    void raw.POST('/user/spaces', {
      body: {
        ...body,
        // @ts-expect-error "name" is documented as a string
        name: 7,
      },
    });
  });

  it('modifyCurrentUser (PATCH /user)', () => {
    void client.modifyCurrentUser({ body: { fullName: 'John Doe', username: 'sample', notInTheDocs: true } });
    void raw.PATCH('/user', { body: { fullName: 'John Doe', username: 'sample', notInTheDocs: true } });
    const body = { fullName: 'John Doe', username: 'sample' };
    void client.modifyCurrentUser({
      body: {
        ...body,
        // @ts-expect-error "fullName" is documented as a string
        fullName: 7,
      },
    });
    void raw.PATCH('/user', {
      body: {
        ...body,
        // @ts-expect-error "fullName" is documented as a string
        fullName: 7,
      },
    });
  });

  it('setUserSpaceAlias (PUT /user/spaces/{sid}/alias)', () => {
    void client.setUserSpaceAlias({
      path: { sid: 'sample' },
      body: { alias: 'Test space 2', notInTheDocs: true },
    });
    void raw.PUT('/user/spaces/{sid}/alias', {
      params: { path: { sid: 'sample' } },
      body: { alias: 'Test space 2', notInTheDocs: true },
    });
    const body = { alias: 'Test space 2' };
    void client.setUserSpaceAlias({
      path: { sid: 'sample' },
      body: {
        ...body,
        // @ts-expect-error "alias" is documented as a string
        alias: 7,
      },
    });
    void raw.PUT('/user/spaces/{sid}/alias', {
      params: { path: { sid: 'sample' } },
      body: {
        ...body,
        // @ts-expect-error "alias" is documented as a string
        alias: 7,
      },
    });
  });

  it('joinGroup (POST /user/groups/join)', () => {
    void client.joinGroup({ body: { token: '9ef3973a007d616cb6b3e95829dec18a', notInTheDocs: true } });
    void raw.POST('/user/groups/join', {
      body: { token: '9ef3973a007d616cb6b3e95829dec18a', notInTheDocs: true },
    });
    const body = { token: '9ef3973a007d616cb6b3e95829dec18a' };
    void client.joinGroup({
      body: {
        ...body,
        // @ts-expect-error "token" is documented as a string
        token: 7,
      },
    });
    void raw.POST('/user/groups/join', {
      body: {
        ...body,
        // @ts-expect-error "token" is documented as a string
        token: 7,
      },
    });
  });

  it('joinHarvester (POST /user/harvesters/join)', () => {
    void client.joinHarvester({
      body: {
        token: 'MDAxNmxvY2F00aW9uRVM2TVo5UlZ5cGFjZV9jcmLciFsOgyUkPI3f02le6PM01IX8go',
        notInTheDocs: true,
      },
    });
    void raw.POST('/user/harvesters/join', {
      body: {
        token: 'MDAxNmxvY2F00aW9uRVM2TVo5UlZ5cGFjZV9jcmLciFsOgyUkPI3f02le6PM01IX8go',
        notInTheDocs: true,
      },
    });
    const body = { token: 'MDAxNmxvY2F00aW9uRVM2TVo5UlZ5cGFjZV9jcmLciFsOgyUkPI3f02le6PM01IX8go' };
    void client.joinHarvester({
      body: {
        ...body,
        // @ts-expect-error "token" is documented as a string
        token: 7,
      },
    });
    void raw.POST('/user/harvesters/join', {
      body: {
        ...body,
        // @ts-expect-error "token" is documented as a string
        token: 7,
      },
    });
  });

  it('joinSpace (POST /user/spaces/join)', () => {
    void client.joinSpace({
      body: {
        token: 'MDAxNmxvY2F00aW9uRVM2TVo5UlZ5cGFjZV9jcmLciFsOgyUkPI3f02le6PM01IX8go',
        notInTheDocs: true,
      },
    });
    void raw.POST('/user/spaces/join', {
      body: {
        token: 'MDAxNmxvY2F00aW9uRVM2TVo5UlZ5cGFjZV9jcmLciFsOgyUkPI3f02le6PM01IX8go',
        notInTheDocs: true,
      },
    });
    const body = { token: 'MDAxNmxvY2F00aW9uRVM2TVo5UlZ5cGFjZV9jcmLciFsOgyUkPI3f02le6PM01IX8go' };
    void client.joinSpace({
      body: {
        ...body,
        // @ts-expect-error "token" is documented as a string
        token: 7,
      },
    });
    void raw.POST('/user/spaces/join', {
      body: {
        ...body,
        // @ts-expect-error "token" is documented as a string
        token: 7,
      },
    });
  });

  it('updateCurrentUserAdminPrivileges (PATCH /user/privileges)', () => {
    void client.updateCurrentUserAdminPrivileges({
      body: { grant: ['oz_view_privileges'], revoke: ['oz_view_privileges'], notInTheDocs: true },
    });
    void raw.PATCH('/user/privileges', {
      body: { grant: ['oz_view_privileges'], revoke: ['oz_view_privileges'], notInTheDocs: true },
    });
    const body = { grant: ['oz_view_privileges'], revoke: ['oz_view_privileges'] };
    void client.updateCurrentUserAdminPrivileges({
      body: {
        ...body,
        // @ts-expect-error "grant" is documented as a list
        grant: 'not a list',
      },
    });
    void raw.PATCH('/user/privileges', {
      body: {
        ...body,
        // @ts-expect-error "grant" is documented as a list
        grant: 'not a list',
      },
    });
  });

  it('updateUserAdminPrivileges (PATCH /users/{id}/privileges)', () => {
    void client.updateUserAdminPrivileges({
      path: { id: 'sample' },
      body: { grant: ['oz_view_privileges'], revoke: ['oz_view_privileges'], notInTheDocs: true },
    });
    void raw.PATCH('/users/{id}/privileges', {
      params: { path: { id: 'sample' } },
      body: { grant: ['oz_view_privileges'], revoke: ['oz_view_privileges'], notInTheDocs: true },
    });
    const body = { grant: ['oz_view_privileges'], revoke: ['oz_view_privileges'] };
    void client.updateUserAdminPrivileges({
      path: { id: 'sample' },
      body: {
        ...body,
        // @ts-expect-error "grant" is documented as a list
        grant: 'not a list',
      },
    });
    void raw.PATCH('/users/{id}/privileges', {
      params: { path: { id: 'sample' } },
      body: {
        ...body,
        // @ts-expect-error "grant" is documented as a list
        grant: 'not a list',
      },
    });
  });

  it('toggleUserAccessBlock (PATCH /users/{id}/access_block)', () => {
    void client.toggleUserAccessBlock({
      path: { id: 'sample' },
      body: { blocked: true, notInTheDocs: true },
    });
    void raw.PATCH('/users/{id}/access_block', {
      params: { path: { id: 'sample' } },
      body: { blocked: true, notInTheDocs: true },
    });
    const body = { blocked: true };
    void client.toggleUserAccessBlock({
      path: { id: 'sample' },
      body: {
        ...body,
        // @ts-expect-error "blocked" is documented as a boolean
        blocked: 'yes',
      },
    });
    void raw.PATCH('/users/{id}/access_block', {
      params: { path: { id: 'sample' } },
      body: {
        ...body,
        // @ts-expect-error "blocked" is documented as a boolean
        blocked: 'yes',
      },
    });
  });

  it('userJoinCluster (POST /user/clusters/join)', () => {
    void client.userJoinCluster({
      body: {
        token: 'MDAxNmxvY2F00aW9uRVM2TVo5UlZ5cGFjZV9jcmLciFsOgyUkPI3f02le6PM01IX8go',
        notInTheDocs: true,
      },
    });
    void raw.POST('/user/clusters/join', {
      body: {
        token: 'MDAxNmxvY2F00aW9uRVM2TVo5UlZ5cGFjZV9jcmLciFsOgyUkPI3f02le6PM01IX8go',
        notInTheDocs: true,
      },
    });
    const body = { token: 'MDAxNmxvY2F00aW9uRVM2TVo5UlZ5cGFjZV9jcmLciFsOgyUkPI3f02le6PM01IX8go' };
    void client.userJoinCluster({
      body: {
        ...body,
        // @ts-expect-error "token" is documented as a string
        token: 7,
      },
    });
    void raw.POST('/user/clusters/join', {
      body: {
        ...body,
        // @ts-expect-error "token" is documented as a string
        token: 7,
      },
    });
  });
});

describe('success bodies read undocumented fields as unknown and documented ones as typed', () => {
  it('acquireIdpAccessToken (POST /user/idp_access_token/{idp})', async () => {
    const data = await client.acquireIdpAccessToken({ path: { idp: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.POST('/user/idp_access_token/{idp}', {
      params: { path: { idp: 'sample' } },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.token).toEqualTypeOf<string>();
    expectTypeOf(rawData?.token).toEqualTypeOf<string | undefined>();
  });

  it('listUserHandleServices (GET /user/handle_services)', async () => {
    const data = await client.listUserHandleServices();
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/handle_services', {});
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.handle_services).toEqualTypeOf<string[]>();
    expectTypeOf(rawData?.handle_services).toEqualTypeOf<string[] | undefined>();
  });

  it('listClientTokens (GET /user/client_tokens)', async () => {
    const data = await client.listClientTokens();
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/client_tokens', {});
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.tokens).toEqualTypeOf<string[]>();
    expectTypeOf(rawData?.tokens).toEqualTypeOf<string[] | undefined>();
  });

  it('createClientToken (POST /user/client_tokens)', async () => {
    const data = await client.createClientToken();
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.POST('/user/client_tokens', {});
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.token).toEqualTypeOf<string>();
    expectTypeOf(rawData?.token).toEqualTypeOf<string | undefined>();
  });

  it('createProviderRegistrationTokenForCurrentUser (POST /user/clusters/provider_registration_token)', async () => {
    const data = await client.createProviderRegistrationTokenForCurrentUser();
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.POST('/user/clusters/provider_registration_token', {});
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.token).toEqualTypeOf<string>();
    expectTypeOf(rawData?.token).toEqualTypeOf<string | undefined>();
  });

  it('createProviderRegistrationTokenForUser (POST /users/{id}/clusters/provider_registration_token)', async () => {
    const data = await client.createProviderRegistrationTokenForUser({ path: { id: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.POST('/users/{id}/clusters/provider_registration_token', {
      params: { path: { id: 'sample' } },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.token).toEqualTypeOf<string>();
    expectTypeOf(rawData?.token).toEqualTypeOf<string | undefined>();
  });

  it('ozUsersList (GET /users)', async () => {
    const data = await client.ozUsersList();
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/users', {});
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.users).toEqualTypeOf<string[]>();
    expectTypeOf(rawData?.users).toEqualTypeOf<string[] | undefined>();
  });

  it('listUserGroups (GET /user/groups)', async () => {
    const data = await client.listUserGroups();
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/groups', {});
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.groups).toEqualTypeOf<string[]>();
    expectTypeOf(rawData?.groups).toEqualTypeOf<string[] | undefined>();
  });

  it('listUserHandles (GET /user/handles)', async () => {
    const data = await client.listUserHandles();
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/handles', {});
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.handles).toEqualTypeOf<string[]>();
    expectTypeOf(rawData?.handles).toEqualTypeOf<string[] | undefined>();
  });

  it('listUserHarvesters (GET /user/harvesters)', async () => {
    const data = await client.listUserHarvesters();
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/harvesters', {});
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.harvesters).toEqualTypeOf<string[] | undefined>();
    expectTypeOf(rawData?.harvesters).toEqualTypeOf<string[] | undefined>();
  });

  it('listUserSpaces (GET /user/spaces)', async () => {
    const data = await client.listUserSpaces();
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/spaces', {});
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.spaces).toEqualTypeOf<string[] | undefined>();
    expectTypeOf(rawData?.spaces).toEqualTypeOf<string[] | undefined>();
  });

  it('getCurrentUser (GET /user)', async () => {
    const data = await client.getCurrentUser();
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user', {});
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.userId).toEqualTypeOf<string>();
    expectTypeOf(rawData?.userId).toEqualTypeOf<string | undefined>();
  });

  it('getEffectiveUserHarvester (GET /user/effective_harvesters/{hid})', async () => {
    const data = await client.getEffectiveUserHarvester({ path: { hid: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/effective_harvesters/{hid}', {
      params: { path: { hid: 'sample' } },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.harvesterId).toEqualTypeOf<string>();
    expectTypeOf(rawData?.harvesterId).toEqualTypeOf<string | undefined>();
  });

  it('getEffectiveUserSpace (GET /user/effective_spaces/{sid})', async () => {
    const data = await client.getEffectiveUserSpace({ path: { sid: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/effective_spaces/{sid}', {
      params: { path: { sid: 'sample' } },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.spaceId).toEqualTypeOf<string>();
    expectTypeOf(rawData?.spaceId).toEqualTypeOf<string | undefined>();
  });

  it('getSpaceMembershipRequests (GET /user/space_membership_requests)', async () => {
    const data = await client.getSpaceMembershipRequests();
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/space_membership_requests', {});
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
  });

  it('getUser (GET /users/{id})', async () => {
    const data = await client.getUser({ path: { id: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/users/{id}', { params: { path: { id: 'sample' } } });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.userId).toEqualTypeOf<string>();
    expectTypeOf(rawData?.userId).toEqualTypeOf<string | undefined>();
  });

  it('getUserCluster (GET /user/clusters/{cid})', async () => {
    const data = await client.getUserCluster({ path: { cid: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/clusters/{cid}', { params: { path: { cid: 'sample' } } });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.clusterId).toEqualTypeOf<string>();
    expectTypeOf(rawData?.clusterId).toEqualTypeOf<string | undefined>();
  });

  it('getUserEffectiveCluster (GET /user/effective_clusters/{cid})', async () => {
    const data = await client.getUserEffectiveCluster({ path: { cid: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/effective_clusters/{cid}', {
      params: { path: { cid: 'sample' } },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.clusterId).toEqualTypeOf<string>();
    expectTypeOf(rawData?.clusterId).toEqualTypeOf<string | undefined>();
  });

  it('getUserEffectiveGroup (GET /user/effective_groups/{gid})', async () => {
    const data = await client.getUserEffectiveGroup({ path: { gid: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/effective_groups/{gid}', {
      params: { path: { gid: 'sample' } },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.groupId).toEqualTypeOf<string>();
    expectTypeOf(rawData?.groupId).toEqualTypeOf<string | undefined>();
  });

  it('getUserEffectiveHandle (GET /user/effective_handles/{hid})', async () => {
    const data = await client.getUserEffectiveHandle({ path: { hid: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/effective_handles/{hid}', {
      params: { path: { hid: 'sample' } },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.handleId).toEqualTypeOf<string>();
    expectTypeOf(rawData?.handleId).toEqualTypeOf<string | undefined>();
  });

  it('getUserEffectiveHandleService (GET /user/effective_handle_services/{hsid})', async () => {
    const data = await client.getUserEffectiveHandleService({ path: { hsid: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/effective_handle_services/{hsid}', {
      params: { path: { hsid: 'sample' } },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.handleServiceId).toEqualTypeOf<string>();
    expectTypeOf(rawData?.handleServiceId).toEqualTypeOf<string | undefined>();
  });

  it('getUserEffectiveProvider (GET /user/effective_providers/{pid})', async () => {
    const data = await client.getUserEffectiveProvider({ path: { pid: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/effective_providers/{pid}', {
      params: { path: { pid: 'sample' } },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.providerId).toEqualTypeOf<string>();
    expectTypeOf(rawData?.providerId).toEqualTypeOf<string | undefined>();
  });

  it('getUserGroup (GET /user/groups/{gid})', async () => {
    const data = await client.getUserGroup({ path: { gid: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/groups/{gid}', { params: { path: { gid: 'sample' } } });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.groupId).toEqualTypeOf<string>();
    expectTypeOf(rawData?.groupId).toEqualTypeOf<string | undefined>();
  });

  it('getUserHandle (GET /user/handles/{hid})', async () => {
    const data = await client.getUserHandle({ path: { hid: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/handles/{hid}', { params: { path: { hid: 'sample' } } });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.handleId).toEqualTypeOf<string>();
    expectTypeOf(rawData?.handleId).toEqualTypeOf<string | undefined>();
  });

  it('getUserHandleService (GET /user/handle_services/{hsid})', async () => {
    const data = await client.getUserHandleService({ path: { hsid: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/handle_services/{hsid}', {
      params: { path: { hsid: 'sample' } },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.handleServiceId).toEqualTypeOf<string>();
    expectTypeOf(rawData?.handleServiceId).toEqualTypeOf<string | undefined>();
  });

  it('getUserHarvester (GET /user/harvesters/{hid})', async () => {
    const data = await client.getUserHarvester({ path: { hid: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/harvesters/{hid}', {
      params: { path: { hid: 'sample' } },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.harvesterId).toEqualTypeOf<string>();
    expectTypeOf(rawData?.harvesterId).toEqualTypeOf<string | undefined>();
  });

  it('getUserSpace (GET /user/spaces/{sid})', async () => {
    const data = await client.getUserSpace({ path: { sid: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/spaces/{sid}', { params: { path: { sid: 'sample' } } });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.spaceId).toEqualTypeOf<string>();
    expectTypeOf(rawData?.spaceId).toEqualTypeOf<string | undefined>();
  });

  it('getUserSpaceAlias (GET /user/spaces/{sid}/alias)', async () => {
    const data = await client.getUserSpaceAlias({ path: { sid: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/spaces/{sid}/alias', {
      params: { path: { sid: 'sample' } },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.alias).toEqualTypeOf<string>();
    expectTypeOf(rawData?.alias).toEqualTypeOf<string | undefined>();
  });

  it('getUserSpacesInEffectiveProvider (GET /user/effective_providers/{pid}/spaces)', async () => {
    const data = await client.getUserSpacesInEffectiveProvider({ path: { pid: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/effective_providers/{pid}/spaces', {
      params: { path: { pid: 'sample' } },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.spaces).toEqualTypeOf<string[]>();
    expectTypeOf(rawData?.spaces).toEqualTypeOf<string[] | undefined>();
  });

  it('listCurrentUserAdminPrivileges (GET /user/privileges)', async () => {
    const data = await client.listCurrentUserAdminPrivileges();
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/privileges', {});
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.privileges).toEqualTypeOf<string[] | undefined>();
    expectTypeOf(rawData?.privileges).toEqualTypeOf<string[] | undefined>();
  });

  it('listCurrentUserEffectiveAdminPrivileges (GET /user/effective_privileges)', async () => {
    const data = await client.listCurrentUserEffectiveAdminPrivileges();
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/effective_privileges', {});
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.privileges).toEqualTypeOf<string[] | undefined>();
    expectTypeOf(rawData?.privileges).toEqualTypeOf<string[] | undefined>();
  });

  it('listEffectiveUserGroups (GET /user/effective_groups)', async () => {
    const data = await client.listEffectiveUserGroups();
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/effective_groups', {});
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.groups).toEqualTypeOf<string[]>();
    expectTypeOf(rawData?.groups).toEqualTypeOf<string[] | undefined>();
  });

  it('listEffectiveUserHarvesters (GET /user/effective_harvesters)', async () => {
    const data = await client.listEffectiveUserHarvesters();
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/effective_harvesters', {});
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.harvesters).toEqualTypeOf<string[]>();
    expectTypeOf(rawData?.harvesters).toEqualTypeOf<string[] | undefined>();
  });

  it('listEffectiveUserProviders (GET /user/effective_providers)', async () => {
    const data = await client.listEffectiveUserProviders();
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/effective_providers', {});
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.providers).toEqualTypeOf<string[]>();
    expectTypeOf(rawData?.providers).toEqualTypeOf<string[] | undefined>();
  });

  it('listEffectiveUserSpaces (GET /user/effective_spaces)', async () => {
    const data = await client.listEffectiveUserSpaces();
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/effective_spaces', {});
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.spaces).toEqualTypeOf<string[]>();
    expectTypeOf(rawData?.spaces).toEqualTypeOf<string[] | undefined>();
  });

  it('listUserAdminPrivileges (GET /users/{id}/privileges)', async () => {
    const data = await client.listUserAdminPrivileges({ path: { id: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/users/{id}/privileges', { params: { path: { id: 'sample' } } });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.privileges).toEqualTypeOf<string[] | undefined>();
    expectTypeOf(rawData?.privileges).toEqualTypeOf<string[] | undefined>();
  });

  it('listUserClusters (GET /user/clusters)', async () => {
    const data = await client.listUserClusters();
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/clusters', {});
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.clusters).toEqualTypeOf<string[]>();
    expectTypeOf(rawData?.clusters).toEqualTypeOf<string[] | undefined>();
  });

  it('listUserEffectiveAdminPrivileges (GET /users/{id}/effective_privileges)', async () => {
    const data = await client.listUserEffectiveAdminPrivileges({ path: { id: 'sample' } });
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/users/{id}/effective_privileges', {
      params: { path: { id: 'sample' } },
    });
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.privileges).toEqualTypeOf<string[] | undefined>();
    expectTypeOf(rawData?.privileges).toEqualTypeOf<string[] | undefined>();
  });

  it('listUserEffectiveClusters (GET /user/effective_clusters)', async () => {
    const data = await client.listUserEffectiveClusters();
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/effective_clusters', {});
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.clusters).toEqualTypeOf<string[]>();
    expectTypeOf(rawData?.clusters).toEqualTypeOf<string[] | undefined>();
  });

  it('listUserEffectiveHandleServices (GET /user/effective_handle_services)', async () => {
    const data = await client.listUserEffectiveHandleServices();
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/effective_handle_services', {});
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.handle_services).toEqualTypeOf<string[]>();
    expectTypeOf(rawData?.handle_services).toEqualTypeOf<string[] | undefined>();
  });

  it('listUserEffectiveHandles (GET /user/effective_handles)', async () => {
    const data = await client.listUserEffectiveHandles();
    expectTypeOf(data.notInTheDocs).toBeUnknown();
    const { data: rawData } = await raw.GET('/user/effective_handles', {});
    expectTypeOf(rawData?.notInTheDocs).toBeUnknown();
    expectTypeOf(data.handles).toEqualTypeOf<string[]>();
    expectTypeOf(rawData?.handles).toEqualTypeOf<string[] | undefined>();
  });
});
