import type { TokenUsageView } from '@chaman/contracts';

/** `lastUsedAt` of each certificate that obtained a token, by certificate id. */
export const lastUsedById = (usage: TokenUsageView | undefined): Map<string, string> =>
  new Map((usage?.certificates ?? []).map((certificate) => [certificate.certificateId, certificate.lastUsedAt]));

/** The certificate that obtained the account's latest token, if any did. */
export const latestUsage = (usage: TokenUsageView | undefined) =>
  [...(usage?.certificates ?? [])].sort((a, b) => b.lastUsedAt.localeCompare(a.lastUsedAt))[0];

/** A moment to the minute, as the reader's language writes it. */
export const toTheMinute = (iso: string, language: string): string =>
  new Date(iso).toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' });
