#!/usr/bin/env node
// Renders the committed files of the vendor package in the current folder from scripts/generate/template
// (each vendor package's `shells` script, run by turbo before its `generate`), so a spec change
// re-renders its README and type tests in the same `pnpm build`. Files already as rendered are left
// untouched.
const { register } = await import('tsx/esm/api');
register();
await import('../generate/shells-cli.ts');
