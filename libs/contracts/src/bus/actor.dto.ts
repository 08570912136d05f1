import { Type } from 'class-transformer';
import { IsBoolean, IsNotEmpty, IsObject, IsString, MaxLength, ValidateNested } from 'class-validator';

/** The authenticated person on whose behalf a command or query runs, as vouched for by the gateway. */
export class Actor {
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  userId!: string;

  @IsBoolean()
  isOperator!: boolean;
}

/** The `actor` member of every command and query: the person the gateway vouches for, validated again. */
export function ActorField(): PropertyDecorator {
  return (target, property) => {
    IsObject()(target, property);
    ValidateNested()(target, property);
    Type(() => Actor)(target, property);
  };
}
