import { createNodeTransport, type Transport } from '@vendor-clients/runtime/node';

/** The transports the contract and auth suites run every case against. */
export interface TransportCase {
  readonly name: string;
  /** Undefined means the client's default (global fetch). */
  readonly make: () => Transport | undefined;
}

export const transports: readonly TransportCase[] = [
  { name: 'fetch', make: () => undefined },
  { name: 'node (undici)', make: () => createNodeTransport({ connections: 8 }) },
];
