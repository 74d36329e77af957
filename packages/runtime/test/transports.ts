import { createNodeTransport } from '../src/node.js';
import type { Transport } from '../src/transport.js';

/** The transports every client test runs against: the default (global fetch) and the Node one. */
export interface TransportCase {
  readonly name: string;
  /** Undefined means the default transport (global fetch, whose pool has no limit to set). */
  readonly make: (connections?: number) => Transport | undefined;
}

export const transports: readonly TransportCase[] = [
  { name: 'fetch', make: () => undefined },
  { name: 'node (undici)', make: (connections = 8) => createNodeTransport({ connections }) },
];
