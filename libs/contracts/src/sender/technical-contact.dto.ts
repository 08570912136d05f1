import { IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PHONE_PATTERN } from '../validation/patterns';

export enum ContactLanguage {
  fr = 'fr',
  nl = 'nl',
  de = 'de',
  en = 'en',
}

const NOT_BLANK = /\S/;

/**
 * The one technical contact of a sender: one named person and one e-mail address (a single address, so a
 * list such as `a@x.be; b@y.be` is refused), an optional phone and the language to write to them in.
 */
export class TechnicalContact {
  @IsString()
  @IsNotEmpty()
  @Matches(NOT_BLANK, { message: 'firstName must not be blank' })
  @MaxLength(100)
  firstName!: string;

  @IsString()
  @IsNotEmpty()
  @Matches(NOT_BLANK, { message: 'lastName must not be blank' })
  @MaxLength(100)
  lastName!: string;

  @IsEmail({}, { message: 'email must be one e-mail address' })
  @MaxLength(254)
  email!: string;

  @IsOptional()
  @IsString()
  @Matches(PHONE_PATTERN, { message: 'phone must be a phone number (digits, optional leading +, spaces . / ( ) -)' })
  @MaxLength(30)
  phone?: string;

  @IsEnum(ContactLanguage)
  language!: ContactLanguage;
}

/** The contact as answered and carried in events. */
export class TechnicalContactView {
  @IsString() firstName!: string;
  @IsString() lastName!: string;
  @IsString() email!: string;
  @IsOptional() @IsString() phone?: string;
  @IsEnum(ContactLanguage) language!: ContactLanguage;
}
