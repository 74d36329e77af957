// Contract tests for every operation of specs/onezone/openapi.yaml, against a real local server.
import { contractSuite } from '@vendor-clients/scripts/contract';
import * as client from './index.js';

contractSuite('onezone', client);
