/** The WhatsApp webhook's own metric names: the handler publishes them, infra alarms on them. */

/** Messages that named no sender the product can answer (no usable phone number, no BSUID). */
export const UNATTRIBUTED_MESSAGES_METRIC = 'UnattributedWhatsAppMessages';
