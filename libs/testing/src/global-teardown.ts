export default async function globalTeardown(): Promise<void> {
  await Promise.all((globalThis.__chamanContainers ?? []).map((container) => container.stop()));
}
