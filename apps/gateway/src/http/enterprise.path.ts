import { IsEnterpriseNumber } from '@chaman/contracts';

/** `/enterprises/{cbe}`: the acting enterprise, always in the path. */
export class EnterprisePath {
  @IsEnterpriseNumber()
  cbe!: string;
}
