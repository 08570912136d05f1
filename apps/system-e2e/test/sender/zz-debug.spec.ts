import { RegisterEnterprise } from '@chaman/contracts';
import { BusClient } from '@chaman/platform';
import { OPERATOR, startSystem } from '../../src';
it('debug', async () => {
  const system = await startSystem({ services: ['access'] });
  const bus = new BusClient({ natsUrl: system.scope.infrastructure.natsUrl, subjectPrefix: system.scope.subjectPrefix, name: 'dbg' });
  await bus.connect();
  try {
    const body = { enterpriseNumber: '0123456749', name: 'x', qualities: ['EMPLOYER'] as any, chiefAccessManager: { userId: 'c', name: 'c', email: 'c@example.be' } };
    try { console.log(JSON.stringify(await bus.send(RegisterEnterprise, { ...body, actor: { userId: 'o', isOperator: true } } as any))); } catch (e) { console.log('BUS', JSON.stringify((e as any).problem)); }
    const r = await system.api.as(OPERATOR, 'POST', '/api/v1/enterprises', { body: { ...body, enterpriseNumber: '0403170701' } });
    console.log('HTTP', JSON.stringify(r.body));
  } finally { await bus.close(); await system.stop(); }
});
