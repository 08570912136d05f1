import { Module } from '@nestjs/common';
import { GetEnterpriseUseCase } from './application/get-enterprise';
import { RegisterEnterpriseUseCase } from './application/register-enterprise';
import { SearchEnterprisesUseCase } from './application/search-enterprises';
import { EnterprisesController } from './transport/enterprises.controller';

/** Registration of enterprises by operators, their lookup by other services, and their search on the operator's desk. */
@Module({ controllers: [EnterprisesController], providers: [RegisterEnterpriseUseCase, GetEnterpriseUseCase, SearchEnterprisesUseCase] })
export class EnterprisesModule {}
