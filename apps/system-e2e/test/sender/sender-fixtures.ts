import {
  type CloudEvent,
  type DelegationEventData,
  DelegationParty,
  DelegationStatus,
  type DelegationView,
  type EventDefinition,
  GetDelegationState,
  prefixedSubject,
  Quality,
} from '@chaman/contracts';
import { connect, type NatsConnection } from 'nats';
import { randomUUID } from 'node:crypto';
import { OPERATOR, type Person, type RunningSystem } from '../../src';

/** A valid CBE number made from a seed: 0 + seven digits, then 97 - (first eight mod 97). */
export function enterpriseNumberFrom(seed: number): string {
  const base = `0${String(seed).padStart(7, '0')}`;
  return `${base}${String(97 - (Number(base) % 97)).padStart(2, '0')}`;
}

export interface RegisteredEnterprise {
  cbe: string;
  chief: Person;
}

/** Registers an enterprise as the platform operator; its chief access manager holds the technical-channels right. */
export async function registerEnterprise(system: RunningSystem, seed: number, qualities: Quality[]): Promise<RegisteredEnterprise> {
  const cbe = enterpriseNumberFrom(seed);
  const chief: Person = { sub: `chief-${seed}`, name: `Chief ${seed}`, email: `chief-${seed}@example.be` };
  const response = await system.api.as(OPERATOR, 'POST', '/api/v1/enterprises', {
    body: {
      enterpriseNumber: cbe,
      name: `Enterprise ${seed}`,
      qualities,
      chiefAccessManager: { userId: chief.sub, name: chief.name, email: chief.email },
    },
  });
  if (response.status !== 201) throw new Error(`enterprise ${cbe} not registered: ${response.status} ${JSON.stringify(response.body)}`);
  return { cbe, chief };
}

export const CONTACT = { firstName: 'Ada', lastName: 'Peeters', email: 'ada.peeters@example.be', phone: '+32 2 123 45 67', language: 'nl' };

// Made with `ssh-keygen -t ed25519 -C ops@example.be`.
export const SSH_PUBLIC_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIN4LAtvhsPdW9bb+JwJOxzpTTC1SN5yK0AuVyZEYR0C8 ops@example.be';

/** A delegation as the delegation-service would describe it after a change. */
export function delegationState(
  fields: Pick<DelegationView, 'id' | 'status' | 'companyEnterpriseNumber' | 'intermediaryEnterpriseNumber' | 'restAccountId'>,
): DelegationView {
  const now = new Date().toISOString();
  return {
    initiatedBy: DelegationParty.COMPANY,
    companyQuality: Quality.CPAS,
    scopes: ['dmfa:declaration:write'],
    relaunchCount: 0,
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
}

const delegationServiceStandIns = new WeakMap<
  RunningSystem,
  { states: Map<string, DelegationView>; connection: Promise<NatsConnection> }
>();

/**
 * Answers `GetDelegationState` for a system that runs no delegation-service, with the last state published by
 * `publishDelegationEvent` (the sender-service confirms every grant with the delegation-service before opening it).
 * Closed with `stopAnsweringDelegationStates`.
 */
function answerDelegationStates(system: RunningSystem): Map<string, DelegationView> {
  const known = delegationServiceStandIns.get(system);
  if (known) return known.states;
  const states = new Map<string, DelegationView>();
  const connection = connect({ servers: system.scope.infrastructure.natsUrl }).then(async (nats) => {
    const subscription = nats.subscribe(prefixedSubject(system.scope.subjectPrefix, GetDelegationState.subject), {
      queue: 'delegation-service',
    });
    void (async () => {
      for await (const message of subscription) {
        const request = message.json<{ id: string; data: { delegationId: string } }>();
        const state = states.get(request.data.delegationId);
        const problem = { type: 'urn:problem-type:belgif:resourceNotFound', status: 404, title: 'Resource not found' };
        message.respond(
          JSON.stringify(
            state ? { id: request.id, response: state, isDisposed: true } : { id: request.id, err: problem, isDisposed: true },
          ),
        );
      }
    })();
    await nats.flush();
    return nats;
  });
  delegationServiceStandIns.set(system, { states, connection });
  return states;
}

export async function stopAnsweringDelegationStates(system: RunningSystem): Promise<void> {
  await (await delegationServiceStandIns.get(system)?.connection.catch(() => undefined))?.close();
  delegationServiceStandIns.delete(system);
}

/**
 * Publishes a delegation event straight onto JetStream as the delegation-service's outbox relay would:
 * a CloudEvent in JSON on the contract's subject, with `Nats-Msg-Id` = event id.
 */
export async function publishDelegationEvent(
  system: RunningSystem,
  definition: EventDefinition<DelegationEventData>,
  delegation: DelegationView,
): Promise<CloudEvent<DelegationEventData>> {
  const status = delegation.status;
  const actorParty =
    status === DelegationStatus.RENOUNCED || status === DelegationStatus.ACCEPTED ? DelegationParty.INTERMEDIARY : DelegationParty.COMPANY;
  const event: CloudEvent<DelegationEventData> = {
    specversion: '1.0',
    id: randomUUID(),
    source: '/chaman/delegation-service',
    type: definition.type,
    subject: delegation.id,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    dataschema: definition.dataschema,
    data: {
      delegation,
      actor: {
        userId: 'someone',
        enterpriseNumber:
          actorParty === DelegationParty.COMPANY ? delegation.companyEnterpriseNumber : delegation.intermediaryEnterpriseNumber,
        party: actorParty,
      },
    },
  };
  answerDelegationStates(system).set(delegation.id, delegation);
  await delegationServiceStandIns.get(system)!.connection;
  const nats = await connect({ servers: system.scope.infrastructure.natsUrl });
  try {
    await nats
      .jetstream()
      .publish(prefixedSubject(system.scope.subjectPrefix, definition.subject), JSON.stringify(event), { msgID: event.id });
  } finally {
    await nats.close();
  }
  return event;
}
