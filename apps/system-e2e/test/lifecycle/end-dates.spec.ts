import { type CloudEvent, DelegationEvents, DelegationStatus, Quality, SenderEvents, Streams } from '@chaman/contracts';
import { EndDueDelegationsUseCase } from '@chaman/delegation-service';
import { EventProbe, makeCertificate, ManualClock } from '@chaman/testing';
import { type RunningSystem, startSystem } from '../../src';
import { delegationsOf, expectStatus, restAccountOf } from '../delegation/delegation-fixtures';
import { type RegisteredEnterprise, registerEnterprise } from '../sender/sender-fixtures';

const DAY = 24 * 60 * 60 * 1000;

/** Issue #22 point 3 on the real bus and database: the company sets and changes an end date; on it, the delegation ends. */
describe('delegations with an end date, on a clock the test moves', () => {
  const clock = new ManualClock();
  let system: RunningSystem;
  let senderEvents: EventProbe;
  let delegationEvents: EventProbe;
  let company: RegisteredEnterprise;
  let intermediary: RegisteredEnterprise;
  let accountId: string;
  let delegationId: string;

  const inDays = (days: number) => new Date(clock.now().getTime() + days * DAY).toISOString();
  const eventOf = (type: string, subject: string) => (events: CloudEvent[]) =>
    events.some((event) => event.type === type && event.subject === subject);

  beforeAll(async () => {
    system = await startSystem({ serviceOverrides: { clock } });
    senderEvents = await new EventProbe(system.scope.infrastructure.natsUrl, system.scope.subjectPrefix, Streams.sender).start();
    delegationEvents = await new EventProbe(system.scope.infrastructure.natsUrl, system.scope.subjectPrefix, Streams.delegation).start();
    [company, intermediary] = await Promise.all([
      registerEnterprise(system, 7301, [Quality.CPAS]),
      registerEnterprise(system, 7302, [Quality.TECHNICAL_INTERMEDIARY]),
    ]);
    accountId = await restAccountOf(system, company, Quality.CPAS, 'social aid');
  }, 120_000);
  afterAll(async () => {
    await senderEvents?.stop();
    await delegationEvents?.stop();
    await system?.stop();
  });

  const body = (endsOn?: string) => ({
    companyEnterpriseNumber: company.cbe,
    companyQuality: Quality.CPAS,
    intermediaryEnterpriseNumber: intermediary.cbe,
    restAccountId: accountId,
    ...(endsOn ? { endsOn } : {}),
  });

  it('lets the company set an end date on request, and nobody else', async () => {
    const byIntermediary = await delegationsOf(system, intermediary).request(body(inDays(30)));
    expect(byIntermediary.body).toMatchObject({ status: 403, code: 'missingPermission' });
    const past = await delegationsOf(system, company).request(body(inDays(-1)));
    expect(past.status).toBe(400);
    expect(past.body.issues).toEqual([expect.objectContaining({ in: 'body', name: 'endsOn' })]);
    const requested = await delegationsOf(system, company).request(body(inDays(30)));
    expectStatus(requested, 201);
    expect(requested.body.endsOn).toBe(inDays(30));
    delegationId = requested.body.id;
  });

  it('lets the company change the end date after acceptance; the intermediary may not', async () => {
    expectStatus(await delegationsOf(system, intermediary).act(delegationId, 'accept'), 200);
    await senderEvents.waitFor(
      (events) =>
        events.some(
          (event) =>
            event.type === SenderEvents.intermediaryAccessGranted.type &&
            (event.data as { delegationId: string }).delegationId === delegationId,
        ),
      30_000,
    );
    const byIntermediary = await system.api.as(
      intermediary.chief,
      'PATCH',
      `/api/v1/enterprises/${intermediary.cbe}/delegations/${delegationId}`,
      { body: { endsOn: inDays(60) } },
    );
    expect(byIntermediary.status).toBe(403);
    const changed = await system.api.as(company.chief, 'PATCH', `/api/v1/enterprises/${company.cbe}/delegations/${delegationId}`, {
      body: { endsOn: inDays(20) },
    });
    expectStatus(changed, 200);
    expect(changed.body).toMatchObject({ status: DelegationStatus.ACCEPTED, endsOn: inDays(20) });
    await delegationEvents.waitFor(eventOf(DelegationEvents.endDateChanged.type, delegationId));
    const history = (await delegationsOf(system, intermediary).get(delegationId)).body.history;
    expect(history.at(-1)).toMatchObject({ action: 'CHANGE_END_DATE', status: 'ACCEPTED', actorParty: 'COMPANY' });
  }, 60_000);

  it('ends the delegation on its date: ENDED for both parties, in the history and the stream, the certificate inactive', async () => {
    const certificate = await system.api.as(
      intermediary.chief,
      'POST',
      `/api/v1/enterprises/${intermediary.cbe}/rest-accounts/${accountId}/certificates`,
      {
        body: { name: 'Managed', pem: (await makeCertificate()).pem },
      },
    );
    expectStatus(certificate, 201);
    const sweep = system.services.get('delegation')!.get(EndDueDelegationsUseCase);
    expect(await sweep.execute()).toBe(0);
    clock.advance(21 * DAY);
    await sweep.execute(); // the service's own sweep may have been first: the state says it

    const seen = await delegationsOf(system, intermediary).get(delegationId);
    expect(seen.body.status).toBe(DelegationStatus.ENDED);
    expect(seen.body.history.at(-1)).toMatchObject({ action: 'END', status: 'ENDED' });
    expect((await delegationsOf(system, company).get(delegationId)).body.status).toBe(DelegationStatus.ENDED);
    await delegationEvents.waitFor(eventOf(DelegationEvents.ended.type, delegationId));
    await senderEvents.waitFor(
      (events) =>
        events.some(
          (event) =>
            event.type === SenderEvents.certificateDeactivated.type &&
            (event.data as { certificate: { id: string } }).certificate.id === certificate.body.id,
        ),
      30_000,
    );
    const late = await system.api.as(company.chief, 'PATCH', `/api/v1/enterprises/${company.cbe}/delegations/${delegationId}`, {
      body: { endsOn: inDays(10) },
    });
    expect(late.body).toMatchObject({ status: 409, code: 'transitionNotAllowed' });
  }, 90_000);
});
