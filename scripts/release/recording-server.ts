/** A 127.0.0.1 HTTP server that answers every request with a small JSON body and remembers it. */
import { createServer } from 'node:http';

export interface RecordingServer {
  readonly url: string;
  readonly requests: Array<{ method: string; path: string }>;
  close(): Promise<void>;
}

export function startRecordingServer(): Promise<RecordingServer> {
  const requests: Array<{ method: string; path: string }> = [];
  const server = createServer((request, response) => {
    requests.push({ method: request.method ?? '', path: new URL(request.url ?? '/', 'http://x').pathname });
    request.resume();
    response.writeHead(200, { 'content-type': 'application/json', connection: 'close' });
    response.end(JSON.stringify({ served: 'by the e2e test' }));
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}`,
        requests,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
