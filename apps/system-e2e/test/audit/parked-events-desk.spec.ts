import { AccessEvents, type MemberData } from '@chaman/contracts';
import { OPERATOR, type RunningSystem, startSystem } from '../../src';
import { pollUntil, publishEvents } from '../../src/processes';
import { API, expectStatus, notificationRows } from '../notification/notification-fixtures';

interface ParkedEvent {
  sequence: number;
  service: string;
  durable: string;
  reason: string;
  eventId?: string;
  eventType?: string;
}

/**
 * Parked events on the operator's desk, on the real bus: an access event no consumer of the notification-service can
 * apply is parked by each of its durables; the desk lists them with why, a replay that fails again leaves it parked
 * and says so, a discard removes it; both are recorded as the operator's.
 */
describe("parked events on the operator's desk", () => {
  let system: RunningSystem;
  let eventId: string;
  const parked = async (): Promise<ParkedEvent[]> =>
    expectStatus(await system.api.as(OPERATOR, 'GET', `${API}/admin/parked-events/notification?limit=100`), 200).body.items;

  beforeAll(async () => {
    system = await startSystem();
    // A member event without its member: the notification projection fails on it (the trail records it generically).
    const [event] = await publishEvents(system.scope.infrastructure.natsUrl, system.scope.subjectPrefix, AccessEvents.memberAppointed, [
      { subject: '0200065765', data: null as unknown as MemberData },
    ]);
    eventId = event.id;
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  it('lists what a durable parked, with why', async () => {
    const items = await pollUntil(
      async () => {
        const found = (await parked()).filter((item) => item.eventId === eventId);
        return found.length >= 1 && found;
      },
      { what: 'the event parked', timeoutMs: 60_000, intervalMs: 250 },
    );
    expect(items.map((item) => item.durable)).toEqual(['notification-access']);
    expect(items[0]).toMatchObject({ service: 'notification', eventType: AccessEvents.memberAppointed.type, reason: expect.any(String) });
    expect((await system.api.as(OPERATOR, 'GET', `${API}/admin/parked-events/sender`)).status).toBe(200);
  });

  it('says when a replay fails again and keeps the event; discards it on request; records both as the operator', async () => {
    const [first] = (await parked()).filter((item) => item.eventId === eventId && item.durable === 'notification-access');
    const replay = await system.api.as(OPERATOR, 'POST', `${API}/admin/parked-events/notification/${first.sequence}/replay`);
    expect(replay.status).toBe(409);
    expect(replay.body).toMatchObject({ type: 'urn:problem-type:chaman:parkedEventStillFails' });
    expect((await parked()).map((item) => item.sequence)).toContain(first.sequence);
    expect((await system.api.as(OPERATOR, 'DELETE', `${API}/admin/parked-events/notification/${first.sequence}`)).status).toBe(204);
    expect((await parked()).map((item) => item.sequence)).not.toContain(first.sequence);
    expect((await system.api.as(OPERATOR, 'DELETE', `${API}/admin/parked-events/notification/${first.sequence}`)).status).toBe(404);
    const rows = await notificationRows(
      system,
      `select kind, actor_user_id from audit_entry where resource_type = 'parked-event' order by recorded_at`,
    );
    expect(rows).toEqual([{ kind: 'operator.parked-event-discarded', actor_user_id: OPERATOR.sub }]);
  });

  it('is for platform operators alone and knows only the services that park events', async () => {
    expect((await system.api.as({ sub: 'someone' }, 'GET', `${API}/admin/parked-events/notification`)).status).toBe(403);
    expect((await system.api.as(OPERATOR, 'GET', `${API}/admin/parked-events/gateway`)).status).toBe(400);
  });
});
