/** openapi-generator is a Java program: find Java before anything else, and say how to get it. */
import { spawnSync } from 'node:child_process';

export const JAVA_INSTALL_HINT =
  'openapi-generator needs Java (8 or later) on PATH, and none was found: install it with `apt-get install default-jre-headless` (Debian/Ubuntu)';

export class JavaMissingError extends Error {
  constructor() {
    super(JAVA_INSTALL_HINT);
    this.name = 'JavaMissingError';
  }
}

/**
 * The banner of each PATH on which Java was found: `java -version` starts a JVM, and a round trip
 * checks before every generator run, so a success is remembered for the process. A failure is not.
 */
const bannerByPath = new Map<string | undefined, string>();

/**
 * The `java -version` banner's first line; throws JavaMissingError when `java` cannot be run. Runs
 * `java` once per PATH per process after it worked; after a failure, again on every call.
 */
export function checkJava(env: NodeJS.ProcessEnv = process.env): string {
  const known = bannerByPath.get(env.PATH);
  if (known !== undefined) return known;
  const result = spawnSync('java', ['-version'], { encoding: 'utf8', env });
  if (result.error || result.status !== 0) throw new JavaMissingError();
  const banner = (result.stderr || result.stdout).split('\n')[0]!.trim();
  bannerByPath.set(env.PATH, banner);
  return banner;
}
