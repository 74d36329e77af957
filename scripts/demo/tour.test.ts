import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vendorById, vendors } from '../vendors.js';
import { modelOfVendor } from './model-of.js';
import { type PrismServer, startPrism } from './prism.js';
import {
  type DemoVendor,
  demoClient,
  inputFor,
  loadDemoVendor,
  pagedOperations,
  runTour,
  tourOperations,
  violationNotingFetch,
} from './tour.js';

describe('demo tour against Prism (needs `pnpm build` for the vendor dist folders)', () => {
  it.each(vendors.map((v) => [v.id, v] as const))(
    '%s: Prism accepts every call of the tour',
    async (_id, vendor) => {
      const lines: string[] = [];
      const refused = await runTour(vendor, (line) => lines.push(line));
      expect(refused, lines.join('\n')).toBe(0);
      const { operations } = modelOfVendor(vendor);
      const steps = tourOperations(operations).length;
      expect(steps).toBeGreaterThanOrEqual(2);
      // One line per step, and one per paged operation: every page of it, by the README's loop.
      const paged = pagedOperations(operations).length;
      expect(lines.filter((l) => l.includes('->'))).toHaveLength(steps + paged);
      expect(lines.filter((l) => l.includes(`-> `) && l.includes('in pages 1, 2, 3'))).toHaveLength(paged);
    },
    60_000,
  );
});

/** Drops every credential header (the vendor's API-key headers and Authorization) on the wire. */
function withoutCredentials(demo: DemoVendor): typeof fetch {
  const names = new Set(['authorization', ...demo.bindings.map((b) => b.name.toLowerCase())]);
  return (input, init) => {
    const headers = new Headers(init?.headers);
    for (const name of names) headers.delete(name);
    return fetch(input, { ...init, headers });
  };
}

interface Refusal {
  vendor: string;
  given: string;
  operationId: string;
  /** The demo's own input for the operation, changed as `given` says. */
  input: (demoInput: Record<string, unknown>) => unknown;
  dropCredentials?: boolean;
  want: number;
}

const firstTourCall = (vendor: string): string =>
  tourOperations(modelOfVendor(vendorById(vendor)).operations)[0]!.op.operationId;

const refusals: Refusal[] = [
  ...vendors.map((v) => ({
    vendor: v.id,
    given: 'no credential on the wire',
    operationId: firstTourCall(v.id),
    input: (demoInput: Record<string, unknown>) => demoInput,
    dropCredentials: true,
    want: 401,
  })),
  {
    vendor: 'onezone',
    given: 'a body that is text where the spec wants a HandleService object',
    operationId: 'addUserHandleService',
    input: () => ({ body: 'not a handle service' }),
    want: 422,
  },
  {
    vendor: 'tiledb-cloud',
    given: 'a body that is a list where the spec wants AWSAccessCredentials',
    operationId: 'addAwsAccessCredentials',
    input: (demoInput) => ({ ...demoInput, body: [] }),
    want: 422,
  },
  {
    vendor: 'arthur',
    given: 'query page as a word where the spec wants an integer',
    operationId: 'getOrganizationUsers',
    input: () => ({ query: { page: 'first' } }),
    want: 422,
  },
  {
    vendor: 'kestra',
    given: 'required query size left out',
    operationId: 'listUsers',
    input: () => ({ query: { page: 1 } }),
    want: 422,
  },
  {
    vendor: 'extremecloudiq',
    // getUser declares its own 400 (XiqError) for a bad request, so Prism answers with that, not 422.
    given: 'path id as a word where the spec wants an integer',
    operationId: 'getUser',
    input: () => ({ path: { id: 'seven' } }),
    want: 400,
  },
];

describe.each(vendors.map((v) => v.id))('Prism refuses a wrong %s call as the server would', (vendor) => {
  let demo: DemoVendor;
  let prism: PrismServer;
  beforeAll(async () => {
    demo = await loadDemoVendor(vendorById(vendor));
    prism = await startPrism(demo.specFile);
  }, 60_000);
  afterAll(() => prism?.close());

  it.each(refusals.filter((r) => r.vendor === vendor))(
    '$operationId, given $given: $want',
    async ({ operationId, input, dropCredentials, want }) => {
      const op = demo.model.operations.find((o) => o.operationId === operationId)!;
      const { client } = demoClient(demo, prism.baseUrl, dropCredentials ? withoutCredentials(demo) : fetch);
      const error = await client[operationId]!(input(inputFor(op, demo.root))).then(
        () => undefined,
        (e: unknown) => e as { status?: number },
      );
      expect(error?.status).toBe(want);
    },
  );
});

describe('violationNotingFetch', () => {
  let server: ReturnType<typeof createServer>;
  let url: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/warned') res.setHeader('sl-violations', '[{"message":"deprecated"}]');
      res.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it.each([
    { given: 'an answer with sl-violations', path: '/warned', want: ['[{"message":"deprecated"}]'] },
    { given: 'an answer without', path: '/clean', want: [] },
  ])('notes what Prism found, given $given', async ({ path, want }) => {
    const violations: string[] = [];
    const response = await violationNotingFetch(violations)(`${url}${path}`);
    expect(response.status).toBe(200);
    expect(violations).toEqual(want);
  });
});
