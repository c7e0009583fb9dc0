import { describe } from 'vitest';
import { fuzzEachRoute, routesServedBy, useFuzzRuntime } from './fuzz-suite.js';

const suite = useFuzzRuntime();

describe('call-center route under fuzzing', () => {
  fuzzEachRoute(suite, routesServedBy(['call-center']));
});
