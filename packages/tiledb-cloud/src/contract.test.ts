// Contract tests for every operation of specs/tiledb-cloud/openapi.yaml, against a real local server.
import { contractSuite } from '@vendor-clients/scripts/contract';
import * as client from './index.js';

contractSuite('tiledb-cloud', client);
