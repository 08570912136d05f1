import { SENDER_NUMBER_PATTERN } from '@chaman/contracts';

/** Sender numbers come from a database sequence bounded to the six-digit range below. */
export const FIRST_SENDER_NUMBER = 100_000;
export const LAST_SENDER_NUMBER = 999_999;

export class SenderNumbersExhausted extends Error {
  constructor() {
    super(`all six-digit sender numbers (${FIRST_SENDER_NUMBER}-${LAST_SENDER_NUMBER}) are taken`);
  }
}

/** Turns the next value of the sender-number sequence into a sender number, refusing anything out of range. */
export function senderNumberFromSequence(value: number | string | bigint): string {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < FIRST_SENDER_NUMBER)
    throw new Error(`not a sender-number sequence value: ${String(value)}`);
  if (number > LAST_SENDER_NUMBER) throw new SenderNumbersExhausted();
  return String(number);
}

export function isSenderNumber(value: string): boolean {
  return SENDER_NUMBER_PATTERN.test(value);
}
