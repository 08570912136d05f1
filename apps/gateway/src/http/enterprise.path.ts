import { IsEnterpriseNumber } from '@chaman/contracts';
import type { ClassConstructor } from 'class-transformer';

/** `/enterprises/{cbe}`: the acting enterprise, always in the path. */
export class EnterprisePath {
  @IsEnterpriseNumber()
  cbe!: string;
}

/** `/enterprises/{cbe}/…` then the ids of a contract's target: the path validated, and split back by `envelope`. */
export function EnterprisePathOf<Target extends object>(target: ClassConstructor<Target>): ClassConstructor<Target & EnterprisePath> {
  const Base = target as ClassConstructor<object>;
  class TargetPath extends Base {}
  IsEnterpriseNumber()(TargetPath.prototype, 'cbe');
  return TargetPath as ClassConstructor<Target & EnterprisePath>;
}
