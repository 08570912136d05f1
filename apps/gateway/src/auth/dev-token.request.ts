import { ArrayMaxSize, IsArray, IsEmail, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** Body of `POST /api/v1/dev/tokens`: the person the token will speak for. */
export class DevTokenRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  sub!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  name!: string;

  @IsEmail()
  @MaxLength(320)
  email!: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  roles?: string[];
}
