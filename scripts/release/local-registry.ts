/**
 * A throwaway Verdaccio on 127.0.0.1 for the release end-to-end test. It serves `@vendor-clients/*`
 * only (anonymous publish, no uplinks); consumers get third-party packages from the real registry
 * through a scoped `@vendor-clients:registry` setting.
 *
 * Verdaccio is installed with npm into a cache folder rather than through the workspace: every 5.x
 * release depends on `verdaccio-audit`, which asks for `node-fetch@cjs`, a dist-tag the registry no
 * longer serves, so it only installs with an override, and overrides would be a workspace-wide
 * setting for a test-only tool. Verdaccio 6 needs Node 22; 5.33.0 is the newest 5.x.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { mustRun } from './run-command.ts';

export const verdaccioVersion = '5.33.0';

export async function installVerdaccio(cacheDir: string, env: NodeJS.ProcessEnv): Promise<string> {
  const home = join(cacheDir, `verdaccio-${verdaccioVersion}`);
  const bin = join(home, 'node_modules', 'verdaccio', 'bin', 'verdaccio');
  if (existsSync(bin)) return bin;
  mkdirSync(home, { recursive: true });
  writeFileSync(
    join(home, 'package.json'),
    JSON.stringify({
      name: 'release-e2e-verdaccio',
      private: true,
      dependencies: { verdaccio: verdaccioVersion },
      overrides: { 'node-fetch': '2.7.0' },
    }),
  );
  await mustRun('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'], {
    cwd: home,
    env,
    timeoutMs: 240_000,
  });
  return bin;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface LocalRegistry {
  readonly url: string;
  /** An npmrc routing `@vendor-clients` to this registry, with the token npm insists on for publishing. */
  readonly npmrc: string;
  stop(): Promise<void>;
}

const config = `storage: ./storage
auth:
  htpasswd:
    file: ./htpasswd
    max_users: -1
uplinks: {}
packages:
  '@vendor-clients/*':
    access: $all
    publish: $anonymous
    unpublish: $anonymous
  '**':
    access: $all
    publish: $authenticated
server:
  keepAliveTimeout: 0
log: { type: stdout, format: pretty, level: warn }
`;

async function waitUntilUp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}-/ping`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`verdaccio did not answer ${url}-/ping within 30 s:\n${output()}`);
}

export async function startRegistry(
  bin: string,
  folder: string,
  env: NodeJS.ProcessEnv,
): Promise<LocalRegistry> {
  mkdirSync(join(folder, 'storage'), { recursive: true });
  writeFileSync(join(folder, 'config.yaml'), config);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(
    process.execPath,
    [bin, '--config', join(folder, 'config.yaml'), '--listen', `127.0.0.1:${port}`],
    {
      cwd: folder,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  try {
    await waitUntilUp(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  const npmrc = join(folder, 'npmrc');
  const hostPath = url.replace(/^http:/, '');
  writeFileSync(npmrc, `@vendor-clients:registry=${url}\n${hostPath}:_authToken=e2e-anonymous\n`);
  return { url, npmrc, stop };
}
