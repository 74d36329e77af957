// Contract tests for every operation of specs/tiledb-cloud/openapi.yaml, against a real local server: as a
// method, as a standalone function, and through the openapi-fetch client of the /raw entry.
import { contractSuite } from '@vendor-clients/scripts/contract';
import * as client from './index.js';
import * as raw from './raw.js';

contractSuite('tiledb-cloud', client, raw);
