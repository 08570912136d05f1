import { ChannelType, CreateRestAccount, type CreateRestAccountCommand, type RestAccountView, SenderEvents } from '@chaman/contracts';
import { CLOCK, type Clock, EventRecorder, runCommand } from '@chaman/platform';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { CLIENT_ID_RANDOM_BYTES, clientIdFor } from '../domain/client-id';
import { ENTERPRISE_LIMITS, withinLimit } from '../domain/enterprise-limits';
import { RestAccount } from '../persistence/rest-account.entity';
import type { Sender } from '../persistence/sender.entity';
import { ownOpenSender } from './sender-lookup';
import { restAccountView } from './sender-views';

@Injectable()
export class CreateRestAccountUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly events: EventRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: CreateRestAccountCommand, idempotencyKey?: string): Promise<RestAccountView> {
    return runCommand(this.orm, { subject: CreateRestAccount.subject, request: command, idempotencyKey }, async (em) => {
      const sender = await ownOpenSender(em, command.enterpriseNumber, command.target.senderNumber);
      // The sender row, locked, makes concurrent creations count one after the other.
      await em.execute('select 1 from sender where id = ? for update', [sender.id]);
      const [{ count }] = await em.execute<{ count: number }[]>('select count(*)::int as count from rest_account where sender_id = ?', [
        sender.id,
      ]);
      withinLimit(count, ENTERPRISE_LIMITS.restAccountsPerSender, 'REST accounts per sender', 'use an existing account');
      await this.openRestChannel(em, sender, command.actor.userId);
      const account = em.create(RestAccount, {
        id: uuidv7(),
        sender,
        name: command.input.name.trim(),
        environment: command.input.environment,
        scopes: [...command.input.scopes],
        clientId: clientIdFor(command.input.environment, sender.senderNumber, randomBytes(CLIENT_ID_RANDOM_BYTES)),
        createdAt: this.clock.now(),
      });
      await em.flush();
      const view = restAccountView(account);
      this.events.record(em, SenderEvents.restAccountCreated, sender.senderNumber, {
        restAccount: view,
        actorUserId: command.actor.userId,
      });
      return view;
    });
  }

  /** A REST account lives in the sender's REST channel: the first account opens that channel (race-free). */
  private async openRestChannel(em: EntityManager, sender: Sender, actorUserId: string): Promise<void> {
    const createdAt = this.clock.now();
    const opened = await em.execute<{ id: string }[]>(
      `insert into channel (id, sender_id, type, created_at) values (?, ?, ?, ?) on conflict (sender_id, type) do nothing returning id`,
      [uuidv7(), sender.id, ChannelType.REST, createdAt],
    );
    if (opened.length === 0) return;
    const channel = {
      id: opened[0].id,
      senderNumber: sender.senderNumber,
      enterpriseNumber: sender.enterpriseNumber,
      type: ChannelType.REST,
      createdAt: createdAt.toISOString(),
    };
    this.events.record(em, SenderEvents.channelAdded, sender.senderNumber, { channel, actorUserId });
  }
}
