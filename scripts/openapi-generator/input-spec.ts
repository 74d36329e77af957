/**
 * Our specs are OpenAPI 3.1 and the pinned generator reads 3.0: a `-i`/`--input-spec` that names a
 * local 3.1 file is handed over as a converted copy (generator-input.ts), so
 * `pnpm openapi-generator -- generate -i specs/kestra/openapi.yaml …` works on our specs as they are.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { toGeneratorInput } from './generator-input.ts';

export interface ConvertedArgs {
  args: string[];
  /** One line per converted spec, for the progress output. */
  notes: string[];
  /** Removes the converted copies. */
  cleanup(): void;
}

const INPUT_FLAGS = ['-i', '--input-spec'];

export function convertInputSpecs(args: readonly string[], cwd: string): ConvertedArgs {
  const out = [...args];
  const notes: string[] = [];
  let work: string | undefined;
  const convert = (value: string): string => {
    const file = resolve(cwd, value);
    if (!/\.(ya?ml|json)$/i.test(file) || !existsSync(file)) return value;
    let spec: Record<string, unknown>;
    try {
      spec = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    } catch {
      return value; // not ours to judge: the generator reports its own parse errors
    }
    if (!/^3\.1\.\d+$/.test(String(spec?.openapi ?? ''))) return value;
    const input = toGeneratorInput(spec);
    work ??= mkdtempSync(join(tmpdir(), 'vc-openapi-generator-'));
    const copy = join(work, `${notes.length}-${basename(file)}`);
    writeFileSync(copy, stringify(input.spec, { aliasDuplicateObjects: false }));
    notes.push(
      `${value}: OpenAPI ${String(spec.openapi)}, handed to the generator as a 3.0.3 copy`,
      ...input.notes,
    );
    return copy;
  };
  for (let i = 0; i < out.length; i++) {
    const arg = out[i]!;
    const [flag, inline] = arg.split(/=(.*)/s) as [string, string?];
    if (!INPUT_FLAGS.includes(flag)) continue;
    if (inline !== undefined) out[i] = `${flag}=${convert(inline)}`;
    else if (i + 1 < out.length) {
      out[i + 1] = convert(out[i + 1]!);
      i++;
    }
  }
  return {
    args: out,
    notes,
    cleanup: () => {
      if (work) rmSync(work, { recursive: true, force: true });
    },
  };
}
