import {
  type CertificateChangedData,
  type CloudEvent,
  readDelegationEventData,
  type RestAccountClosedData,
  type RestAccountCreatedData,
  SenderEvents,
} from '@chaman/contracts';
import type { EntityManager } from '@mikro-orm/postgresql';
import { closeAccount, saveAccount, saveCertificate, saveDelegation, setCertificateStatus } from '../persistence/projection';

/** Keeps the REST accounts and their certificates (with public keys) from the sender-service's events; other events are skipped. */
export async function onSenderEvent(event: CloudEvent, em: EntityManager): Promise<void> {
  switch (event.type) {
    case SenderEvents.restAccountCreated.type:
      return saveAccount(em, (event.data as RestAccountCreatedData).restAccount);
    case SenderEvents.restAccountClosed.type: {
      const { restAccount } = event.data as RestAccountClosedData;
      return closeAccount(em, restAccount.id, restAccount.closedAt ?? event.time);
    }
    case SenderEvents.certificateRegistered.type: {
      const { certificate, publicKey } = event.data as CertificateChangedData;
      return saveCertificate(em, certificate, publicKey);
    }
    case SenderEvents.certificateRemoved.type:
      return setCertificateStatus(em, (event.data as CertificateChangedData).certificate, 'REMOVED');
    case SenderEvents.certificateDeactivated.type:
      return setCertificateStatus(em, (event.data as CertificateChangedData).certificate, 'INACTIVE');
  }
}

/** Every delegation event carries the delegation's state after it: the projection keeps the latest. */
export async function onDelegationEvent(event: CloudEvent, em: EntityManager): Promise<void> {
  await saveDelegation(em, readDelegationEventData(event.data).delegation);
}
