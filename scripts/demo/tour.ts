import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Credential, SchemeBinding } from '@vendor-clients/auth';
import type { DriftReport } from '@vendor-clients/runtime/validate';
import { bindingsOf } from '../generate/emit.js';
import { repoRoot } from '../generate/generate.js';
import { type ApiModel, type Operation, readModel } from '../generate/model.js';
import { sampleOf } from '../generate/sample.js';
import { type JsonObject, loadSpec } from '../generate/spec.js';
import type { Vendor } from '../vendors.js';
import { coherentPages, DEMO_PAGES, pagesInput } from './pages.js';
import { startPrism } from './prism.js';

type Step = 'list' | 'get' | 'create' | 'delete';

/** The operations a short tour calls, when the vendor has them. */
export function tourOperations(operations: readonly Operation[]): Array<{ step: Step; op: Operation }> {
  const hasPathParams = (op: Operation) => op.parameters.some((p) => p.in === 'path');
  const pick: Record<Step, Operation | undefined> = {
    list:
      operations.find((op) => op.method === 'get' && /^list/i.test(op.operationId) && !hasPathParams(op)) ??
      operations.find((op) => op.method === 'get' && !hasPathParams(op)),
    get:
      operations.find((op) => op.method === 'get' && /^get/i.test(op.operationId) && hasPathParams(op)) ??
      operations.find((op) => op.method === 'get' && hasPathParams(op)),
    create: operations.find((op) => op.method === 'post' && /^(create|add)/i.test(op.operationId)),
    delete: operations.find((op) => op.method === 'delete'),
  };
  return (Object.keys(pick) as Step[]).flatMap((step) => (pick[step] ? [{ step, op: pick[step]! }] : []));
}

export function inputFor(op: Operation, root: JsonObject): Record<string, unknown> {
  const input: Record<string, Record<string, unknown> | unknown> = {};
  for (const p of op.parameters) {
    if (!p.required) continue;
    const value =
      p.in === 'path' && p.schema.type === 'string' && !p.schema.enum
        ? `demo-${p.name}`
        : sampleOf(p.schema, root);
    input[p.in] = { ...(input[p.in] as Record<string, unknown> | undefined), [p.name]: value };
  }
  if (op.body) input.body = sampleOf(op.body.schema, root) ?? {};
  return input;
}

function credentialFor(binding: SchemeBinding, pkg: Record<string, unknown>): Credential {
  const make = (name: string, ...args: unknown[]) => (pkg[name] as (...a: unknown[]) => Credential)(...args);
  if (binding.kind === 'apiKey') return make('apiKey', 'demo-api-key');
  if (binding.kind === 'basic') return make('basic', 'demo-user', 'demo-password');
  return make('bearer', 'demo-token');
}

function preview(value: unknown, op: Operation): string {
  const text = value === undefined ? '(empty body)' : JSON.stringify(value);
  if (text.length > 160) return `${text.slice(0, 157)}...`;
  // Prism builds bodies from the spec; for a model the vendor docs show no shape of, that is `{}`.
  return text === '{}' && !op.success.schema?.properties
    ? `{}  (the spec's schema lists no properties)`
    : text;
}

type Client = Record<string, (input: unknown) => Promise<unknown>>;
type PaginatorOf = (input: unknown) => { pages(): AsyncIterable<{ number: number; items: unknown[] }> };

/** The operations the tour pages through: those whose spec has x-pagination. */
export function pagedOperations(operations: readonly Operation[]): Operation[] {
  return operations.filter((op) => op.pagination);
}

/** What the demo needs of one vendor: its spec, the model read from it, and its built package. */
export interface DemoVendor {
  readonly vendor: Vendor;
  readonly specFile: string;
  readonly root: JsonObject;
  readonly model: ApiModel;
  readonly bindings: readonly SchemeBinding[];
  readonly pkg: Record<string, unknown>;
}

export async function loadDemoVendor(vendor: Vendor): Promise<DemoVendor> {
  const specFile = join(repoRoot, 'specs', vendor.id, 'openapi.yaml');
  const spec = loadSpec(specFile);
  const model = readModel(spec);
  const pkg = (await import(
    pathToFileURL(join(repoRoot, 'packages', vendor.id, 'dist', 'index.js')).href
  )) as Record<string, unknown>;
  return { vendor, specFile, root: spec.doc, model, bindings: bindingsOf(model), pkg };
}

