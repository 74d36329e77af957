// vc-generate: run from a vendor package folder (turbo's `generate` task), or with
// --spec FILE --out DIR --factory NAME for any spec.
import { parseArgs } from 'node:util';
import { generate, optionsForPackage } from './generate.js';
import { SpecError } from './spec.js';

const { values } = parseArgs({
  options: { spec: { type: 'string' }, out: { type: 'string' }, factory: { type: 'string' } },
});

try {
  const options =
    values.spec || values.out || values.factory
      ? {
          specFile: values.spec ?? fail('--spec is required with --out/--factory'),
          outDir: values.out ?? fail('--out is required with --spec'),
          factory: values.factory ?? fail('--factory is required with --spec'),
        }
      : optionsForPackage(process.cwd());
  const files = await generate(options);
  console.log(`vc-generate: wrote ${files.length} files to ${options.outDir}`);
} catch (error) {
  console.error(error instanceof SpecError ? error.message : error);
  process.exit(1);
}

function fail(message: string): never {
  throw new Error(`vc-generate: ${message}`);
}
