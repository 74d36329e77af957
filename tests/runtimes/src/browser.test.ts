// A page bundling the built kestra client runs in headless Chromium (Debian's package, driven by
// playwright-core; no browser download) and calls an API server on another 127.0.0.1 origin.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiServer, startApiServer } from './api-server.ts';
import { packageDir } from './binaries.ts';
import { type PageServer, startPageServer } from './page-server.ts';

const CHROMIUM = '/usr/bin/chromium';

let api: ApiServer;
let page: PageServer;
let browser: BrowserContext;
let profile: string;
let bundleText: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (bash scripts/ci/system-deps.sh)`);
  }
  const bundled = await build({
    entryPoints: [join(packageDir, 'src', 'fixtures', 'browser-entry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  bundleText = bundled.outputFiles[0]!.text;
  api = await startApiServer();
  page = await startPageServer(bundleText);
  profile = mkdtempSync(join(tmpdir(), 'vc-chromium-'));
  // A persistent context is how playwright takes a --user-data-dir; a fresh one per run.
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await page?.close();
  await api?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe('kestra client in headless Chromium', () => {
  it('bundles for the browser without Node built-ins', () => {
    expect(bundleText).not.toMatch(/from\s*["']node:/);
    expect(bundleText).toContain('/api/v1/users/{id}');
  });

  it('calls a cross-origin server (preflight for Authorization) and the page shows the result', async () => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(`${page.url}?api=${encodeURIComponent(api.baseUrl)}`);
    const output = tab.locator('#result[data-done="true"]');
    await output.waitFor({ timeout: 30_000 });
    const result = JSON.parse((await output.textContent()) ?? '') as unknown;
    expect(errors).toEqual([]);
    expect(result).toEqual({
      ok: true,
      user: { path: '/api/v1/users/u-1', authorization: 'Bearer browser-token', apiKey: null },
    });
    const preflight = api.seen.find((r) => r.method === 'OPTIONS');
    expect(preflight?.headers['access-control-request-headers']).toMatch(/authorization/);
    expect(api.seen.find((r) => r.method === 'GET')?.headers.origin).toBe(new URL(page.url).origin);
  });
});
