export enum ChannelType {
  FTP = 'FTP',
  SFTP = 'SFTP',
  SOAP = 'SOAP',
  REST = 'REST',
}

/** A technical channel of a sender. */
export interface ChannelView {
  id: string;
  senderNumber: string;
  enterpriseNumber: string;
  type: ChannelType;
  /** SFTP only: the key as stored (`<algorithm> <base64> [comment]`) and its OpenSSH SHA-256 fingerprint. */
  sshPublicKey?: string;
  sshKeyFingerprint?: string;
  createdAt: string;
}
