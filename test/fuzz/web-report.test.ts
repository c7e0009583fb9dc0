import { describe } from 'vitest';
import { fuzzEachRoute, fuzzedRoutes, useFuzzRuntime } from './fuzz-suite.js';

const suite = useFuzzRuntime();

describe('web-report routes under fuzzing', () => {
  fuzzEachRoute(suite, fuzzedRoutes('web-report'));
});
