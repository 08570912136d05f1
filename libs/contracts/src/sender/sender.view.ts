import type { Quality } from '../enterprise/quality';
import type { TechnicalContactView } from './technical-contact.dto';

/** A sender as clients and downstream systems see it. */
export interface SenderView {
  senderNumber: string;
  enterpriseNumber: string;
  quality: Quality;
  contact: TechnicalContactView;
  createdAt: string;
  updatedAt: string;
}
