import { CertificateStatus } from '@chaman/contracts';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { RestAccount } from './rest-account.entity';

/** An X.509 certificate registered on a REST account by its owner (the company or its intermediary). */
@Entity({ tableName: 'certificate' })
export class Certificate {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne({ entity: () => RestAccount, fieldName: 'rest_account_id' })
  restAccount!: RestAccount;

  @Property({ type: 'text' })
  ownerEnterpriseNumber!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  fingerprint!: string;

  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'text' })
  issuer!: string;

  @Property({ type: 'text' })
  serialNumber!: string;

  @Property({ type: 'datetime' })
  notBefore!: Date;

  @Property({ type: 'datetime' })
  notAfter!: Date;

  @Property({ type: 'text', lazy: true })
  pem!: string;

  @Property({ type: 'text' })
  status: CertificateStatus = CertificateStatus.ACTIVE;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  deactivatedAt: Date | null = null;
}
