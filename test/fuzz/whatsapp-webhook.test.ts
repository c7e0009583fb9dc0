import { describe } from 'vitest';
import { fuzzEachRoute, fuzzedRoutes, useFuzzRuntime } from './fuzz-suite.js';

const suite = useFuzzRuntime();

describe("Meta's WhatsApp webhook under fuzzing", () => {
  fuzzEachRoute(suite, fuzzedRoutes('whatsapp-webhook'));
});
