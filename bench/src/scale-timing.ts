/**
 * Scale: how the pipeline grows with the size of an API. The largest doc set of `docsets/more/`
 * reconstructed, generated and type-checked, and a synthetic spec of N operations generated and
 * type-checked, each reported per operation.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { generate } from '../../scripts/generate/generate.ts';
import { typeCheck } from '../../scripts/generate/tsc.ts';
import { reconstructVendor } from '../../scripts/reconstruct/reconstruct.ts';

export interface ScaleTiming {
  operations: number;
  reconstructMs?: number;
  generateMs: number;
  typecheckMs: number;
  /** CPU time of the generator (in-process) and of tsc (its process), where it can be read. */
  generateCpuMs: number;
  typecheckCpuMs: number | undefined;
  /** (generate + type-check) / operations, wall time. */
  msPerOperation: number;
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

/**
 * Generates `specFile` into `dir/src/generated` and type-checks what was written, timing both: wall
 * time, and CPU time, which a shared machine's load moves far less.
 */
async function generateAndCheck(specFile: string, dir: string, operations: number) {
  const outDir = join(dir, 'src', 'generated');
  let started = performance.now();
  const cpu = process.cpuUsage();
  await generate({ specFile, outDir, factory: 'createScaleClient' });
  const generateMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const generateCpuMs = (used.user + used.system) / 1000;
  started = performance.now();
  const childrenBefore = childrenCpuMs();
  const checked = typeCheck([join(outDir, 'index.gen.ts'), join(outDir, 'raw.gen.ts')]);
  const typecheckMs = performance.now() - started;
  const childrenAfter = childrenCpuMs();
  if (checked.status !== 0) {
    throw new Error(`tsc on the code generated from ${specFile} failed:\n${checked.stdout}${checked.stderr}`);
  }
  const typecheckCpuMs =
    childrenBefore === undefined || childrenAfter === undefined ? undefined : childrenAfter - childrenBefore;
  return {
    operations,
    generateMs,
    typecheckMs,
    generateCpuMs,
    typecheckCpuMs,
    msPerOperation: (generateMs + typecheckMs) / operations,
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
