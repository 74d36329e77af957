/**
 * Scale: how the pipeline grows with the size of an API. The largest doc set of `docsets/more/`
 * reconstructed, generated and type-checked, and a synthetic spec of N operations generated and
 * type-checked, each reported per operation.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { generate } from '../../scripts/generate/generate.ts';
import { typeCheck } from '../../scripts/generate/tsc.ts';
import { reconstructVendor } from '../../scripts/reconstruct/reconstruct.ts';

export interface ScaleTiming {
  operations: number;
  reconstructMs?: number;
  generateMs: number;
  typecheckMs: number;
  /**
   * tsc of a file that imports only the modules the generated code imports (the runtime, auth, the
   * libraries), same options: the fixed cost any client pays however few operations it has, not a cost
   * per operation, so it is subtracted from typecheckMs (as the `tsc: all-five consumer minus empty` row does).
   */
  baselineTypecheckMs: number;
  /** CPU time of the generator (in-process) and of tsc (its process), where it can be read. */
  generateCpuMs: number;
  typecheckCpuMs: number | undefined;
  baselineTypecheckCpuMs: number | undefined;
  /** (generate + type-check - baseline type-check) / operations, wall time. */
  msPerOperation: number;
  /** The same in CPU time, which other processes on a shared machine move far less than wall time. */
  cpuMsPerOperation: number | undefined;
  /** How many times each tsc ran (the median counts): small specs are measured more than once. */
  typecheckRuns: number;
}

/**
 * CPU ms used by this process's waited-for children so far (Linux: /proc/self/stat, in clock ticks of
 * 10 ms), or undefined where there is no such file.
 */
function childrenCpuMs(): number | undefined {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    // cutime and cstime are fields 16 and 17 of the file; 14 and 15 after the ") " split.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

/** Runs tsc on `files` and returns its wall and CPU ms, failing with tsc's output when it fails. */
function timedTypeCheck(files: readonly string[], what: string): { ms: number; cpuMs: number | undefined } {
  const started = performance.now();
  const childrenBefore = childrenCpuMs();
  const checked = typeCheck(files);
  const ms = performance.now() - started;
  const childrenAfter = childrenCpuMs();
  if (checked.status !== 0) throw new Error(`tsc on ${what} failed:\n${checked.stdout}${checked.stderr}`);
  return {
    ms,
    cpuMs:
      childrenBefore === undefined || childrenAfter === undefined
        ? undefined
        : childrenAfter - childrenBefore,
  };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/**
 * The package specifiers (not relative paths) imported by `roots` in `dir` and by the generated files
 * they import, i.e. what tsc loads besides the generated code when it checks `roots`.
 */
export function externalImports(dir: string, roots: readonly string[]): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const pending = [...roots];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (seen.has(name)) continue;
    seen.add(name);
    for (const [, from] of readFileSync(join(dir, name), 'utf8').matchAll(/\bfrom '([^']+)'/g)) {
      if (from!.startsWith('./')) pending.push(from!.slice(2).replace(/\.js$/, '.ts'));
      else found.add(from!);
    }
  }
  return [...found].sort();
}

/**
 * Generates `specFile` into `dir/src/generated` and type-checks what was written, timing both: wall
 * time, and CPU time, which a shared machine's load moves far less. tsc's fixed cost (libraries, the
 * runtime's types) is measured on a file importing what the generated code imports, and subtracted.
 */
