/** The registry of vendors: every other script reads this list instead of repeating it. */
export interface Vendor {
  /** Folder name under specs/ and packages/. */
  id: string;
  /** The vendor's doc set: its folder in the doc sets folder (`../shared/docsets`). */
  docSet: string;
  /** The doc set's API page or pages (several make one spec); model pages are found by their links. */
  apiPages: readonly string[];
  /** npm package name. */
  packageName: string;
  /** Human title used in specs and READMEs. */
  title: string;
  /** Name of the client factory the generated package exports. */
  factory: string;
  /**
   * The vendor's core user flow, the README's first example: operationIds of its spec, in order (list
   * users, get one, create or update one, as far as the API has them). Without it: the first GET
   * without path parameters and the first with them.
   */
  userFlow?: readonly string[];
}

export const vendors: readonly Vendor[] = [
  {
    id: 'onezone',
    docSet: 'onezone',
    apiPages: ['UserApi.md'],
    packageName: '@vendor-clients/onezone',
    title: 'Onezone (Onedata) User API',
    factory: 'createOnezoneClient',
    userFlow: ['ozUsersList', 'getUser', 'createUser'],
  },
  {
    id: 'tiledb-cloud',
    docSet: 'tiledb-cloud',
    apiPages: ['UserApi.md'],
    packageName: '@vendor-clients/tiledb-cloud',
    title: 'TileDB Cloud User API',
    factory: 'createTiledbCloudClient',
    userFlow: ['getUser', 'getUserWithUsername', 'updateUser'],
  },
  {
    id: 'arthur',
    docSet: 'arthur',
    apiPages: ['UsersV1Api.md'],
    packageName: '@vendor-clients/arthur',
    title: 'Arthur Users V1 API',
    factory: 'createArthurClient',
    userFlow: ['getOrganizationUsers', 'getUsersMe', 'postOrganizationUser', 'patchUser'],
  },
  {
    id: 'kestra',
    docSet: 'kestra',
    apiPages: ['UsersApi.md'],
    packageName: '@vendor-clients/kestra',
    title: 'Kestra Users API',
    factory: 'createKestraClient',
    userFlow: ['listUsers', 'getUser', 'createUser'],
  },
  {
    id: 'extremecloudiq',
    docSet: 'extremecloudiq',
    apiPages: ['apis/tags/UserApi.md'],
    packageName: '@vendor-clients/extremecloudiq',
    title: 'ExtremeCloud IQ User API',
    factory: 'createExtremecloudiqClient',
    userFlow: ['listUsers', 'getUser', 'createUser'],
  },
];

export function vendorById(id: string): Vendor {
  const vendor = vendors.find((v) => v.id === id);
  if (!vendor) {
    throw new Error(`unknown vendor "${id}" (known: ${vendors.map((v) => v.id).join(', ')})`);
  }
  return vendor;
}
