import { CertificatesController } from './certificates.controller';
import { ChannelsController } from './channels.controller';
import { ContactVerificationController } from './contact-verification.controller';
import { ClosuresController } from './closures.controller';
import { RestAccountsController } from './rest-accounts.controller';
import { SendersController } from './senders.controller';

/** The sender routes: senders and their contact, channels, REST accounts, certificates. */
export const SENDER_CONTROLLERS = [
  SendersController,
  ChannelsController,
  RestAccountsController,
  CertificatesController,
  ClosuresController,
  ContactVerificationController,
];
