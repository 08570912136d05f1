import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { EnterpriseScoped } from '../bus/enterprise-scoped';

/** An actor acting on one member of one enterprise: the common part of every member command. */
export class MemberTarget extends EnterpriseScoped {
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  userId!: string;
}
