import { AuditEntryView, Capability, ListAuditEntries, ListAuditEntriesInput, MAX_PAGE_LIMIT } from '@chaman/contracts';
import { BusClient } from '@chaman/platform';
import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { Requires } from '../authorization/requires.decorator';
import { type Collection, CollectionOf, collectionOf } from '../http/collection';
import { EnterprisePath } from '../http/enterprise.path';
import { envelope } from '../http/envelope';
import { ValidPath, ValidQuery } from '../http/valid-input.decorators';
import { Answers } from '../openapi/answers.decorator';
import { auditCsv } from './audit-csv';

/** The most rows one export holds; a longer trail is exported period by period. */
const MAX_EXPORT_ROWS = 10_000;
const CSV = 'text/csv; charset=utf-8';

@ApiTags('audit')
@Controller('enterprises/:cbe')
@Requires(Capability.MANAGE_MEMBERS)
export class AuditController {
  constructor(private readonly bus: BusClient) {}

  @Get('audit')
  @Answers(CollectionOf(AuditEntryView))
  @ApiOperation({
    summary:
      "The enterprise's audit trail, newest first: who (person and enterprise) changed what, when, with the values before and after (access managers).",
    description:
      'Filters: `kind` (a kind such as `access.permission-granted`, or an area such as `delegation`), `from` and `to` (a period), `person` (who acted or whom the change is about). `Accept: text/csv` answers the export of `audit.csv`.',
  })
  async list(
    @ValidPath(EnterprisePath) path: EnterprisePath,
    @ValidQuery(ListAuditEntriesInput) query: ListAuditEntriesInput,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Collection<AuditEntryView> | string> {
    if (/\btext\/csv\b/.test(request.headers.accept ?? '')) return this.exportCsv(path, query, principal, reply);
    return collectionOf(await this.bus.send(ListAuditEntries, envelope(principal, path, query)), request);
  }

  @Get('audit.csv')
  @ApiResponse({
    status: 200,
    description:
      'The filtered trail as CSV (UTF-8 with BOM, `;` between cells, every cell quoted, formulas neutralised), at most 10 000 rows.',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiOperation({ summary: "The enterprise's audit trail as a spreadsheet, with the filters of the listing (access managers)." })
  async csv(
    @ValidPath(EnterprisePath) path: EnterprisePath,
    @ValidQuery(ListAuditEntriesInput) query: ListAuditEntriesInput,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    return this.exportCsv(path, query, principal, reply);
  }

  private async exportCsv(path: EnterprisePath, query: ListAuditEntriesInput, principal: Principal, reply: FastifyReply): Promise<string> {
    const entries: AuditEntryView[] = [];
    let cursor = query.cursor;
    do {
      const page = await this.bus.send(
        ListAuditEntries,
        envelope(principal, path, { ...query, limit: MAX_PAGE_LIMIT, pageSize: undefined, cursor }),
      );
      entries.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor && entries.length < MAX_EXPORT_ROWS);
    void reply.header('content-type', CSV).header('content-disposition', `attachment; filename="audit-${path.cbe}.csv"`);
    return auditCsv(entries.slice(0, MAX_EXPORT_ROWS));
  }
}
