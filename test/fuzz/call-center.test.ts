import { describe } from 'vitest';
import { fuzzEachRoute, fuzzedRoutes, useFuzzRuntime } from './fuzz-suite.js';

const suite = useFuzzRuntime();

describe('call-center route under fuzzing', () => {
  fuzzEachRoute(suite, fuzzedRoutes('call-center'));
});
