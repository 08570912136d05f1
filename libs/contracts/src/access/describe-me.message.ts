import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Actor, ActorField } from '../bus/actor.dto';
import { defineMessage } from '../bus/message';
import type { MeView } from './me.view';

/** `GET /me`: the calling person (name and e-mail as their token states them) and their enterprises. */
export class DescribeMeQuery {
  @ActorField()
  actor!: Actor;

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

export const DescribeMe = defineMessage<DescribeMeQuery, MeView>('access.v1.me.describe', DescribeMeQuery);
