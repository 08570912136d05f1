import { IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { InEnterprise, NoTarget } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import { type Page, PageInput } from '../pagination/page';
import type { AuditEntryView } from './audit-entry.view';

/** A kind (`access.permission-granted`) or an area of kinds (`access`). */
export const AUDIT_KIND_PATTERN = /^[a-z][a-z-]*(\.[a-z][a-z-]*)?$/;

/** Query of `GET /enterprises/{cbe}/audit`: newest first, keyset-paginated, filtered. */
export class ListAuditEntriesInput extends PageInput {
  /** One kind, or an area of kinds (`delegation` matches every `delegation.*`). */
  @IsOptional()
  @Matches(AUDIT_KIND_PATTERN)
  @MaxLength(100)
  kind?: string;

  /** From this instant or day (inclusive, ISO-8601). */
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  /** Up to this instant or day (exclusive, ISO-8601). */
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  /** A person's user id: the changes they made and the changes about them. */
  @IsOptional()
  @IsString()
  @MaxLength(255)
  person?: string;
}

export class ListAuditEntriesQuery extends InEnterprise(NoTarget, ListAuditEntriesInput) {}

export const ListAuditEntries = defineMessage<ListAuditEntriesQuery, Page<AuditEntryView>>(
  'notification.v1.audit-entries.list',
  ListAuditEntriesQuery,
);
