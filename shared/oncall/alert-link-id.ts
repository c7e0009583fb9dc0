/** An alert link's opaque id: 10 base62 characters (shared/store/dynamo-alert-links.ts makes them). */
export const ALERT_LINK_ID = /^[0-9A-Za-z]{10}$/;
