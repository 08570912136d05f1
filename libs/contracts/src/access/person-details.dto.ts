import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** How a person is named and reached, as managers see them in contact lists. */
export class PersonDetails {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @IsEmail()
  @MaxLength(254)
  email!: string;
}

/** A person identified by the `sub` of their access token, with their details. */
export class IdentifiedPerson extends PersonDetails {
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  userId!: string;
}
