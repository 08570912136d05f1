import { type DynamicModule, Module } from '@nestjs/common';
import { ListAuditEntriesUseCase } from './application/list-audit-entries';
import { RecordAuditEntries } from './application/record-audit-entries';
import { CLOCK, type Clock } from '../clock';
import { AuditController } from './transport/audit.controller';
import { AuditRetentionSchedule } from './transport/audit-retention-schedule';
import { AuditSubscriptions } from './transport/audit-subscriptions';

/** The audit trail (docs/audit.md): fed by its own durables, read by access managers through the gateway. */
@Module({})
export class AuditModule {
  static with(clock: Clock): DynamicModule {
    return {
      module: AuditModule,
      controllers: [AuditController],
      providers: [{ provide: CLOCK, useValue: clock }, RecordAuditEntries, ListAuditEntriesUseCase, AuditSubscriptions, AuditRetentionSchedule],
      exports: [RecordAuditEntries],
    };
  }
}
