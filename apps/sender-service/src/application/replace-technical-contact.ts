import { SenderEvents, type ReplaceTechnicalContactCommand, type SenderView } from '@chaman/contracts';
import { CLOCK, type Clock, ensureExpectedVersion, EventRecorder, inSqlTransaction } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { ensureOpen } from '../domain/closure';
import { lockSender, replaceContact } from '../persistence/sender-contact-statements';
import { noSuchSender } from './sender-lookup';
import { contactView, senderView } from './sender-views';
import { contactDetailsOf } from './technical-contact-details';

/**
 * The new person replaces the old one as a whole: the sender never has two contacts, nor two addresses. Plain SQL,
 * one transaction: the sender row locked, then its contact, version and event written in one statement.
 */
@Injectable()
export class ReplaceTechnicalContactUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly events: EventRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: ReplaceTechnicalContactCommand): Promise<SenderView> {
    const { enterpriseNumber } = command;
    const { senderNumber } = command.target;
    const { view, changed } = await inSqlTransaction(this.orm, async (client) => {
      const sender = await lockSender(client, enterpriseNumber, senderNumber);
      // Another enterprise's sender is answered exactly like a missing one, so numbers reveal nothing.
      if (!sender) throw noSuchSender(enterpriseNumber, senderNumber);
      ensureOpen(sender, `Sender ${senderNumber}`);
      ensureExpectedVersion(command.expectedVersion, sender.updatedAt, `Sender ${sender.senderNumber}`);
      const previousContact = contactView(sender.contact);
      const next = contactDetailsOf(command.input);
      // Sending the same contact again changes nothing, so it says nothing either.
      if (JSON.stringify(contactView(next)) === JSON.stringify(previousContact)) return { view: senderView(sender), changed: false };
      const replaced = { ...sender, contact: next, updatedAt: this.clock.now() };
      const view = senderView(replaced);
      const event = this.events.build(SenderEvents.contactReplaced, view.senderNumber, {
        sender: view,
        previousContact,
        actorUserId: command.actor.userId,
      });
      await replaceContact(client, replaced, next, event, SenderEvents.contactReplaced.subject);
      return { view, changed: true };
    });
    if (changed) this.events.committed();
    return view;
  }
}
