import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startPrism } from './prism.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixtureSpec = join(here, '..', 'generate', 'fixtures', 'users.openapi.yaml');

/** Whether the process has gone within `ms` (polls: a process takes a moment to exit). */
async function goneWithin(pid: number, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; ) {
    try {
      process.kill(pid, 0);
    } catch {
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

describe('startPrism', () => {
  it('serves the spec on 127.0.0.1 at a free port, checks credentials, and frees the port on close', async () => {
    const prism = await startPrism(fixtureSpec);
    expect(prism.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const withKey = await fetch(`${prism.baseUrl}/users`, { headers: { 'x-api-key': 'k' } });
    expect(withKey.status).toBe(200);
    expect(await withKey.json()).toEqual([
      { id: 'u-1', name: 'Ada', email: 'ada@example.test', roles: ['admin'] },
    ]);
    expect((await fetch(`${prism.baseUrl}/users`)).status).toBe(401);
    await prism.close();
    expect(await goneWithin(prism.pid, 5_000)).toBe(true);
    await expect(fetch(`${prism.baseUrl}/users`)).rejects.toThrow();
  });

  it.each([
    {
      given: 'a file that does not exist',
      file: join(here, 'no-such-spec.yaml'),
      want: /Error opening file/,
    },
    {
      given: 'a file that is not an API description',
      file: join(here, '..', 'package.json'),
      want: /Unsupported document format/,
    },
  ])('fails in one line naming the file, given $given', async ({ file, want }) => {
    const error = await startPrism(file).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toContain(`prism: could not serve ${file}: `);
    expect(error?.message).toMatch(want);
    expect(error?.message).not.toContain('\n');
  });

  it('goes when the process that started it is killed outright', async () => {
    const parent = spawn(
      process.execPath,
      ['--import', 'tsx', join(here, 'fixtures', 'prism-then-wait.ts'), fixtureSpec],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const [firstLine] = (await once(parent.stdout, 'data')) as [Buffer];
    const prismPid = Number(firstLine.toString().trim());
    expect(prismPid).toBeGreaterThan(0);
    parent.kill('SIGKILL');
    await once(parent, 'exit');
    const gone = await goneWithin(prismPid, 5_000);
    if (!gone) process.kill(prismPid, 'SIGKILL');
    expect(gone).toBe(true);
  });
});