/** The built client with a demo credential for the vendor's first non-OAuth2 scheme. */
export function demoClient(
  demo: DemoVendor,
  baseUrl: string,
  fetch: typeof globalThis.fetch,
  validate?: unknown,
): { client: Client; binding: SchemeBinding } {
  const binding = demo.bindings.find((b) => b.kind !== 'oauth2') ?? demo.bindings[0]!;
  const factory = demo.pkg[demo.vendor.factory] as (options: object) => Client;
  const auth = credentialFor(binding, demo.pkg);
  const options = { baseUrl, auth, fetch, retry: false, timeoutMs: 5000, ...(validate ? { validate } : {}) };
  return { client: factory(options), binding };
}

/** What `--validate` needs of a vendor's built `/validate` entry. */
interface ValidateEntry {
  validation(options: { mode: 'report'; onDrift: (report: DriftReport) => void }): unknown;
  describeDrift(report: DriftReport): string;
}

async function loadValidateEntry(vendor: Vendor): Promise<ValidateEntry> {
  return (await import(
    pathToFileURL(join(repoRoot, 'packages', vendor.id, 'dist', 'validate.js')).href
  )) as ValidateEntry;
}

/**
 * fetch that notes what Prism found wrong with a request it still answered (its `sl-violations`
 * header), so a call counts as refused whether Prism answered with an error or only with a warning.
 */
export function violationNotingFetch(violations: string[]): typeof globalThis.fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const found = response.headers.get('sl-violations');
    if (found) violations.push(found);
    return response;
  };
}

/** Starts Prism on the vendor's spec, calls a few operations with the built client, prints the answers. */
export async function runTour(
  vendor: Vendor,
  print: (line: string) => void,
  options: { validate?: boolean } = {},
): Promise<number> {
  const demo = await loadDemoVendor(vendor);
  // --validate: every response checked against the spec in report mode; the drift is printed per call.
  const entry = options.validate ? await loadValidateEntry(vendor) : undefined;
  const drift: DriftReport[] = [];
  const validate = entry?.validation({ mode: 'report', onDrift: (report) => drift.push(report) });
  const prism = await startPrism(demo.specFile);
  let failures = 0;
  let drifted = 0;
  try {
    const violations: string[] = [];
    const { client, binding } = demoClient(demo, prism.baseUrl, violationNotingFetch(violations), validate);
    const pager = demoClient(
      demo,
      prism.baseUrl,
      coherentPages(demo.model.operations, violationNotingFetch(violations)),
    ).client;
    print(
      `${vendor.title} (${vendor.packageName}) against Prism on ${prism.baseUrl}, auth: ${binding.scheme} (${binding.kind})${
        entry ? ', responses validated (report mode)' : ''
      }`,
    );
    for (const { step, op } of tourOperations(demo.model.operations)) {
      const label = `${step.padEnd(6)} ${op.operationId} ${op.method.toUpperCase()} ${op.path}`;
      violations.length = 0;
      try {
        const result = await client[op.operationId]!(inputFor(op, demo.root));
        if (violations.length > 0) throw new Error(`Prism: ${violations.join('; ')}`);
        print(`  ${label}\n         -> ${preview(result, op)}`);
      } catch (error) {
        failures++;
        print(`  ${label}\n         !! ${error instanceof Error ? error.message : String(error)}`);
      }
      if (entry) {
        for (const report of drift.splice(0)) {
          drifted++;
          print(`         drift (${report.status}): ${entry.describeDrift(report)}`);
        }
      }
    }
    for (const op of pagedOperations(demo.model.operations)) {
      const label = `pages  ${op.operationId} GET ${op.path}, every page (README loop)`;
      violations.length = 0;
      try {
        const paginators = (pager as unknown as { paginate: Record<string, PaginatorOf> }).paginate;
        const numbers: number[] = [];
        let items = 0;
        for await (const page of paginators[op.operationId]!(
          pagesInput(op, inputFor(op, demo.root)),
        ).pages()) {
          numbers.push(page.number);
          items += page.items.length;
        }
        if (violations.length > 0) throw new Error(`Prism: ${violations.join('; ')}`);
        if (numbers.length !== DEMO_PAGES) throw new Error(`${numbers.length} pages, not ${DEMO_PAGES}`);
        print(`  ${label}\n         -> ${items} items in pages ${numbers.join(', ')}`);
      } catch (error) {
        failures++;
        print(`  ${label}\n         !! ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (entry) print(`  ${drifted} drift report(s)${drifted ? '' : ': every response matches the spec'}`);
  } finally {
    await prism.close();
  }
  return failures;
}
