import {
  ensureStreamExists,
  EventConsumers,
  JetStreamConnection,
  SERVICE_CONFIG,
  SERVICE_DURABLES,
  type ServiceConfig,
} from '@chaman/platform';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { RecordAuditEntries } from '../application/record-audit-entries';

/**
 * The trail's own durable consumers, one per stream, apart from the notifications' ones: a mail or webhook that
 * cannot be written never holds the trail back, and the trail can be rebuilt by resetting its durables alone.
 */
@Injectable()
export class AuditSubscriptions implements OnApplicationBootstrap {
  constructor(
    private readonly consumers: EventConsumers,
    private readonly jetstream: JetStreamConnection,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    private readonly record: RecordAuditEntries,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const { durable, stream } of [
      SERVICE_DURABLES.auditAccess,
      SERVICE_DURABLES.auditSenders,
      SERVICE_DURABLES.auditDelegations,
      SERVICE_DURABLES.auditNotifications,
    ]) {
      await ensureStreamExists(this.jetstream.manager, this.config.subjectPrefix, stream, this.config.streamReplicas);
      await this.consumers.consume({ durable, stream, handle: (event, em) => this.record.fromEvent(event, em) });
    }
  }
}
