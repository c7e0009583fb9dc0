import { describe } from 'vitest';
import { fuzzEachRoute, fuzzedRoutes, useFuzzRuntime } from './fuzz-suite.js';

const suite = useFuzzRuntime();

// Every route of the other functions (staff console, staff API, reveal, case media), with and without a valid staff token.
describe('staff routes under fuzzing', () => {
  fuzzEachRoute(suite, fuzzedRoutes('staff'));
});