async function generateAndCheck(specFile: string, dir: string, operations: number): Promise<ScaleTiming> {
  const outDir = join(dir, 'src', 'generated');
  const started = performance.now();
  const cpu = process.cpuUsage();
  await generate({ specFile, outDir, factory: 'createScaleClient' });
  const generateMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const generateCpuMs = (used.user + used.system) / 1000;

  const baselineFile = join(dir, 'baseline', 'src', 'generated', 'index.gen.ts');
  mkdirSync(dirname(baselineFile), { recursive: true });
  const roots = ['index.gen.ts', 'raw.gen.ts'];
  const imports = externalImports(outDir, roots);
  writeFileSync(
    baselineFile,
    `${imports.map((from, i) => `import type * as m${i} from '${from}';\nexport type { m${i} };\n`).join('')}export {};\n`,
  );
  // A small spec's tsc time is near its fixed cost, so one run's noise would swamp the difference.
  const runs = operations < 500 ? 3 : 1;
  const checks: Array<{ ms: number; cpuMs: number | undefined }> = [];
  const baselines: Array<{ ms: number; cpuMs: number | undefined }> = [];
  for (let run = 0; run < runs; run++) {
    baselines.push(timedTypeCheck([baselineFile], `the baseline ${baselineFile}`));
    checks.push(
      timedTypeCheck(
        roots.map((name) => join(outDir, name)),
        `the code generated from ${specFile}`,
      ),
    );
  }
  const typecheckMs = median(checks.map((c) => c.ms));
  const baselineTypecheckMs = median(baselines.map((c) => c.ms));
  const cpuKnown = [...checks, ...baselines].every((c) => c.cpuMs !== undefined);
  const typecheckCpuMs = cpuKnown ? median(checks.map((c) => c.cpuMs!)) : undefined;
  const baselineTypecheckCpuMs = cpuKnown ? median(baselines.map((c) => c.cpuMs!)) : undefined;
  return {
    operations,
    generateMs,
    typecheckMs,
    baselineTypecheckMs,
    generateCpuMs,
    typecheckCpuMs,
    baselineTypecheckCpuMs,
    msPerOperation: (generateMs + typecheckMs - baselineTypecheckMs) / operations,
    cpuMsPerOperation:
      typecheckCpuMs === undefined || baselineTypecheckCpuMs === undefined
        ? undefined
        : (generateCpuMs + typecheckCpuMs - baselineTypecheckCpuMs) / operations,
    typecheckRuns: runs,
  };
}

function sizeOf(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const full = join(dir, name);
    const stat = statSync(full);
    return sum + (stat.isDirectory() ? sizeOf(full) : stat.size);
  }, 0);
}

function findPage(dir: string, name: string): string | undefined {
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) {
      const found = findPage(full, name);
      if (found) return found;
    } else if (entry === name) return full;
  }
  return undefined;
}

/** The largest doc set (by bytes) of `<docSets>/more/<vendor>/<Api>`, and its API page (`<Api>.md`). */
export function largestMoreDocSet(docSets: string): { docSet: string; apiPage: string; bytes: number } {
  const more = join(docSets, 'more');
  const sets = readdirSync(more)
    .filter((vendor) => statSync(join(more, vendor)).isDirectory())
    .flatMap((vendor) => readdirSync(join(more, vendor)).map((api) => join(more, vendor, api)))
    .filter((dir) => statSync(dir).isDirectory())
    .map((dir) => ({ dir, bytes: sizeOf(dir) }))
    .sort((a, b) => b.bytes - a.bytes);
  const largest = sets[0];
  if (!largest) throw new Error(`no doc set in ${more}`);
  const api = basename(largest.dir).replace(/@.*$/, '');
  const page = findPage(largest.dir, `${api}.md`);
  if (!page) throw new Error(`${largest.dir}: no API page ${api}.md`);
  return {
    docSet: relative(docSets, largest.dir).split('\\').join('/'),
    apiPage: relative(largest.dir, page).split('\\').join('/'),
    bytes: largest.bytes,
  };
}

/** Reconstructs the largest `more/` doc set (no overlay) into `dir`, then generates and type-checks it. */
export async function measureLargestMore(
  docSets: string,
  dir: string,
): Promise<ScaleTiming & { docSet: string }> {
  const { docSet, apiPage } = largestMoreDocSet(docSets);
  mkdirSync(join(dir, 'spec'), { recursive: true });
  const started = performance.now();
  let reconstruction: Awaited<ReturnType<typeof reconstructVendor>>;
  try {
    reconstruction = await reconstructVendor(
      {
        id: 'spec',
        docSet,
        apiPages: [apiPage],
        packageName: 'scale',
        title: docSet,
        factory: 'createScaleClient',
      },
      docSets,
      dir,
    );
  } catch (error) {
    throw new Error(
      `the reconstructor refuses ${docSet} (so nothing to generate or type-check): ${(error as Error).message}`,
    );
  }
  const reconstructMs = performance.now() - started;
  const specFile = join(dir, 'spec', 'openapi.yaml');
  writeFileSync(specFile, reconstruction.yaml);
  return { docSet, reconstructMs, ...(await generateAndCheck(specFile, dir, reconstruction.operations)) };
}

