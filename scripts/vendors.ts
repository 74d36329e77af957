/** The registry of vendors: every other script reads this list instead of repeating it. */
export interface Vendor {
  /** Folder name under specs/ and packages/. */
  id: string;
  /** File name of the vendor's generated Python client doc in the docs folder. */
  doc: string;
  /** npm package name. */
  packageName: string;
  /** Human title used in specs and READMEs. */
  title: string;
  /** Name of the client factory the generated package exports. */
  factory: string;
}

export const vendors: readonly Vendor[] = [
  {
    id: 'onezone',
    doc: 'onezone.UserApi.md',
    packageName: '@vendor-clients/onezone',
    title: 'Onezone (Onedata) User API',
    factory: 'createOnezoneClient',
  },
  {
    id: 'tiledb-cloud',
    doc: 'tiledb-cloud.UserApi.md',
    packageName: '@vendor-clients/tiledb-cloud',
    title: 'TileDB Cloud User API',
    factory: 'createTiledbCloudClient',
  },
  {
    id: 'arthur',
    doc: 'arthur.UsersV1Api.md',
    packageName: '@vendor-clients/arthur',
    title: 'Arthur Users V1 API',
    factory: 'createArthurClient',
  },
  {
    id: 'kestra',
    doc: 'kestra.UsersApi.md',
    packageName: '@vendor-clients/kestra',
    title: 'Kestra Users API',
    factory: 'createKestraClient',
  },
  {
    id: 'extremecloudiq',
    doc: 'extremecloudiq.UserApi.md',
    packageName: '@vendor-clients/extremecloudiq',
    title: 'ExtremeCloud IQ User API',
    factory: 'createExtremecloudiqClient',
  },
];

export function vendorById(id: string): Vendor {
  const vendor = vendors.find((v) => v.id === id);
  if (!vendor) {
    throw new Error(`unknown vendor "${id}" (known: ${vendors.map((v) => v.id).join(', ')})`);
  }
  return vendor;
}
