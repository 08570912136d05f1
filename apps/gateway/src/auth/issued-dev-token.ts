import { IsIn, IsInt, IsString, Min } from 'class-validator';

/** The answer of `POST /api/v1/dev/tokens`: an access token of the development issuer. */
export class IssuedDevToken {
  @IsString()
  accessToken!: string;

  @IsIn(['Bearer'])
  tokenType!: 'Bearer';

  /** Seconds. */
  @IsInt()
  @Min(1)
  expiresIn!: number;
}
