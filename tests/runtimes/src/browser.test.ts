// A page bundling the built kestra client runs in headless Chromium (by default the build inside the
// @sparticuz/chromium npm package, driven by playwright-core; never a browser download) and calls an API
// server on another 127.0.0.1 origin.
import { join } from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiServer, startApiServer } from './api-server.ts';
import { packageDir } from './binaries.ts';
import { type Chromium, chooseChromium, resolveChromium } from './chromium.ts';
import { type PageServer, startPageServer } from './page-server.ts';

let api: ApiServer;
let page: PageServer;
let browser: Browser;
let chosen: Chromium;
let bundleText: string;

beforeAll(async () => {
  chosen = await resolveChromium(
    chooseChromium({ env: process.env, platform: process.platform, arch: process.arch }),
  );
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
  // launch() gives Chromium a fresh --user-data-dir of its own and removes it on close.
  browser = await chromium.launch({
    executablePath: chosen.executablePath,
    headless: true,
    args: [...chosen.args],
    env: { ...process.env, ...chosen.env },
  });
  console.log(`Chromium ${browser.version()} from ${chosen.source} (${chosen.executablePath})`);
});

afterAll(async () => {
  await browser?.close();
  await page?.close();
  await api?.close();
});

describe('kestra client in headless Chromium', () => {
  it('runs in the Chromium that was chosen', async () => {
    const tab = await browser.newPage();
    expect(await tab.evaluate(() => navigator.userAgent)).toContain(`HeadlessChrome/${browser.version()}`);
    if (chosen.major) expect(browser.version()).toMatch(new RegExp(`^${chosen.major}\\.`));
    await tab.close();
  });

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
    const get = api.seen.find((r) => r.method === 'GET');
    expect(get?.headers.origin).toBe(new URL(page.url).origin);
    // A browser keeps User-Agent for itself: the package names itself in an x- header instead.
    expect(get?.headers['x-vendor-clients-agent']).toMatch(/^vendor-clients-kestra\/\d+\.\d+\.\d+/);
    expect(get?.headers['user-agent']).toContain('HeadlessChrome');
    expect(preflight?.headers['access-control-request-headers']).toMatch(/x-vendor-clients-agent/);
  });
});
