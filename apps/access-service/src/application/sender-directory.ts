import { type ExistingSender, FindSendersOfEnterprises } from '@chaman/contracts';
import { BusClient, LOGGER } from '@chaman/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';

/** The largest batch `FindSendersOfEnterprises` accepts. */
const BATCH = 200;
/** `GET /me` must answer even when the sender-service is slow: wait less than the gateway does. */
const SENDER_LOOKUP_TIMEOUT_MS = 1_500;

/** Which senders exist, asked of the sender-service; `null` when it cannot say (down, slow, failing). */
@Injectable()
export class SenderDirectory {
  constructor(
    private readonly bus: BusClient,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async sendersOf(enterpriseNumbers: string[]): Promise<ExistingSender[] | null> {
    if (enterpriseNumbers.length === 0) return [];
    try {
      const batches: string[][] = [];
      for (let start = 0; start < enterpriseNumbers.length; start += BATCH) batches.push(enterpriseNumbers.slice(start, start + BATCH));
      const replies = await Promise.all(
        batches.map((batch) =>
          this.bus.send(FindSendersOfEnterprises, { enterpriseNumbers: batch }, { timeoutMs: SENDER_LOOKUP_TIMEOUT_MS }),
        ),
      );
      return replies.flat();
    } catch (error) {
      this.logger.warn({ err: error }, 'sender-service did not say which senders exist; answering them as unknown');
      return null;
    }
  }
}
