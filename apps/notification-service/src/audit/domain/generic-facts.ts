import type { CloudEvent } from '@chaman/contracts';
import { type AuditFacts, kindOf } from './audit-facts';

const ENTERPRISE_NUMBER = /^\d{10}$/;

/**
 * An event type the trail has no line for is still recorded, never dropped: its type, subject and actor, in the
 * trail of every enterprise its data names (`enterpriseNumber`, `companyEnterpriseNumber`, … up to one level down).
 */
export function genericFacts(event: CloudEvent): AuditFacts[] {
  const data = (typeof event.data === 'object' && event.data !== null ? event.data : {}) as Record<string, unknown>;
  const actorRecord = (typeof data.actor === 'object' && data.actor !== null ? data.actor : {}) as Record<string, unknown>;
  const actor = {
    ...(text(data.actorUserId ?? actorRecord.userId) ? { userId: text(data.actorUserId ?? actorRecord.userId) } : {}),
    ...(text(data.actorEnterpriseNumber ?? actorRecord.enterpriseNumber)
      ? { enterpriseNumber: text(data.actorEnterpriseNumber ?? actorRecord.enterpriseNumber) }
      : {}),
    operator: false,
  };
  const enterprises = [...new Set(enterpriseNumbersIn(data, 0))];
  const base = { kind: kindOf(event.type), resource: { type: event.type.split('.')[2] ?? 'unknown', id: event.subject }, actor };
  if (enterprises.length === 0) return [{ ...base, enterpriseNumber: null }];
  return enterprises.map((enterpriseNumber) => ({ ...base, enterpriseNumber }));
}

function enterpriseNumbersIn(record: Record<string, unknown>, depth: number): string[] {
  return Object.entries(record).flatMap(([key, value]) => {
    if (key === 'actor' || key === 'actorEnterpriseNumber') return [];
    if (/enterpriseNumber$/i.test(key) && typeof value === 'string' && ENTERPRISE_NUMBER.test(value)) return [value];
    if (depth < 1 && typeof value === 'object' && value !== null && !Array.isArray(value))
      return enterpriseNumbersIn(value as Record<string, unknown>, depth + 1);
    return [];
  });
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
