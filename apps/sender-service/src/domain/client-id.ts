import { RestEnvironment } from '@chaman/contracts';

const ENVIRONMENT_TAG: Record<RestEnvironment, string> = { [RestEnvironment.ACCEPTANCE]: 'acc', [RestEnvironment.PRODUCTION]: 'prd' };
export const CLIENT_ID_RANDOM_BYTES = 16;

/**
 * An OAuth client id that tells, at a glance, the environment and sender it belongs to; 128 random bits make
 * it unguessable, and a unique constraint makes it unique whatever happens.
 */
export function clientIdFor(environment: RestEnvironment, senderNumber: string, random: Buffer): string {
  if (random.length < CLIENT_ID_RANDOM_BYTES) throw new Error(`a client id needs ${CLIENT_ID_RANDOM_BYTES} random bytes`);
  return `chaman-${ENVIRONMENT_TAG[environment]}-${senderNumber}-${random.subarray(0, CLIENT_ID_RANDOM_BYTES).toString('hex')}`;
}
