import { Matches, type ValidationOptions } from 'class-validator';
import { SENDER_NUMBER_PATTERN } from '../validation/patterns';

export { SENDER_NUMBER_PATTERN } from '../validation/patterns';

/** A sender number: six digits, never starting with 0 (so it keeps its six digits in every system). */
export const IsSenderNumber = (options?: ValidationOptions): PropertyDecorator =>
  Matches(SENDER_NUMBER_PATTERN, { message: 'sender number must be 6 digits, not starting with 0', ...options });
