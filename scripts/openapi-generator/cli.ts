/**
 * `pnpm openapi-generator -- <args>`: openapi-generator-cli (the 2.x npm wrapper) with the JAR npm
 * ships, offline. Relative paths are the caller's (pnpm's INIT_CWD); OpenAPI 3.1 inputs are converted.
 */

import { convertInputSpecs } from './input-spec.ts';
import { generatorVersion } from './jar.ts';
import { runOpenapiGenerator } from './run.ts';

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a, i) => !(i === 0 && a === '--'));
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const converted = convertInputSpecs(args, cwd);
  try {
    console.log(`==> openapi-generator ${generatorVersion} (JAR from npm, no download)`);
    for (const note of converted.notes) console.log(`  ! ${note}`);
    const { status } = await runOpenapiGenerator(converted.args, { cwd, stdio: 'inherit' });
    return status;
  } finally {
    converted.cleanup();
  }
}

main().then(
  (status) => process.exit(status),
  (error: unknown) => {
    console.error(`✘ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
