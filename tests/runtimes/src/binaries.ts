import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/**
 * The `deno` and `bun` npm packages keep their binaries in per-platform packages they depend on; their
 * postinstall scripts (which pnpm does not run here) would only copy them. So we resolve the binary
 * from the platform package, as seen from the wrapper package.
 */
function platformBinary(wrapper: string, platformPackage: string, file: string): string {
  const fromWrapper = createRequire(require.resolve(`${wrapper}/package.json`));
  let dir: string;
  try {
    dir = dirname(fromWrapper.resolve(`${platformPackage}/package.json`));
  } catch {
    throw new Error(
      `${wrapper}: its platform package ${platformPackage} is not installed (this machine is ` +
        `${process.platform}-${process.arch}; the runtime tests support linux-x64 with glibc)`,
    );
  }
  const binary = join(dir, file);
  if (!existsSync(binary)) throw new Error(`${platformPackage} has no ${file} at ${binary}`);
  return binary;
}

export const denoBinary = () => platformBinary('deno', '@deno/linux-x64-glibc', 'deno');
export const bunBinary = () => platformBinary('bun', '@oven/bun-linux-x64', 'bin/bun');

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns without blocking (the test's own server must keep answering) and resolves on exit. */
export function runBinary(
  command: string,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: packageDir, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