/**
 * A spec of `operations` operations in the shape of the vendors' APIs: resources of five operations each
 * (list with query parameters, get by id, create and update with a JSON body, delete), one model and
 * one input model per resource with scalar, enum, list and nested fields, a shared error model, an API key.
 */
export function syntheticSpec(operations: number): Record<string, unknown> {
  const resources = Math.ceil(operations / 5);
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {
    Error: { type: 'object', properties: { code: { type: 'integer' }, message: { type: 'string' } } },
    Meta: {
      type: 'object',
      properties: {
        created: { type: 'string', format: 'date-time' },
        tags: { type: 'array', items: { type: 'string' } },
      },
    },
  };
  const errors = {
    '404': {
      description: 'not found',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    },
    default: {
      description: 'error',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    },
  };
  let made = 0;
  for (let r = 0; r < resources; r++) {
    const name = `Resource${r}`;
    const ref = { $ref: `#/components/schemas/${name}` };
    const input = { $ref: `#/components/schemas/New${name}` };
    schemas[name] = {
      type: 'object',
      required: ['id', 'name'],
      properties: {
        id: { type: 'string', readOnly: true },
        name: { type: 'string' },
        size: { type: 'integer', format: 'int64' },
        state: { type: 'string', enum: ['active', 'disabled', 'deleted'] },
        owners: { type: 'array', items: { type: 'string' } },
        meta: { $ref: '#/components/schemas/Meta' },
        limits: { type: 'object', additionalProperties: { type: 'number' } },
      },
    };
    schemas[`New${name}`] = {
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string' }, owners: { type: 'array', items: { type: 'string' } } },
    };
    const json = (schema: unknown) => ({ 'application/json': { schema } });
    const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
    const ops: Array<[string, string, Record<string, unknown>]> = [
      [
        `/r${r}`,
        'get',
        {
          operationId: `list${name}`,
          parameters: [
            { name: 'limit', in: 'query', schema: { type: 'integer' } },
            { name: 'state', in: 'query', schema: { type: 'string', enum: ['active', 'disabled'] } },
            { name: 'owner', in: 'query', schema: { type: 'array', items: { type: 'string' } } },
          ],
          responses: {
            '200': { description: 'ok', content: json({ type: 'array', items: ref }) },
            ...errors,
          },
        },
      ],
      [
        `/r${r}/{id}`,
        'get',
        {
          operationId: `get${name}`,
          parameters: [id],
          responses: { '200': { description: 'ok', content: json(ref) }, ...errors },
        },
      ],
      [
        `/r${r}`,
        'post',
        {
          operationId: `create${name}`,
          requestBody: { required: true, content: json(input) },
          responses: { '201': { description: 'created', content: json(ref) }, ...errors },
        },
      ],
      [
        `/r${r}/{id}`,
        'put',
        {
          operationId: `update${name}`,
          parameters: [id],
          requestBody: { required: true, content: json(input) },
          responses: { '200': { description: 'ok', content: json(ref) }, ...errors },
        },
      ],
      [
        `/r${r}/{id}`,
        'delete',
        {
          operationId: `delete${name}`,
          parameters: [id],
          responses: { '204': { description: 'gone' }, ...errors },
        },
      ],
    ];
    for (const [path, method, op] of ops) {
      if (made === operations) break;
      paths[path] = { ...(paths[path] as object | undefined), [method]: op };
      made++;
    }
  }
  return {
    openapi: '3.1.0',
    info: { title: `Synthetic API of ${operations} operations`, version: '1.0.0' },
    servers: [{ url: 'https://api.synthetic.test/v1' }],
    security: [{ api_key: [] }],
    paths,
    components: {
      securitySchemes: { api_key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } },
      schemas,
    },
  };
}

/** Writes the synthetic spec of `operations` operations into `dir`, then generates and type-checks it. */
export async function measureSynthetic(operations: number, dir: string): Promise<ScaleTiming> {
  mkdirSync(dir, { recursive: true });
  const specFile = join(dir, 'openapi.yaml');
  // JSON is YAML: the generator reads it as it reads any spec.
  writeFileSync(specFile, JSON.stringify(syntheticSpec(operations), null, 1));
  return generateAndCheck(specFile, dir, operations);
}
