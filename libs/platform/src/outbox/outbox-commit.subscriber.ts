import type { EventSubscriber } from '@mikro-orm/core';

/** Wakes the outbox relay as soon as a transaction commits, so events leave within milliseconds. */
export class OutboxCommitSubscriber implements EventSubscriber {
  private listener: () => void = () => undefined;

  onCommit(listener: () => void): void {
    this.listener = listener;
  }

  afterTransactionCommit(): void {
    this.listener();
  }

  afterFlush(): void {
    this.listener();
  }
}
