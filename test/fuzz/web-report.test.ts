import { describe } from 'vitest';
import { fuzzEachRoute, routesServedBy, useFuzzRuntime } from './fuzz-suite.js';

const suite = useFuzzRuntime();

describe('web-report routes under fuzzing', () => {
  fuzzEachRoute(suite, routesServedBy(['web-report']));
});
