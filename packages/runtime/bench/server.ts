// A keep-alive JSON server for the profiling script, run in its own process so it does not share the
// client's event loop. Prints its origin on stdout.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const user = JSON.stringify({
  id: 'u-1',
  name: 'Ada Lovelace',
  email: 'ada@example.test',
  groups: ['admins', 'analysts'],
  createdAt: '2030-01-01T00:00:00Z',
});
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'r-1' });
    res.end(user);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});
process.on('disconnect', () => server.close());
