import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Credential, SchemeBinding } from '@vendor-clients/auth';
import { bindingsOf } from '../generate/emit.js';
import { repoRoot } from '../generate/generate.js';
import { type Operation, readModel } from '../generate/model.js';
import { sampleOf } from '../generate/sample.js';
import { type JsonObject, loadSpec } from '../generate/spec.js';
import type { Vendor } from '../vendors.js';
import { startMockServer } from './mock-server.js';

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

function inputFor(op: Operation, root: JsonObject): Record<string, unknown> {
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

function preview(value: unknown): string {
  const text = value === undefined ? '(empty body)' : JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

/** Starts the vendor's mock server, calls a few operations with the built client, prints the answers. */
export async function runTour(vendor: Vendor, print: (line: string) => void): Promise<number> {
  const spec = loadSpec(join(repoRoot, 'specs', vendor.id, 'openapi.yaml'));
  const model = readModel(spec);
  const bindings = bindingsOf(model);
  const pkg = (await import(
    pathToFileURL(join(repoRoot, 'packages', vendor.id, 'dist', 'index.js')).href
  )) as Record<string, unknown>;
  const server = await startMockServer(model, bindings, spec.doc);
  let failures = 0;
  try {
    const binding = bindings.find((b) => b.kind !== 'oauth2') ?? bindings[0]!;
    const auth = credentialFor(binding, pkg);
    const factory = pkg[vendor.factory] as (
      options: object,
    ) => Record<string, (input: unknown) => Promise<unknown>>;
    const client = factory({ baseUrl: server.baseUrl, auth, retry: false, timeoutMs: 5000 });
    print(
      `${vendor.title} (${vendor.packageName}) against a mock on ${server.baseUrl}, auth: ${binding.scheme} (${binding.kind})`,
    );
    for (const { step, op } of tourOperations(model.operations)) {
      const label = `${step.padEnd(6)} ${op.operationId} ${op.method.toUpperCase()} ${op.path}`;
      try {
        const result = await client[op.operationId]!(inputFor(op, spec.doc));
        print(`  ${label}\n         -> ${preview(result)}`);
      } catch (error) {
        failures++;
        print(`  ${label}\n         !! ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } finally {
    await server.close();
  }
  return failures;
}
