import { Module } from '@nestjs/common';
import { GetEnterpriseUseCase } from './application/get-enterprise';
import { RegisterEnterpriseUseCase } from './application/register-enterprise';
import { EnterprisesController } from './transport/enterprises.controller';

/** Registration of enterprises by operators, and their lookup by other services. */
@Module({ controllers: [EnterprisesController], providers: [RegisterEnterpriseUseCase, GetEnterpriseUseCase] })
export class EnterprisesModule {}
