// Every security scheme of specs/tiledb-cloud/openapi.yaml against real local servers: the exact header,
// redirects to another origin and to the same one, and credentials from the environment.
import { authSuite } from '@vendor-clients/scripts/contract/auth';
import * as client from './index.js';

authSuite('tiledb-cloud', client);
