import type { BusClient } from '@chaman/platform';
import { SERVICE_NAMES } from '@chaman/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Authenticator } from '../auth/authenticator';
import { HEALTH_CACHE_MS, HealthController } from './health.controller';

/** A bus stand-in that counts the pings the public check sends (a unit test of the controller's caching). */
function countingBus() {
  const bus = { pings: 0, isConnected: () => true, send: async () => ((bus.pings += 1), { database: 'up' }) };
  return bus;
}

const anonymous = { headers: {} } as FastifyRequest;
const reply = { status: () => reply } as unknown as FastifyReply;

describe('the public aggregate health check', () => {
  afterEach(() => jest.useRealTimers());

  it('asks the services at most once per 250 ms, however many callers', async () => {
    jest.useFakeTimers({ now: 1_000_000, doNotFake: ['nextTick', 'setImmediate'] });
    const bus = countingBus();
    const health = new HealthController(bus as unknown as BusClient, {} as Authenticator);
    const reports = await Promise.all(Array.from({ length: 100 }, () => health.check(anonymous, reply)));
    expect(reports.every((report) => report.status === 'UP' && report.details === undefined)).toBe(true);
    expect(bus.pings).toBe(SERVICE_NAMES.length);
    jest.setSystemTime(1_000_000 + HEALTH_CACHE_MS);
    await health.check(anonymous, reply);
    expect(bus.pings).toBe(2 * SERVICE_NAMES.length);
  });
});
