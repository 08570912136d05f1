import type { ExistingSender } from '@chaman/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';

/** Remembers a sender the sender-service created (an event delivered twice changes nothing). */
export async function rememberSender(em: EntityManager, sender: ExistingSender): Promise<void> {
  await em.execute('insert into known_sender (enterprise_number, quality, sender_number) values (?, ?, ?) on conflict do nothing', [
    sender.enterpriseNumber,
    sender.quality,
    sender.senderNumber,
  ]);
}
