/** Floor of the call-center function: the intake clients and schemas, and the call transcript's schema. */
import { CallTranscript } from '../../shared/channels/call-center/call-transcript.js';
import { floorHandler } from '../floor-parts/intake-floor.js';

export const handler = floorHandler([], [CallTranscript]);
