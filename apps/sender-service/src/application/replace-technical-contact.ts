import { ReplaceTechnicalContact, type ReplaceTechnicalContactCommand, SenderEvents, type SenderView } from '@chaman/contracts';
import { CLOCK, type Clock, ensureExpectedVersion, EventRecorder, runCommand } from '@chaman/platform';
import { LockMode, MikroORM } from '@mikro-orm/core';
import { Inject, Injectable } from '@nestjs/common';
import { ownOpenSender } from './sender-lookup';
import { contactView, senderView } from './sender-views';
import { contactDetailsOf } from './technical-contact-details';

/** The new person replaces the old one as a whole: the sender never has two contacts, nor two addresses. */
@Injectable()
export class ReplaceTechnicalContactUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly events: EventRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: ReplaceTechnicalContactCommand): Promise<SenderView> {
    return runCommand(this.orm, { subject: ReplaceTechnicalContact.subject, request: command }, async (em) => {
      const sender = await ownOpenSender(em, command.enterpriseNumber, command.target.senderNumber, LockMode.PESSIMISTIC_WRITE);
      ensureExpectedVersion(command.expectedVersion, sender.updatedAt, `Sender ${sender.senderNumber}`);
      const previousContact = contactView(sender.contact);
      const next = contactDetailsOf(command.input);
      // Sending the same contact again changes nothing, so it says nothing either.
      if (JSON.stringify(contactView(next)) === JSON.stringify(previousContact)) return senderView(sender);
      Object.assign(sender.contact, next);
      sender.updatedAt = this.clock.now();
      await em.flush();
      const view = senderView(sender);
      this.events.record(em, SenderEvents.contactReplaced, view.senderNumber, {
        sender: view,
        previousContact,
        actorUserId: command.actor.userId,
      });
      return view;
    });
  }
}
