import { describe } from 'vitest';
import { fuzzEachRoute, routesNotServedBy, useFuzzRuntime } from './fuzz-suite.js';

const suite = useFuzzRuntime();

// Every route of the other functions (staff console, staff API, reveal), with and without a valid staff token.
describe('staff routes under fuzzing', () => {
  fuzzEachRoute(suite, routesNotServedBy(['web-report', 'call-center', 'whatsapp-webhook']));
});
