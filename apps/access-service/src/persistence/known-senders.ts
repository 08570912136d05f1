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

/** Forgets a closed sender: its quality may have a new sender (with a new number). */
export async function forgetSender(em: EntityManager, sender: ExistingSender): Promise<void> {
  await em.execute('delete from known_sender where enterprise_number = ? and quality = ? and sender_number = ?', [
    sender.enterpriseNumber,
    sender.quality,
    sender.senderNumber,
  ]);
}
