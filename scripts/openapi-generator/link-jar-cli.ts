/** The scripts package's postinstall: puts the generator JAR where openapitools.json says (safe to re-run). */
import { relative } from 'node:path';
import { ensureJar, generatorVersion, jarPath } from './jar.ts';

try {
  const how = ensureJar();
  console.log(`✔ openapi-generator ${generatorVersion} JAR ${how}: ${relative(process.cwd(), jarPath)}`);
} catch (error) {
  console.error(`✘ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
