import { CreateSender, type CreateSenderCommand, GetEnterprise, ProblemException, SenderEvents, type SenderView } from '@chaman/contracts';
import { BusClient, CLOCK, type Clock, EventRecorder, runCommand } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { senderNumberFromSequence } from '../domain/sender-number';
import { Sender } from '../persistence/sender.entity';
import { violates } from '../persistence/unique-violation';
import { senderView } from './sender-views';
import { contactDetailsOf } from './technical-contact-details';

/** PostgreSQL's sequence_generator_limit_exceeded: sender_number_seq never cycles past 999999. */
const SEQUENCE_EXHAUSTED = '2200H';

@Injectable()
export class CreateSenderUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly bus: BusClient,
    private readonly events: EventRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: CreateSenderCommand, idempotencyKey?: string): Promise<SenderView> {
    // Asked before the transaction: no database transaction is held open across a bus round trip.
    const enterprise = await this.bus.send(GetEnterprise, { enterpriseNumber: command.enterpriseNumber });
    if (!enterprise.qualities.includes(command.input.quality)) {
      throw ProblemException.of(
        'qualityNotHeld',
        `Enterprise ${command.enterpriseNumber} does not hold the quality ${command.input.quality}.`,
        {
          heldQualities: enterprise.qualities,
        },
      );
    }
    try {
      return await runCommand(this.orm, { subject: CreateSender.subject, request: command, idempotencyKey }, (em) =>
        this.create(em, command),
      );
    } catch (error) {
      // The unique (enterprise, quality) constraint decides between concurrent twins: one commits, one lands here.
      if (violates(error, 'sender_enterprise_quality_key')) {
        throw ProblemException.of(
          'senderAlreadyExists',
          `Enterprise ${command.enterpriseNumber} already has a sender for the quality ${command.input.quality}.`,
        );
      }
      if ((error as { code?: string }).code === SEQUENCE_EXHAUSTED) {
        throw ProblemException.of('senderNumbersExhausted', 'All 900 000 sender numbers are in use; contact the platform operator.');
      }
      throw error;
    }
  }

  private async create(em: EntityManager, command: CreateSenderCommand): Promise<SenderView> {
    const [{ next }] = await em.execute<{ next: string }[]>(`select nextval('sender_number_seq') as next`);
    const now = this.clock.now();
    const sender = em.create(Sender, {
      id: uuidv7(),
      senderNumber: senderNumberFromSequence(next),
      enterpriseNumber: command.enterpriseNumber,
      quality: command.input.quality,
      contact: contactDetailsOf(command.input.contact),
      createdAt: now,
      updatedAt: now,
    });
    await em.flush();
    const view = senderView(sender);
    this.events.record(em, SenderEvents.senderCreated, view.senderNumber, { sender: view, actorUserId: command.actor.userId });
    return view;
  }
}
