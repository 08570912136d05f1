import { ArrayMaxSize, IsArray } from 'class-validator';
import { defineMessage } from '../bus/message';
import { IsEnterpriseNumber } from '../enterprise/enterprise-number';
import type { Quality } from '../enterprise/quality';

/** Service-to-service query behind `GET /me`: which senders already exist for these enterprises. */
export class FindSendersOfEnterprisesQuery {
  @IsArray()
  @ArrayMaxSize(200)
  @IsEnterpriseNumber({ each: true })
  enterpriseNumbers!: string[];
}

export interface ExistingSender {
  enterpriseNumber: string;
  quality: Quality;
  senderNumber: string;
}

export const FindSendersOfEnterprises = defineMessage<FindSendersOfEnterprisesQuery, ExistingSender[]>(
  'sender.v1.senders.of-enterprises',
  FindSendersOfEnterprisesQuery,
);
