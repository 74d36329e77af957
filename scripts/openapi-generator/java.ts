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

/** The `java -version` banner's first line; throws JavaMissingError when `java` cannot be run. */
export function checkJava(env: NodeJS.ProcessEnv = process.env): string {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8', env });
  if (result.error || result.status !== 0) throw new JavaMissingError();
  return (result.stderr || result.stdout).split('\n')[0]!.trim();
}
