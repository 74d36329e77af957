/**
 * Regenerates a vendor's Python doc set from our spec with openapi-generator: spec -> OpenAPI 3.0 (the
 * generator's input) -> `python-experimental` -> docs/<Tag>Api.md and a docs/<Model>.md per model,
 * copied to `<outDir>/<vendor>/`.
 *
 * Why python-experimental: of the two Python generators 5.0.0-beta2 has, it is the one whose docs show
 * model fields (constructor calls with keyword arguments in the examples) and response status codes; it
 * became 5.x's `python` and prints the dialect of the TileDB doc. The older `python` prints `Model()`
 * with no fields.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { toGeneratorInput } from '../openapi-generator/generator-input.ts';
import { generatorVersion } from '../openapi-generator/jar.ts';
import { checkJava } from '../openapi-generator/java.ts';
import { generateOrThrow } from '../openapi-generator/run.ts';
import type { Schema } from '../reconstruct/schema.ts';
import type { Vendor } from '../vendors.ts';
import { isShapeless } from './shapeless.ts';

export const PYTHON_GENERATOR = 'python-experimental';

/** What a regenerated doc was made from, kept beside it so a stale doc is never compared. */
export interface PythonDocSource {
  /** The API page's file name beside this record, `<Tag>Api.md`; the model pages lie beside it. */
  doc: string;
  spec: string;
  specSha256: string;
  generator: string;
  notes: string[];
}

export interface PythonDoc {
  file: string;
  source: PythonDocSource;
}

/** The hex SHA-256 of a spec's raw bytes, as source.json records it. */
const sha256Hex = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export function specSha256(specFile: string): string {
  return sha256Hex(readFileSync(specFile));
}

export const docDir = (outDir: string, vendor: Vendor) => join(outDir, vendor.id);

/**
 * openapi-generator writes a model with no properties inline (`object`) instead of by name, in 5.0 as in
 * 7.x (DefaultCodegen.unaliasSchema), unless it is a map and aliases are generated as models. A model
 * our spec has no shape for is an object of unknown shape, which is what `additionalProperties: true`
 * says explicitly: with it (and --generate-alias-as-model) the regenerated doc names the model as the
 * vendor's did. Returns whether it named any.
 */
export function nameShapelessModels(spec: Record<string, unknown>): boolean {
  const schemas = (spec.components as { schemas?: Record<string, Schema> } | undefined)?.schemas ?? {};
  let named = false;
  for (const schema of Object.values(schemas)) {
    if (isShapeless(schema) && schema.type === 'object') {
      schema.additionalProperties = true;
      named = true;
    }
  }
  return named;
}

const API_DOCS = 'apis,apiDocs=true,apiTests=false';
const MODEL_DOCS = 'models,modelDocs=true,modelTests=false';

/**
 * Generates `<outDir>/<vendor>/<Tag>Api.md`, its model pages and its source.json from
 * `<specsDir>/<vendor>/openapi.yaml`.
 */
export async function generatePythonDoc(
  vendor: Vendor,
  specsDir: string,
  outDir: string,
): Promise<PythonDoc> {
  const specFile = join(specsDir, vendor.id, 'openapi.yaml');
  // Read once: the bytes parsed are the bytes hashed into source.json.
  const bytes = readFileSync(specFile);
  const spec = parse(bytes.toString('utf8')) as Record<string, unknown>;
  const tag = (spec.tags as Array<{ name: string }> | undefined)?.[0]?.name;
  if (!tag) throw new Error(`${specFile}: no tags[0].name, so no <Tag>Api.md to read`);
  const input = toGeneratorInput(spec);
  const asIs = structuredClone(input.spec);
  const named = nameShapelessModels(input.spec);
  const work = mkdtempSync(join(tmpdir(), `vc-python-docs-${vendor.id}-`));
  const dir = docDir(outDir, vendor);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // Only the docs (and the modules the generator writes with them), copied as they come.
  const run = async (name: string, doc: Record<string, unknown>, what: string) => {
    const inputFile = join(work, `${name}.yaml`);
    writeFileSync(inputFile, stringify(doc, { aliasDuplicateObjects: false }));
    const out = join(work, name);
    await generateOrThrow(
      [
        'generate',
        '--input-spec',
        inputFile,
        '--generator-name',
        PYTHON_GENERATOR,
        '--output',
        out,
        '--generate-alias-as-model',
        '--global-property',
        what,
      ],
      work,
      specFile,
    );
    cpSync(join(out, 'docs'), dir, { recursive: true });
  };
  try {
    // python-experimental 5.0.0-beta2 generates no model for an object of unknown shape, then fails
    // (NullPointerException in postProcessAllModels) looking for the model it keeps the name of: with
    // such a model named, the model pages come from a second run on the spec as it is.
    if (named) {
      await run('api', input.spec, API_DOCS);
      await run('models', asIs, MODEL_DOCS);
    } else await run('all', input.spec, `${API_DOCS},${MODEL_DOCS}`);
    const file = join(dir, `${tag}Api.md`);
    const source: PythonDocSource = {
      doc: basename(file),
      spec: `specs/${vendor.id}/openapi.yaml`,
      specSha256: sha256Hex(bytes),
      generator: `openapi-generator ${generatorVersion} ${PYTHON_GENERATOR}`,
      notes: input.notes,
    };
    writeFileSync(join(dir, 'source.json'), `${JSON.stringify(source, null, 2)}\n`);
    return { file, source };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Every vendor's doc, two generator runs at a time (each is one busy JVM thread for most of its life).
 * Java is checked first, so a machine without it gets the one install line and nothing else.
 */
export async function generatePythonDocs(
  selected: readonly Vendor[],
  specsDir: string,
  outDir: string,
  log: (line: string) => void,
): Promise<PythonDoc[]> {
  checkJava();
  log(
    `==> regenerate ${selected.length} Python doc set(s) with openapi-generator ${generatorVersion} ${PYTHON_GENERATOR}`,
  );
  const docs: PythonDoc[] = new Array(selected.length);
  let next = 0;
  let done = 0;
  let failure: unknown;
  const worker = async () => {
    // After a failure nothing new starts; the run in flight finishes so no generator is left behind.
    while (next < selected.length && failure === undefined) {
      const n = next++;
      const vendor = selected[n]!;
      const started = performance.now();
      try {
        docs[n] = await generatePythonDoc(vendor, specsDir, outDir);
      } catch (error) {
        failure ??= error;
        return;
      }
      for (const note of docs[n].source.notes) log(`  ! ${vendor.id}: ${note}`);
      log(
        `✔ [${++done}/${selected.length}] ${vendor.id}: ${basename(docs[n].file)} (${Math.round(performance.now() - started)} ms)`,
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(2, selected.length) }, worker));
  if (failure !== undefined) throw failure;
  return docs;
}
