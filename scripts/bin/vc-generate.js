#!/usr/bin/env node
// Runs the TypeScript generator so packages can call `vc-generate` from their own folder. tsx's loader
// is registered in this process: its `tsx` command would start two more Node processes per vendor
// (its CLI, then a child with the loader), about a second of CPU each time on the build's path.
import { register } from 'tsx/esm/api';

register();
await import('../generate/cli.ts');
