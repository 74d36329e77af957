// The five built packages, each as a namespace, so the floor-Node test reads like a table.
export * as arthur from '@vendor-clients/arthur';
export * as extremecloudiq from '@vendor-clients/extremecloudiq';
export * as kestra from '@vendor-clients/kestra';
export * as onezone from '@vendor-clients/onezone';
export * as tiledbCloud from '@vendor-clients/tiledb-cloud';
