import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vendors } from '../vendors.js';
import {
  emitClient,
  emitEnv,
  emitIndex,
  emitOperations,
  emitOps,
  emitRaw,
  type Target,
  userAgentOf,
} from './emit.js';
import { readModel } from './model.js';
import { emitSchema } from './schema.js';
import { loadSpec } from './spec.js';
import { emitValidation } from './validation.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface GenerateOptions {
  readonly specFile: string;
  readonly outDir: string;
  readonly factory: string;
  /** The package's name and version, for the User-Agent its requests send; none when left out. */
  readonly packageName?: string;
  readonly version?: string;
}

/** Writes schema/operations/ops/client/raw/env/index/validate `.gen.ts` files for one spec; returns the files written. */
export async function generate(options: GenerateOptions): Promise<string[]> {
  const { specFile, outDir, factory, packageName, version } = options;
  const spec = loadSpec(specFile);
  const model = readModel(spec);
  const target: Target = {
    factory,
    source: relative(repoRoot, specFile).split('\\').join('/'),
    ...(packageName && version ? { userAgent: userAgentOf(packageName, version) } : {}),
  };
  const files: Record<string, string> = {
    'schema.gen.ts': await emitSchema(spec.doc, target.source),
    'operations.gen.ts': emitOperations(model, target, spec.doc),
    'ops.gen.ts': emitOps(model, target),
    'client.gen.ts': emitClient(model, target),
    'raw.gen.ts': emitRaw(model, target),
    'env.gen.ts': emitEnv(model, target),
    'index.gen.ts': emitIndex(model, target),
    // The vendor is named by the spec's folder (specs/<vendor>/openapi.yaml), as drift reports name it.
    'validate.gen.ts': emitValidation(spec.doc, model, target, basename(dirname(specFile))),
  };
  mkdirSync(outDir, { recursive: true });
  return Object.entries(files).map(([name, text]) => {
    const file = join(outDir, name);
    writeFileSync(file, text);
    return file;
  });
}

/** The generate options for the vendor package in `packageDir` (found by its package.json name). */
export function optionsForPackage(packageDir: string): GenerateOptions {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    name?: string;
    version?: string;
  };
  const vendor = vendors.find((v) => v.packageName === manifest.name);
  if (!vendor) {
    throw new Error(
      `${join(packageDir, 'package.json')}: "${manifest.name}" is not a vendor package (known: ${vendors.map((v) => v.packageName).join(', ')})`,
    );
  }
  return {
    specFile: join(repoRoot, 'specs', vendor.id, 'openapi.yaml'),
    outDir: join(packageDir, 'src', 'generated'),
    factory: vendor.factory,
    packageName: vendor.packageName,
    ...(typeof manifest.version === 'string' ? { version: manifest.version } : {}),
  };
}
