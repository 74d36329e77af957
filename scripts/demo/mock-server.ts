import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SchemeBinding } from '@vendor-clients/auth';
import type { ApiModel, Operation } from '../generate/model.js';
import { sampleOf } from '../generate/sample.js';
import type { JsonObject } from '../generate/spec.js';

export interface MockServer {
  readonly baseUrl: string;
  close(): Promise<void>;
}

interface Route {
  readonly op: Operation;
  readonly pattern: RegExp;
}

function routeOf(op: Operation, basePath: string): Route {
  const escaped = op.path
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace(/\\?\{[^{}]+\\?\}|\{[^{}]+\}/g, '[^/]+');
  return { op, pattern: new RegExp(`^${basePath}${escaped}$`) };
}

/**
 * A mock of the API on 127.0.0.1: each operation answers with its success status and a body built from
 * the spec's examples and schemas; a request without any credential header the operation accepts gets 401.
 */
export async function startMockServer(
  model: ApiModel,
  bindings: readonly SchemeBinding[],
  root: JsonObject,
): Promise<MockServer> {
  const basePath = new URL(model.defaultBaseUrl).pathname.replace(/\/$/, '');
  const routes = model.operations.map((op) => routeOf(op, basePath));
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0]!;
      const route = routes.find((r) => r.op.method === req.method?.toLowerCase() && r.pattern.test(path));
      if (!route) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: `no operation for ${req.method} ${path}` }));
        return;
      }
      const accepted = route.op.security.flatMap((alt) =>
        Object.keys(alt).flatMap((scheme) =>
          bindings.filter((b) => b.scheme === scheme).map((b) => b.name.toLowerCase()),
        ),
      );
      if (accepted.length > 0 && !accepted.some((name) => req.headers[name] !== undefined)) {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'credentials required' }));
        return;
      }
      const { success } = route.op;
      const status = /^\d+$/.test(success.status) ? Number(success.status) : 200;
      if (!success.mediaType || status === 204) {
        res.writeHead(status);
        res.end();
        return;
      }
      const body = sampleOf(success.schema, root);
      const json = /json|\*\/\*/.test(success.mediaType);
      res.writeHead(status, {
        'content-type': json ? 'application/json' : success.mediaType,
        'x-request-id': 'demo-1',
      });
      res.end(json ? JSON.stringify(body) : String(body ?? ''));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${basePath}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
