/** Default time a caller waits for a reply on the bus before giving up with a 504-style problem. */
export const DEFAULT_BUS_TIMEOUT_MS = 5_000;
