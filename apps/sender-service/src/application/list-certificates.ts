import type { CertificateView, ListCertificatesQuery, Page } from '@chaman/contracts';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Certificate } from '../persistence/certificate.entity';
import { afterKeyset, keysetOf, keysetOrder, pageOf } from '../persistence/keyset-page';
import { accountAccessFor } from './account-access-check';
import { certificateView } from './sender-views';

/** Each enterprise sees only the certificates it owns on the account: the company never sees its intermediary's. */
@Injectable()
export class ListCertificatesUseCase {
  constructor(private readonly orm: MikroORM) {}

  async execute(request: ListCertificatesQuery): Promise<Page<CertificateView>> {
    const em = this.orm.em.fork() as EntityManager;
    const keyset = keysetOf(request.input);
    const { account } = await accountAccessFor(em, request.enterpriseNumber, request.target.accountId);
    const rows = await em.find(
      Certificate,
      { restAccount: account, ownerEnterpriseNumber: request.enterpriseNumber, ...afterKeyset(keyset) },
      { orderBy: keysetOrder, limit: keyset.limit + 1 },
    );
    return pageOf(rows, keyset, certificateView);
  }
}
