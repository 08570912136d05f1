import { ListMembers, type Problem, type ProblemException, RegisterEnterprise } from '@chaman/contracts';
import { BusClient } from '@chaman/platform';
import { startSystem, type RunningSystem } from '../../src';

const ENTERPRISE = '0123456749';
const operator = { userId: 'platform-operator', isOperator: true };
const chief = { userId: 'chief-tolerant', name: 'Chloé Chief', email: 'chief-tolerant@example.test' };

/**
 * Any deploy order works within a major version: the running access-service, over real NATS, reads a message from
 * a newer gateway (members it does not know) and one from an older gateway (without optional members added since).
 */
describe('tolerant readers: a v1 service reads older and newer v1 messages', () => {
  let system: RunningSystem;
  let bus: BusClient;

  beforeAll(async () => {
    system = await startSystem({ services: ['access'] });
    bus = new BusClient({ natsUrl: system.scope.infrastructure.natsUrl, subjectPrefix: system.scope.subjectPrefix, name: 'tolerance-e2e' });
    await bus.connect();
  });
  afterAll(async () => {
    await bus?.close();
    await system?.stop();
  });

  it('accepts a newer message with members it does not know, at every level, and ignores them', async () => {
    const newer = {
      actor: { ...operator, sessionId: 'from-a-newer-gateway' },
      target: {},
      input: {
        enterpriseNumber: ENTERPRISE,
        name: 'Tolerant CPAS',
        qualities: ['CPAS'],
        chiefAccessManager: { ...chief, phone: '+32 2 000 00 00' },
        sector: 'public',
      },
      traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
    };
    const registered = await bus.send(RegisterEnterprise, newer as never);
    expect(registered).toMatchObject({ enterpriseNumber: ENTERPRISE, name: 'Tolerant CPAS', chiefAccessManager: chief });
    expect(registered).not.toHaveProperty('sector');
    expect(registered.chiefAccessManager).not.toHaveProperty('phone');
  });

  it('accepts an older message without the optional members added since (pageSize, cursor)', async () => {
    const older = { actor: { userId: chief.userId, isOperator: false }, enterpriseNumber: ENTERPRISE, target: {}, input: {} };
    const page = await bus.send(ListMembers, older);
    expect(page.items).toEqual([expect.objectContaining({ userId: chief.userId })]);
  });

  it('still refuses what is wrong, naming the member of the message and leaving the HTTP location to the gateway', async () => {
    const wrong = {
      actor: operator,
      target: {},
      input: { enterpriseNumber: ENTERPRISE, qualities: ['CPAS'], chiefAccessManager: chief },
      sector: 'public',
    };
    const problem: Problem = await bus.send(RegisterEnterprise, wrong as never).then(
      () => ({}) as Problem,
      (error: ProblemException) => error.problem,
    );
    expect(problem).toMatchObject({ status: 400, code: 'badRequest' });
    expect(problem.issues).toEqual([expect.objectContaining({ name: 'input.name' })]);
    expect(problem.issues?.[0]).not.toHaveProperty('in');
  });
});
