import { EventConsumers, SERVICE_DURABLES } from '@chaman/platform';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { RecordAuditEntries } from '../application/record-audit-entries';

/**
 * The trail's own durable consumers, one per stream, apart from the notifications' ones: a mail or webhook that
 * cannot be written never holds the trail back, and the trail can be rebuilt by resetting its durables alone.
 */
@Injectable()
export class AuditSubscriptions implements OnApplicationBootstrap {
  constructor(
    private readonly consumers: EventConsumers,
    private readonly record: RecordAuditEntries,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const { durable, stream } of [
      SERVICE_DURABLES.auditAccess,
      SERVICE_DURABLES.auditSenders,
      SERVICE_DURABLES.auditDelegations,
      SERVICE_DURABLES.auditNotifications,
    ]) {
      await this.consumers.consume({ durable, stream, handle: (event, em) => this.record.fromEvent(event, em) });
    }
  }
}
