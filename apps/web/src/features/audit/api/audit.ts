import type { AuditEntryView } from '@chaman/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiPath, type Collection, request } from '../../../lib/api-client';

/** The filters of the journal, as the API and the address bar both take them. */
export interface AuditFilters {
  kind?: string;
  from?: string;
  to?: string;
  person?: string;
}

/** The areas a reader filters by (each a `kind` the API takes as every kind in it). */
export const AUDIT_AREAS = ['access', 'sender', 'delegation', 'notification', 'operator'] as const;

export const AUDIT_PAGE_SIZE = 50;

const queryOf = (filters: AuditFilters, extra: Record<string, string> = {}): string => {
  const search = new URLSearchParams({ ...Object.fromEntries(Object.entries(filters).filter(([, value]) => value)), ...extra });
  const text = search.toString();
  return text ? `?${text}` : '';
};

/** One page of the trail, newest first; `cursor` is the one a previous page's `next` gave. */
export const useAuditPage = (cbe: string, filters: AuditFilters, cursor?: string) =>
  useQuery({
    queryKey: ['audit', cbe, filters, cursor ?? null],
    queryFn: () =>
      request<Collection<AuditEntryView>>(
        apiPath`/enterprises/${cbe}/audit` + queryOf(filters, { limit: String(AUDIT_PAGE_SIZE), ...(cursor ? { cursor } : {}) }),
      ),
    placeholderData: keepPreviousData,
  });

/** The cursor of the `next` link, which the page keeps in its own address. */
export const cursorOf = (next?: string): string | undefined =>
  next ? (new URL(next, 'http://chaman.invalid').searchParams.get('cursor') ?? undefined) : undefined;

/** The API's export of the filtered trail (the server's CSV, the same as every export of the product). */
export const auditCsvHref = (cbe: string, filters: AuditFilters): string => apiPath`/enterprises/${cbe}/audit.csv` + queryOf(filters);
