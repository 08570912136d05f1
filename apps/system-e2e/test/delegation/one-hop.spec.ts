import { Quality } from '@chaman/contracts';
import { METRICS, type ServiceMetrics } from '@chaman/platform';
import { type RunningSystem, startSystem } from '../../src';
import { pollUntil } from '../../src/processes/poll-until';
import { type RegisteredEnterprise, registerEnterprise } from '../sender/sender-fixtures';
import { delegationsOf, expectStatus, restAccountOf } from './delegation-fixtures';

/** How many bus messages each service has handled so far, by subject. */
async function handled(system: RunningSystem, service: 'access' | 'sender' | 'delegation'): Promise<Record<string, number>> {
  const metrics = system.services.get(service)!.get<ServiceMetrics>(METRICS);
  const counts: Record<string, number> = {};
  for (const { labels, value, metricName } of (await metrics.handlerDuration.get()).values) {
    if (metricName?.endsWith('_count')) counts[String(labels.operation)] = (counts[String(labels.operation)] ?? 0) + value;
  }
  return counts;
}

const delta = (before: Record<string, number>, after: Record<string, number>) =>
  Object.fromEntries(
    Object.entries(after).flatMap(([operation, count]) =>
      count > (before[operation] ?? 0) ? [[operation, count - (before[operation] ?? 0)]] : [],
    ),
  );

/**
 * Issue #11: a delegation request and its transitions are one bus hop from the gateway — the gateway decides
 * from its copy of the rights, and the delegation-service checks the parties and the account against its own
 * projection of the access and sender events.
 */
describe('delegation writes without synchronous questions', () => {
  let system: RunningSystem;
  let company: RegisteredEnterprise;
  let intermediary: RegisteredEnterprise;

  beforeAll(async () => {
    system = await startSystem();
    company = await registerEnterprise(system, 6001, [Quality.CPAS]);
    intermediary = await registerEnterprise(system, 6002, [Quality.TECHNICAL_INTERMEDIARY]);
  });
  afterAll(() => system?.stop());

  it('asks the owners for a fact the projection does not hold yet, and nobody once it does', async () => {
    const requestFor = (restAccountId: string) => ({
      companyEnterpriseNumber: company.cbe,
      companyQuality: Quality.CPAS,
      intermediaryEnterpriseNumber: intermediary.cbe,
      restAccountId,
    });
    // Requested as soon as the account exists: correct whether or not the projection has seen it yet.
    expectStatus(
      await delegationsOf(system, company).request(requestFor(await restAccountOf(system, company, Quality.CPAS, 'first'))),
      201,
    );

    const account = await restAccountOf(system, company, Quality.CPAS, 'second');
    const before = await Promise.all((['access', 'sender', 'delegation'] as const).map((service) => handled(system, service)));
    // Waits until one request needs nobody else, i.e. the projection holds the account (events, not the clock).
    const created = await pollUntil(
      async () => {
        const accessBefore = await handled(system, 'access');
        const senderBefore = await handled(system, 'sender');
        const response = await delegationsOf(system, company).request(requestFor(account));
        if (response.status !== 201) throw new Error(`${response.status}: ${JSON.stringify(response.body)}`);
        const asked = { ...delta(accessBefore, await handled(system, 'access')), ...delta(senderBefore, await handled(system, 'sender')) };
        return Object.keys(asked).length === 0 ? response : (await delegationsOf(system, company).act(response.body.id, 'cancel'), false);
      },
      { what: 'a request answered from the projection', timeoutMs: 10_000, intervalMs: 20 },
    );
    expectStatus(await delegationsOf(system, intermediary).act(created.body.id, 'accept'), 200);
    const after = await Promise.all((['access', 'sender', 'delegation'] as const).map((service) => handled(system, service)));
    expect(Object.keys(delta(before[0], after[0])).filter((operation) => !operation.includes('ping'))).toEqual([]);
  });
});
