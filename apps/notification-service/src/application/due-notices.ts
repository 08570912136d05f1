import type { Quality } from '@chaman/contracts';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@chaman/platform';
import type { MessageTemplate } from '../domain/letter';
import { certificateExpired, certificateExpiring, delegationEnding, delegationExpiring, delegationReminder } from '../domain/messages';
import { mostUrgent } from '../domain/notice-schedule';
import { closeNotice, type DueNotice, lockDueNotices, planNotices } from '../persistence/notice-store';
import { MailWriter } from './mail-writer';
import { type Recipient, Recipients } from './recipients';

/** Who a planned notice goes to, resolved when it is due (a contact replaced meanwhile gets it). */
export type Audience =
  | { kind: 'party'; enterpriseNumber: string; quality: Quality }
  | { kind: 'certificate-owner'; restAccountId: string; ownerEnterpriseNumber: string };

export interface PlannedFacts {
  audience: Audience;
  facts: Record<string, unknown>;
}

/** A notice to send later, once: its key, the group whose wait it is about, its message and when it is due. */
export type PlannedNotice = { key: string; groupKey: string; template: MessageTemplate<any>; dueAt: Date } & PlannedFacts;

const PLANNED_TEMPLATES: Record<string, MessageTemplate<any>> = Object.fromEntries(
  [certificateExpiring, certificateExpired, delegationReminder, delegationExpiring, delegationEnding].map((template) => [
    template.name,
    template,
  ]),
);

const SWEEP_BATCH = 200;

/** Sends reminders and expiry alerts whose time has come by the injected clock, each once. */
@Injectable()
export class DueNotices {
  constructor(
    private readonly orm: MikroORM,
    private readonly mail: MailWriter,
    private readonly recipients: Recipients,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Plans the notices of one event in one statement. */
  async plan(em: EntityManager, notices: PlannedNotice[]): Promise<void> {
    const due = notices.map(({ key, groupKey, template, dueAt, audience, facts }) => ({
      key,
      groupKey,
      message: template.name,
      dueAt,
      facts: { audience, facts },
    }));
    await planNotices(em, due, this.clock.now());
  }

  /** One pass over everything due; returns how many notices were sent. */
  async sweep(): Promise<number> {
    const em = this.orm.em.fork() as EntityManager;
    return em.transactional(async (tx) => this.settle(tx, await lockDueNotices(tx, this.clock.now(), SWEEP_BATCH)));
  }

  /** Settles what of one group is already due, in the caller's transaction (an alert due at registration goes out at once). */
  async settleGroup(em: EntityManager, groupKey: string): Promise<number> {
    return this.settle(em, await lockDueNotices(em, this.clock.now(), SWEEP_BATCH, groupKey));
  }

  private async settle(em: EntityManager, due: DueNotice[]): Promise<number> {
    const groups = new Map<string, DueNotice[]>();
    for (const notice of due) groups.set(notice.groupKey, [...(groups.get(notice.groupKey) ?? []), notice]);
    let sent = 0;
    for (const notices of groups.values()) {
      const { send, skip } = mostUrgent(notices);
      for (const notice of skip) await closeNotice(em, notice.key, 'SKIPPED');
      if (!send) continue;
      const { audience, facts } = send.facts as unknown as PlannedFacts;
      await this.mail.write(em, send.key, await this.audienceOf(em, audience), PLANNED_TEMPLATES[send.message], facts);
      await closeNotice(em, send.key, 'SENT');
      sent += 1;
    }
    return sent;
  }

  private audienceOf(em: EntityManager, audience: Audience): Promise<Recipient[]> {
    return audience.kind === 'party'
      ? this.recipients.ofParty(em, audience.enterpriseNumber, audience.quality)
      : this.recipients.ofCertificateOwner(em, audience.restAccountId, audience.ownerEnterpriseNumber);
  }
}
