import { IsOptional, IsString, MaxLength } from 'class-validator';
import { OutsideEnterprise } from '../bus/envelope';
import { defineMessage } from '../bus/message';
import type { MeView } from './me.view';

/** The calling person as their access token names them. */
export class TokenIdentity {
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  name?: string;

  // Echoed from the token as the identity provider wrote it: not re-validated as an address.
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  email?: string;
}

/** `GET /me`: the calling person (name and e-mail as their token states them) and their enterprises. */
export class DescribeMeQuery extends OutsideEnterprise(TokenIdentity) {}

export const DescribeMe = defineMessage<DescribeMeQuery, MeView>('access.v1.me.describe', DescribeMeQuery);
