/**
 * The built client's file name beside the staff-console function's handler: the bundling hook writes it
 * there (infra/bundling.ts), the function reads it once per container.
 */
export const CONSOLE_CLIENT_FILE = 'console-client.js';
