// The wrapper for real: offline (every HTTP(S) request would go through a recording proxy on
// 127.0.0.1, and none does), the one-line answer without Java, and the README's Go client command.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JAVA_INSTALL_HINT } from './java.ts';
import { runOpenapiGenerator, shellQuote, wrapperEnv, wrapperMain } from './run.ts';

const scriptsDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(scriptsDir, '..');
const tsx = createRequire(import.meta.url).resolve('tsx/cli');

describe('shellQuote (the wrapper hands its arguments to a shell)', () => {
  it.each([
    ['generate', 'generate'],
    ['--global-property=apis,apiDocs=true', '--global-property=apis,apiDocs=true'],
    ['/tmp/a b/spec.yaml', `'/tmp/a b/spec.yaml'`],
    ["it's", `'it'\\''s'`],
    ['$HOME', `'$HOME'`],
  ])('%s -> %s', (given, want) => {
    expect(shellQuote(given)).toBe(want);
  });
});

/** An HTTP proxy that answers 502 to everything and counts what it was asked for. */
let proxy: Server;
const asked: string[] = [];
let proxyEnv: NodeJS.ProcessEnv;
beforeAll(async () => {
  proxy = createServer((req, res) => {
    asked.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  proxy.on('connect', (req, socket) => {
    asked.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  proxyEnv = {
    ...process.env,
    HTTP_PROXY: url,
    HTTPS_PROXY: url,
    http_proxy: url,
    https_proxy: url,
    NO_PROXY: '',
    no_proxy: '',
  };
});
afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())));

describe('openapi-generator-cli through our launcher', () => {
  it('runs the pinned 5.0.0-beta2 and asks the network for nothing', async () => {
    asked.length = 0;
    const version = await runOpenapiGenerator(['version'], {
      cwd: scriptsDir,
      stdio: 'capture',
      env: proxyEnv,
    });
    expect(version, version.output).toMatchObject({ status: 0 });
    expect(version.output.trim().split('\n').at(-1)).toBe('5.0.0-beta2');
    // version-manager is where the wrapper queries Maven Central; ours lists the versions it knows.
    const list = await runOpenapiGenerator(['version-manager', 'list', '--json'], {
      cwd: scriptsDir,
      stdio: 'capture',
      env: proxyEnv,
    });
    expect(list.status, list.output).toBe(0);
    expect(asked, 'requests the wrapper made').toEqual([]);
  }, 120_000);

  it('control: without our environment the same wrapper does query the network (the proxy sees it)', async () => {
    asked.length = 0;
    const env = { ...wrapperEnv(proxyEnv) };
    delete env.OPENAPI_GENERATOR_CLI_SEARCH_URL;
    const child = spawn(process.execPath, [wrapperMain(), 'version-manager', 'list', '--json'], {
      cwd: scriptsDir,
      env,
      stdio: 'ignore',
    });
    await new Promise((resolve) => child.on('close', resolve));
    expect(
      asked.some((a) => /sonatype|maven/.test(a)),
      asked.join('\n'),
    ).toBe(true);
  }, 120_000);

  it('without Java: exit 1 and one line saying how to install it', () => {
    const result = spawnSync(process.execPath, [tsx, 'openapi-generator/cli.ts', 'version'], {
      cwd: scriptsDir,
      encoding: 'utf8',
      env: { ...process.env, PATH: join(repoRoot, 'no-java-here') },
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([`✘ ${JAVA_INSTALL_HINT}`]);
    expect(JAVA_INSTALL_HINT).toContain('apt-get install default-jre-headless');
  });

  it("the README's command: a Go client from specs/kestra/openapi.yaml (OpenAPI 3.1, converted on the way)", () => {
    const out = mkdtempSync(join(tmpdir(), 'vc-kestra-go-'));
    try {
      const result = spawnSync(
        process.execPath,
        [
          tsx,
          'openapi-generator/cli.ts',
          'generate',
          '-i',
          'specs/kestra/openapi.yaml',
          '-g',
          'go',
          '-o',
          out,
        ],
        { cwd: scriptsDir, encoding: 'utf8', env: { ...process.env, INIT_CWD: repoRoot } },
      );
      expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
      expect(result.stdout).toContain(
        'specs/kestra/openapi.yaml: OpenAPI 3.1.0, handed to the generator as a 3.0.3 copy',
      );
      expect(existsSync(join(out, 'go.mod'))).toBe(true);
      expect(readFileSync(join(out, 'api_users.go'), 'utf8')).toContain('func (a *UsersApiService) GetUser(');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
