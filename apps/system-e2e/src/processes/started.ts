/** Starts `system`; if that fails, stops what it had started before failing: a half-started system leaves nothing running. */
export async function started<System extends { start(): Promise<void>; stop(): Promise<void> }>(system: System): Promise<System> {
  try {
    await system.start();
  } catch (error) {
    await system.stop();
    throw error;
  }
  return system;
}
