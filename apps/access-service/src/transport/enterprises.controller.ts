import {
  type EnterpriseView,
  GetEnterprise,
  GetEnterpriseQuery,
  RegisterEnterprise,
  type RegisteredEnterprise,
  RegisterEnterpriseCommand,
  SearchEnterprises,
  SearchEnterprisesQuery,
  type Page,
} from '@chaman/contracts';
import { IdempotencyKey, OnMessage } from '@chaman/platform';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { GetEnterpriseUseCase } from '../application/get-enterprise';
import { RegisterEnterpriseUseCase } from '../application/register-enterprise';
import { SearchEnterprisesUseCase } from '../application/search-enterprises';

@Controller()
export class EnterprisesController {
  constructor(
    private readonly registration: RegisterEnterpriseUseCase,
    private readonly lookup: GetEnterpriseUseCase,
    private readonly search: SearchEnterprisesUseCase,
  ) {}

  @OnMessage(RegisterEnterprise)
  register(@Payload() request: RegisterEnterpriseCommand, @IdempotencyKey() key?: string): Promise<RegisteredEnterprise> {
    return this.registration.execute(request, key);
  }

  @OnMessage(GetEnterprise)
  get(@Payload() request: GetEnterpriseQuery): Promise<EnterpriseView> {
    return this.lookup.execute(request.enterpriseNumber);
  }

  @OnMessage(SearchEnterprises)
  find(@Payload() query: SearchEnterprisesQuery): Promise<Page<EnterpriseView>> {
    return this.search.execute(query);
  }
}
