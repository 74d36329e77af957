import { bindSecuritySchemes } from '@vendor-clients/auth';
import { afterEach, beforeEach } from 'vitest';
import type { OperationSpec } from '../src/operation.js';
import type { Transport } from '../src/transport.js';
import { startServer, type TestServer } from './server.js';
import type { TransportCase } from './transports.js';

/** One security scheme of each kind a spec can declare, as the generator binds them. */
export const allSchemes = {
  header_key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
  query_key: { type: 'apiKey', in: 'query', name: 'api_key' },
  cookie_key: { type: 'apiKey', in: 'cookie', name: 'session_key' },
  basic: { type: 'http', scheme: 'basic' },
  bearer: { type: 'http', scheme: 'bearer' },
  oauth: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://x.test/token', scopes: {} } } },
} as const;

export const allBindings = bindSecuritySchemes(allSchemes);

/** `GET /users/{id}`, accepting only `scheme` (the header API key by default). */
export function getUserWith(scheme: keyof typeof allSchemes = 'header_key'): OperationSpec {
  return {
    operationId: 'getUser',
    method: 'GET',
    path: '/users/{id}',
    pathParams: ['id'],
    security: [{ [scheme]: [] }],
  };
}

/**
 * Per test: a fresh transport of the case's kind (closed after it) and `serve`, which starts a
 * recording server on 127.0.0.1 that is closed after the test.
 */
export function serversAndTransport(kind: TransportCase): {
  serve: (handler: Parameters<typeof startServer>[0]) => Promise<TestServer>;
  transport: () => Transport | undefined;
} {
  const servers: TestServer[] = [];
  let transport: Transport | undefined;
  beforeEach(() => {
    transport = kind.make();
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
    await transport?.close();
  });
  return {
    serve: async (handler) => {
      const server = await startServer(handler);
      servers.push(server);
      return server;
    },
    transport: () => transport,
  };
}
