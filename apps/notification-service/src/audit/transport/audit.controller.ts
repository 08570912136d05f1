import { ListAuditEntries, ListAuditEntriesQuery } from '@chaman/contracts';
import { OnMessage } from '@chaman/platform';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ListAuditEntriesUseCase } from '../application/list-audit-entries';

@Controller()
export class AuditController {
  constructor(private readonly listEntries: ListAuditEntriesUseCase) {}

  @OnMessage(ListAuditEntries)
  list(@Payload() request: ListAuditEntriesQuery) {
    return this.listEntries.execute(request);
  }
}
