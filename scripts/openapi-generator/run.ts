/** Runs openapi-generator through the 2.x npm wrapper (@openapitools/openapi-generator-cli), offline. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { configDir, ensureJar } from './jar.ts';
import { checkJava } from './java.ts';

const require = createRequire(import.meta.url);

/** The wrapper's entry file (its `openapi-generator-cli` bin). */
export function wrapperMain(): string {
  const manifest = require.resolve('@openapitools/openapi-generator-cli/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> };
  return join(dirname(manifest), bin['openapi-generator-cli']!);
}

/**
 * The wrapper's environment:
 * - PWD: it reads openapitools.json, and resolves its storageDir, against $PWD (not its own working
 *   folder), so PWD names the folder of our openapitools.json while the process runs where the caller is
 *   (relative paths in the arguments stay the caller's);
 * - OPENAPI_GENERATOR_CLI_SEARCH_URL=DEFAULT: `version-manager` lists the versions it knows instead of
 *   querying Maven Central (with the version pinned and the JAR in place nothing else goes out);
 * - JAVA_OPTS: when unset, the JIT's quick tier only, which is what a run of a few seconds wants.
 */
export function wrapperEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return {
    ...env,
    PWD: configDir,
    OPENAPI_GENERATOR_CLI_SEARCH_URL: 'DEFAULT',
    JAVA_OPTS: env.JAVA_OPTS ?? '-XX:TieredStopAtLevel=1',
  };
}

/**
 * The wrapper joins its arguments into one shell command line, so an argument with a space or a shell
 * character must reach it quoted, or the shell would split or expand it before Java sees it.
 */
export function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

export interface GeneratorRun {
  status: number;
  /** stdout and stderr interleaved, when captured. */
  output: string;
}

/**
 * `openapi-generator-cli <args>` with the pinned JAR placed first and Java checked (JavaMissingError,
 * whose message is the install line). `inherit` streams the output; `capture` collects it.
 */
export function runOpenapiGenerator(
  args: readonly string[],
  options: { cwd: string; stdio: 'inherit' | 'capture'; env?: NodeJS.ProcessEnv },
): Promise<GeneratorRun> {
  const env = wrapperEnv(options.env);
  checkJava(env);
  ensureJar();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [wrapperMain(), ...args.map(shellQuote)], {
      cwd: options.cwd,
      env,
      stdio: options.stdio === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ status: code ?? (signal ? 128 : 1), output }));
  });
}

/** A captured run that must succeed: on failure, an error naming `what` with the output's last lines. */
export async function generateOrThrow(
  args: readonly string[],
  cwd: string,
  what: string,
): Promise<GeneratorRun> {
  const run = await runOpenapiGenerator(args, { cwd, stdio: 'capture' });
  if (run.status !== 0) {
    const tail = run.output.trim().split('\n').slice(-15).join('\n');
    throw new Error(`openapi-generator failed on ${what} (exit ${run.status}):\n${tail}`);
  }
  return run;
}
