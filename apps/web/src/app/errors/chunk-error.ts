/**
 * A screen's chunk that could not be loaded: after a deploy the old page asks for files the new build no longer
 * has (the gateway answers 404 for them), or the network dropped. Each browser words it its own way.
 */
const CHUNK_FAILURES = [
  /dynamically imported module/i,
  /Importing a module script failed/i,
  /Failed to fetch/i,
  /Loading chunk/i,
  /error loading dynamically/i,
];

export const isChunkLoadError = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'ChunkLoadError' || CHUNK_FAILURES.some((pattern) => pattern.test(error.message)));
