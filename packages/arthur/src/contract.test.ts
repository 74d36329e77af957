// Contract tests for every operation of specs/arthur/openapi.yaml, against a real local server.
import { contractSuite } from '@vendor-clients/scripts/contract';
import * as client from './index.js';

contractSuite('arthur', client);
