import { ParkedEvents, parkedEventsController } from '@chaman/platform';
import { type DynamicModule, Module } from '@nestjs/common';
import { ListAuditEntriesUseCase } from './application/list-audit-entries';
import { RecordAuditEntries } from './application/record-audit-entries';
import { CLOCK, type Clock } from '@chaman/platform';
import { AuditController } from './transport/audit.controller';
import { AuditRetentionSchedule } from './transport/audit-retention-schedule';
import { AuditSubscriptions } from './transport/audit-subscriptions';
import { DeskController } from '../desk/desk.controller';
import { DeskUseCases } from '../desk/desk.use-cases';

/**
 * The audit trail (docs/audit.md): fed by its own durables, read by access managers through the gateway; and the
 * notification side of the operator's desk, whose every action it records.
 */
@Module({})
export class AuditModule {
  static with(clock: Clock): DynamicModule {
    return {
      // Global: the webhook use cases of the notification module record their changes through it.
      global: true,
      module: AuditModule,
      controllers: [AuditController, DeskController, parkedEventsController('notification')],
      providers: [
        { provide: CLOCK, useValue: clock },
        RecordAuditEntries,
        ListAuditEntriesUseCase,
        AuditSubscriptions,
        AuditRetentionSchedule,
        DeskUseCases,
        ParkedEvents,
      ],
      exports: [RecordAuditEntries],
    };
  }
}
