import { describe } from 'vitest';
import { fuzzEachRoute, routesServedBy, useFuzzRuntime } from './fuzz-suite.js';

const suite = useFuzzRuntime();

describe("Meta's WhatsApp webhook under fuzzing", () => {
  fuzzEachRoute(suite, routesServedBy(['whatsapp-webhook']));
});
