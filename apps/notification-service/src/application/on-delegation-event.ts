import {
  type CloudEvent,
  type DelegationEventData,
  DelegationParty,
  otherParty,
  Quality,
  readDelegationEventData,
} from '@chaman/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { type DelegationNotice, delegationNotices, opensWait } from '../domain/delegation-notices';
import {
  delegationEnding,
  delegationExpiring,
  delegationOutcome,
  delegationReminder,
  delegationRelaunched,
  delegationRequested,
} from '../domain/messages';
import type { DelegationFacts } from '../domain/messages';
import { delegationWaitNotices, endReminderDue } from '../domain/notice-schedule';
import { NOTIFICATION_SETTINGS, type NotificationSettings } from '../notification-settings';
import { cancelNotices } from '../persistence/notice-store';
import { delegationNames } from '../persistence/projection';
import { type Audience, DueNotices } from './due-notices';
import { MailWriter } from './mail-writer';
import { labelOf } from './party-labels';
import { Recipients } from './recipients';

function endGroupOf({ delegation }: DelegationEventData): string {
  return `delegation-end:${delegation.id}`;
}

/** Tells the counterparty of a delegation what it must answer or what became of it, and reminds it while a request waits. */
@Injectable()
export class OnDelegationEvent {
  constructor(
    private readonly mail: MailWriter,
    private readonly recipients: Recipients,
    private readonly notices: DueNotices,
    @Inject(NOTIFICATION_SETTINGS) private readonly settings: NotificationSettings,
  ) {}

  async handle(event: CloudEvent, em: EntityManager): Promise<void> {
    const data = readDelegationEventData(event.data);
    const groupKey = `delegation:${data.delegation.id}`;
    // Any change ends the wait the previous reminders were about (a relaunch starts a new one) and plans the end anew.
    await cancelNotices(em, groupKey, endGroupOf(data));
    await this.planEndReminders(em, data);
    const notices = delegationNotices(event.type, data);
    if (notices.length === 0) return;
    const facts = await this.factsOf(em, data);
    for (const notice of notices) {
      const recipients = await this.recipients.ofParty(em, ...this.enterpriseOf(data, notice.to));
      await this.tell(em, event.id, notice, recipients, facts, data);
    }
    if (!opensWait(event.type)) return;
    const waiting = notices[0].to;
    const requester = await labelOf(em, this.enterpriseOf(data, otherParty(waiting))[0]);
    const [enterpriseNumber, quality] = this.enterpriseOf(data, waiting);
    const audience: Audience = { kind: 'party', enterpriseNumber, quality };
    const expiresAt = data.delegation.expiresAt ? new Date(data.delegation.expiresAt) : null;
    const waits = delegationWaitNotices(
      new Date(event.time),
      expiresAt,
      this.settings.delegationReminderAfterMs,
      this.settings.delegationExpiryWarningMs,
    );
    await this.notices.plan(
      em,
      waits.map((planned) => ({
        key: `${groupKey}:${event.id}:${planned.stage}`,
        groupKey,
        template: planned.stage === 'reminder' ? delegationReminder : delegationExpiring,
        dueAt: planned.dueAt,
        audience,
        facts: { ...facts, requester },
      })),
    );
  }

  /** 14 days before an end date, both parties are reminded; every change of the delegation plans them anew (the former cancelled). */
  private async planEndReminders(em: EntityManager, data: DelegationEventData): Promise<void> {
    const { delegation } = data;
    const groupKey = endGroupOf(data);
    const dueAt = endReminderDue(delegation);
    if (!dueAt) return;
    const facts = { ...(await this.factsOf(em, data)), endsOn: delegation.endsOn! };
    await this.notices.plan(
      em,
      [DelegationParty.COMPANY, DelegationParty.INTERMEDIARY].map((party) => {
        const [enterpriseNumber, quality] = this.enterpriseOf(data, party);
        return {
          key: `${groupKey}:${delegation.endsOn}:${party}`,
          groupKey,
          template: delegationEnding,
          dueAt,
          audience: { kind: 'party', enterpriseNumber, quality },
          facts,
        };
      }),
    );
  }

  private async tell(
    em: EntityManager,
    cause: string,
    notice: DelegationNotice,
    recipients: Awaited<ReturnType<Recipients['ofParty']>>,
    facts: DelegationFacts,
    data: DelegationEventData,
  ) {
    const actor = data.actor.enterpriseNumber ? await labelOf(em, data.actor.enterpriseNumber) : undefined;
    switch (notice.kind) {
      case 'requested':
        return this.mail.write(em, cause, recipients, delegationRequested, { ...facts, requester: actor ?? '' });
      case 'relaunched': {
        const allowance = data.actor.party === DelegationParty.INTERMEDIARY ? data.intermediaryRelaunches : undefined;
        return this.mail.write(em, cause, recipients, delegationRelaunched, {
          ...facts,
          requester: actor ?? '',
          ...(allowance ? { relaunchesLeft: Math.max(0, allowance.limit - allowance.used), relaunchLimit: allowance.limit } : {}),
        });
      }
      case 'outcome':
        return this.mail.write(em, cause, recipients, delegationOutcome, { ...facts, outcome: notice.outcome, by: actor });
    }
  }

  /** The enterprise number and quality of one side of the delegation. */
  private enterpriseOf(data: DelegationEventData, party: DelegationParty): [string, Quality] {
    const { delegation } = data;
    return party === DelegationParty.COMPANY
      ? [delegation.companyEnterpriseNumber, delegation.companyQuality]
      : [delegation.intermediaryEnterpriseNumber, Quality.TECHNICAL_INTERMEDIARY];
  }

  private async factsOf(em: EntityManager, { delegation }: DelegationEventData): Promise<DelegationFacts> {
    // One statement; the parties' labels asked later in the transaction (actor, requester) are then already known.
    const { accountName } = await delegationNames(em, delegation.restAccountId, [
      delegation.companyEnterpriseNumber,
      delegation.intermediaryEnterpriseNumber,
    ]);
    return {
      delegationId: delegation.id,
      company: await labelOf(em, delegation.companyEnterpriseNumber),
      companyQuality: delegation.companyQuality,
      intermediary: await labelOf(em, delegation.intermediaryEnterpriseNumber),
      account: accountName ?? delegation.restAccountId,
      scopes: delegation.scopes,
      ...(delegation.expiresAt ? { expiresAt: delegation.expiresAt } : {}),
    };
  }
}
