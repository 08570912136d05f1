import type { ExistingSender, Quality, SenderStatus } from '@chaman/contracts';

/**
 * Per quality of an enterprise, whether its sender still has to be created; every answer is `null`
 * (unknown) when the existing senders could not be learned.
 */
export function senderStatuses(enterpriseNumber: string, qualities: Quality[], existing: ExistingSender[] | null): SenderStatus[] {
  return qualities.map((quality) => {
    if (existing === null) return { quality, senderToCreate: null };
    const sender = existing.find((candidate) => candidate.enterpriseNumber === enterpriseNumber && candidate.quality === quality);
    return sender ? { quality, senderToCreate: false, senderNumber: sender.senderNumber } : { quality, senderToCreate: true };
  });
}
