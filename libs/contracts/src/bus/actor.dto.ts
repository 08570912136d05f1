import { IsBoolean, IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** The authenticated person on whose behalf a command or query runs, as vouched for by the gateway. */
export class Actor {
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  userId!: string;

  @IsBoolean()
  isOperator!: boolean;
}
