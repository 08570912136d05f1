import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { OutboxEvent } from './outbox-event.entity';

/**
 * Wakes the outbox relay as soon as a transaction that wrote outbox rows commits, so events leave within
 * milliseconds. Only new outbox rows count: the relay's own passes (marking rows, or finding none) must not
 * wake it again, or it would spin.
 */
export class OutboxCommitSubscriber implements EventSubscriber {
  private listener: () => void = () => undefined;
  private recorded = false;

  onCommit(listener: () => void): void {
    this.listener = listener;
  }

  /** A plain-SQL transaction (no unit of work) committed outbox rows. */
  committedOutsideOrm(): void {
    this.listener();
  }

  afterFlush({ uow }: FlushEventArgs): void {
    if (uow.getChangeSets().some((change) => change.type === ChangeSetType.CREATE && change.entity instanceof OutboxEvent))
      this.recorded = true;
  }

  afterTransactionCommit(): void {
    // Shared by every fork of the service: a stray extra wake-up is harmless, a missed one costs one poll interval.
    if (!this.recorded) return;
    this.recorded = false;
    this.listener();
  }
}
