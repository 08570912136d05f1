export enum CertificateStatus {
  ACTIVE = 'ACTIVE',
  /** No longer usable: its owner, an intermediary, lost the delegation on the account. */
  INACTIVE = 'INACTIVE',
}

/** A certificate of a REST account, as its owner sees it. */
export interface CertificateView {
  id: string;
  restAccountId: string;
  name: string;
  /** SHA-256 of the DER encoding, as colon-separated upper-case hex pairs. */
  fingerprint: string;
  subject: string;
  issuer: string;
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  /** The enterprise that registered it: the company, or the intermediary managing the account for it. */
  ownerEnterpriseNumber: string;
  status: CertificateStatus;
  createdAt: string;
  deactivatedAt?: string;
}
