import {
  AccessEvents,
  type CloudEvent,
  type EnterpriseEnvelope,
  type MemberData,
  type RestAccountCreatedData,
  SenderEvents,
} from '@chaman/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CLOCK, type Clock } from '@chaman/platform';
import { auditFactsOf } from '../domain/audit-mapping';
import type { AuditFacts } from '../domain/audit-facts';
import { companyOfAccount, insertAuditEntry, nameOfPerson, rememberPerson, rememberRestAccount } from '../persistence/audit-store';

/** Applies one event to the trail, in the consumer's transaction: the facts it needs later, then its entries. */
@Injectable()
export class RecordAuditEntries {
  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  async fromEvent(event: CloudEvent, em: EntityManager): Promise<void> {
    await this.remember(event, em);
    const accountId = (event.data as { certificate?: { restAccountId?: string } } | null)?.certificate?.restAccountId;
    const company = accountId ? await companyOfAccount(em, accountId) : undefined;
    const facts = auditFactsOf(event, { companyOfAccount: (id) => (id === accountId ? company : undefined) });
    for (const fact of facts) await this.record(em, { sourceKey: event.id, at: new Date(event.time), eventType: event.type, facts: fact });
  }

  /** An action the notification-service itself performs (a webhook registered, an operator's resend). */
  async record(em: EntityManager, entry: { sourceKey: string; at: Date; eventType?: string; facts: AuditFacts }): Promise<void> {
    const actorName = entry.facts.actor.userId ? await nameOfPerson(em, entry.facts.actor.userId) : undefined;
    await insertAuditEntry(em, { ...entry, actorName, now: this.clock.now() });
  }

  /** A person's change to one of their enterprise's webhooks, in the transaction that makes it. */
  async ofWebhook(
    em: EntityManager,
    kind: string,
    command: EnterpriseEnvelope<object, object>,
    webhookId: string,
    values: Pick<AuditFacts, 'before' | 'after'>,
  ): Promise<void> {
    const { actor, enterpriseNumber } = command;
    await this.record(em, {
      sourceKey: `webhook:${randomUUID()}`,
      at: this.clock.now(),
      facts: {
        enterpriseNumber,
        kind,
        resource: { type: 'webhook', id: webhookId },
        actor: { userId: actor.userId, enterpriseNumber, operator: false },
        ...values,
      },
    });
  }

  private async remember(event: CloudEvent, em: EntityManager): Promise<void> {
    if (event.type === SenderEvents.restAccountCreated.type) {
      const restAccount = (event.data as RestAccountCreatedData | null)?.restAccount;
      if (restAccount) await rememberRestAccount(em, restAccount.id, restAccount.enterpriseNumber);
    }
    if (event.type === AccessEvents.memberAppointed.type || event.type === AccessEvents.memberChanged.type) {
      const member = event.data as MemberData | null;
      if (member?.name) await rememberPerson(em, member.userId, member.name);
    }
  }
}
