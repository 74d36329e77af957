import { join } from 'node:path';
import { repoRoot } from '../generate/generate.js';
import { type ApiModel, readModel } from '../generate/model.js';
import { loadSpec } from '../generate/spec.js';
import type { Vendor } from '../vendors.js';

export function modelOfVendor(vendor: Vendor): ApiModel {
  return readModel(loadSpec(join(repoRoot, 'specs', vendor.id, 'openapi.yaml')));
}
