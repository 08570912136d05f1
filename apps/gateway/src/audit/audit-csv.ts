import { type AuditEntryView, type AuditValues, csvDateTime, toCsv } from '@chaman/contracts';

const HEADER = [
  'at',
  'kind',
  'actorUserId',
  'actorName',
  'actorEnterpriseNumber',
  'operator',
  'resourceType',
  'resourceId',
  'personUserId',
  'before',
  'after',
  'reason',
  'counterpartEnterpriseNumber',
];

const valuesText = (values?: AuditValues): string =>
  Object.entries(values ?? {})
    .map(([name, value]) => `${name}: ${Array.isArray(value) ? value.join(' ') : (value ?? '')}`)
    .join(', ');

/** The trail as a spreadsheet, with the product's one CSV (`;`, BOM, formula guard). */
export function auditCsv(entries: AuditEntryView[]): string {
  return toCsv(
    HEADER,
    entries.map((entry) => [
      csvDateTime(entry.at),
      entry.kind,
      entry.actor.userId,
      entry.actor.name,
      entry.actor.enterpriseNumber,
      entry.actor.operator ? 'yes' : 'no',
      entry.resource.type,
      entry.resource.id,
      entry.personUserId,
      valuesText(entry.before),
      valuesText(entry.after),
      entry.reason,
      entry.counterpartEnterpriseNumber,
    ]),
  );
}
