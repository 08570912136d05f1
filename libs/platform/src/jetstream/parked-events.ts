import {
  type CloudEvent,
  type Page,
  type ParkedEventView,
  type ParkingService,
  prefixedStreamName,
  prefixedSubject,
  ProblemException,
  Streams,
} from '@chaman/contracts';
import { Inject, Injectable } from '@nestjs/common';
import type { StoredMsg } from 'nats';
import { parkedSubjectRoot } from '../bus-access/bus-permissions';
import type { ServiceConfig } from '../config/service-config';
import { SERVICE_CONFIG } from '../platform.tokens';
import { EventConsumers } from './event-consumers';
import { JetStreamConnection } from './jetstream-connection';

/**
 * The events this service's consumers parked, for the operator's desk: listed from the parked stream (this service's
 * subjects only), replayed through the consumer that gave up on them (once, as a delivery would be), or discarded.
 * Either way the parked copy is deleted afterwards.
 */
@Injectable()
export class ParkedEvents {
  constructor(
    private readonly jetstream: JetStreamConnection,
    private readonly consumers: EventConsumers,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  private get stream(): string {
    return prefixedStreamName(this.config.subjectPrefix, Streams.parked.name);
  }

  private get root(): string {
    return prefixedSubject(this.config.subjectPrefix, parkedSubjectRoot(this.config.service));
  }

  /** Oldest first, from just after `afterSequence`. */
  async list(afterSequence: number, limit: number): Promise<Page<ParkedEventView>> {
    const items: ParkedEventView[] = [];
    let sequence = afterSequence + 1;
    while (items.length <= limit) {
      const message = await this.next(sequence);
      if (!message) break;
      items.push(this.view(message));
      sequence = message.seq + 1;
    }
    const page = items.slice(0, limit);
    return items.length > limit ? { items: page, nextCursor: String(page.at(-1)!.sequence) } : { items: page };
  }

  async replay(sequence: number): Promise<ParkedEventView> {
    const message = await this.own(sequence);
    const view = this.view(message);
    const consumer = this.consumers.consumerNamed(view.durable);
    let event: CloudEvent;
    try {
      event = message.json<CloudEvent>();
    } catch {
      throw ProblemException.of('badRequest', `Parked event ${sequence} is not a readable CloudEvent: it can only be discarded.`);
    }
    if (!consumer)
      throw ProblemException.of('badRequest', `No consumer ${view.durable} runs here any more: the event can only be discarded.`);
    try {
      await consumer.replay(event);
    } catch (error) {
      throw ProblemException.of(
        'parkedEventStillFails',
        `Parked event ${sequence} failed again in ${view.durable} (${(error as Error).message}); it stays parked.`,
      );
    }
    await this.jetstream.manager.streams.deleteMessage(this.stream, sequence);
    return view;
  }

  async discard(sequence: number): Promise<ParkedEventView> {
    const view = this.view(await this.own(sequence));
    await this.jetstream.manager.streams.deleteMessage(this.stream, sequence);
    return view;
  }

  /** The parked message at `sequence` if this service parked it; another service's is as unknown as a missing one. */
  private async own(sequence: number): Promise<StoredMsg> {
    const message = await this.at(sequence);
    if (!message || !message.subject.startsWith(`${this.root}.`))
      throw ProblemException.of('resourceNotFound', `No parked event ${sequence} of the ${this.config.service}-service.`);
    return message;
  }

  private async at(sequence: number): Promise<StoredMsg | null> {
    try {
      return await this.jetstream.manager.streams.getMessage(this.stream, { seq: sequence });
    } catch (error) {
      if (/no message found|not found/i.test(String((error as Error).message))) return null;
      throw error;
    }
  }

  /** The first message at or after `sequence` under this service's parked subjects (the server's `next_by_subj`). */
  private async next(sequence: number): Promise<StoredMsg | null> {
    try {
      return await this.jetstream.manager.streams.getMessage(this.stream, { seq: sequence, next_by_subj: `${this.root}.>` } as unknown as {
        seq: number;
      });
    } catch (error) {
      if (/no message found|not found/i.test(String((error as Error).message))) return null;
      throw error;
    }
  }

  private view(message: StoredMsg): ParkedEventView {
    let event: Partial<CloudEvent> = {};
    try {
      event = message.json<CloudEvent>() ?? {};
    } catch {
      // Parked because it was not a readable event: listed with its reason alone.
    }
    return {
      sequence: message.seq,
      service: this.config.service as ParkingService,
      durable: message.subject.slice(this.root.length + 1),
      reason: message.header?.get('Chaman-Parked-Reason') ?? '',
      parkedAt: message.time.toISOString(),
      ...(typeof event.id === 'string' ? { eventId: event.id } : {}),
      ...(typeof event.type === 'string' ? { eventType: event.type } : {}),
      ...(typeof event.subject === 'string' ? { subject: event.subject } : {}),
    };
  }
}
