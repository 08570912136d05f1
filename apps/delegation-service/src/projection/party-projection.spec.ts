import { AccessEvents, type CloudEvent, type EventDefinition, Quality, RestEnvironment, SenderEvents } from '@chaman/contracts';
import { PartyProjection } from './party-projection';

const event = <Data>(definition: EventDefinition<Data>, data: Data): CloudEvent<Data> => ({
  specversion: '1.0',
  id: Math.random().toString(36),
  source: 'test',
  type: definition.type,
  subject: 'x',
  time: new Date().toISOString(),
  datacontenttype: 'application/json',
  data,
});

describe('PartyProjection', () => {
  it('holds the qualities and names of registered enterprises and the owner and scopes of created REST accounts, nothing else', () => {
    const projection = new PartyProjection();
    projection.apply(
      event(AccessEvents.enterpriseRegistered, {
        actorUserId: 'op',
        enterpriseNumber: '0123456749',
        name: 'A',
        qualities: [Quality.CPAS],
        chiefAccessManagerUserId: 'c',
      }),
    );
    projection.apply(
      event(SenderEvents.restAccountCreated, {
        actorUserId: 'c',
        restAccount: {
          id: 'acc-1',
          senderNumber: '100001',
          enterpriseNumber: '0123456749',
          quality: Quality.CPAS,
          name: 'n',
          environment: RestEnvironment.ACCEPTANCE,
          scopes: ['s1'],
          clientId: 'x',
          createdAt: '',
        },
      }),
    );
    projection.apply(
      event(AccessEvents.memberRemoved, { actorUserId: 'c', enterpriseNumber: '0123456749', userId: 'u', position: 'USER' as never }),
    );
    expect(projection.enterprise('0123456749')).toEqual({ enterpriseNumber: '0123456749', qualities: [Quality.CPAS] });
    expect(projection.enterpriseName('0123456749')).toBe('A');
    expect(projection.enterpriseName('0403170701')).toBeUndefined();
    expect(projection.account('acc-1')).toEqual({ id: 'acc-1', enterpriseNumber: '0123456749', quality: Quality.CPAS, scopes: ['s1'] });
    expect(projection.enterprise('0403170701')).toBeUndefined();
    expect(projection.account('acc-2')).toBeUndefined();
  });

  it('finds enterprises by a part of their name (case and accents ignored) or of their number', () => {
    const projection = new PartyProjection();
    const registered = (enterpriseNumber: string, name: string) =>
      projection.apply(
        event(AccessEvents.enterpriseRegistered, {
          actorUserId: 'op',
          enterpriseNumber,
          name,
          qualities: [Quality.CPAS],
          chiefAccessManagerUserId: 'c',
        }),
      );
    registered('0123456749', 'CPAS de Liège');
    registered('0403170701', 'SoftHouse');
    expect(projection.enterprisesMatching('liege', 10)).toEqual(['0123456749']);
    expect(projection.enterprisesMatching('SOFT', 10)).toEqual(['0403170701']);
    expect(projection.enterprisesMatching('0403.170', 10)).toEqual(['0403170701']);
    expect(projection.enterprisesMatching('BE0123456749', 10)).toEqual(['0123456749']);
    expect(projection.enterprisesMatching('e', 1)).toHaveLength(1);
    expect(projection.enterprisesMatching('nobody', 10)).toEqual([]);
  });
});
