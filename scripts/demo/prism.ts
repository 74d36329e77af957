import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PrismServer {
  /** Where Prism serves the spec's paths: its origin, since Prism matches paths without a server's base path. */
  readonly baseUrl: string;
  /** The Prism process. */
  readonly pid: number;
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const prismCli = join(dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist', 'index.js');
const exitWithParent = join(here, 'exit-with-parent.cjs');
const LISTENING = /Prism is listening on (http:\/\/127\.0\.0\.1:\d+)/;
/** Prism's own one-line reason when it gives up, e.g. `✖  fatal     Unsupported document format`. */
const FATAL = /\bfatal\s+(.+)/;
const START_TIMEOUT_MS = 30_000;

/**
 * Starts Prism's mock server for one spec on 127.0.0.1 at a free port. `--errors` makes every violation
 * of the spec an error response: a request Prism cannot validate gets 422, one without an accepted
 * credential 401, and a response built from an example that breaks its own schema 500.
 */
export async function startPrism(specFile: string): Promise<PrismServer> {
  const child = spawn(
    process.execPath,
    [
      '--require',
      exitWithParent,
      prismCli,
      'mock',
      '--host',
      '127.0.0.1',
      '--port',
      '0',
      '--errors',
      specFile,
    ],
    { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } },
  );
  try {
    const origin = await listeningOrigin(child, specFile);
    return { baseUrl: origin, pid: child.pid!, close: () => stop(child) };
  } catch (error) {
    await stop(child);
    throw error;
  }
}

function listeningOrigin(child: ChildProcess, where: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const fail = (reason: string) => {
      clearTimeout(timer);
      const said = FATAL.exec(output)?.[1]?.trim();
      reject(new Error(`prism: could not serve ${where}: ${said ? `${said} (${reason})` : reason}`));
    };
    const timer = setTimeout(
      () => fail(`not listening after ${START_TIMEOUT_MS / 1000} s`),
      START_TIMEOUT_MS,
    );
    const read = (chunk: Buffer) => {
      output += chunk;
      const origin = LISTENING.exec(output)?.[1];
      if (origin) {
        clearTimeout(timer);
        child.stdout?.off('data', read);
        child.stderr?.off('data', read);
        // Keep draining, so a chatty Prism never blocks on a full pipe.
        child.stdout?.resume();
        child.stderr?.resume();
        resolve(origin);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('error', (error) => fail(error.message));
    child.once('close', (code, signal) => fail(`Prism exited (${signal ?? `code ${code}`})`));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.stdin?.end();
    child.kill('SIGTERM');
  });
}
