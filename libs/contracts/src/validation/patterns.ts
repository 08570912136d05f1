/**
 * The shapes of the API's inputs, as plain values and functions (no decorator, no class-validator): the contracts'
 * DTOs check with them and the web client imports this file alone (`@chaman/contracts/patterns`), so a rule is
 * written once.
 */

/** An OAuth scope naming a service the account may call, e.g. `dmfa:declaration:write`. */
export const SCOPE_PATTERN = /^[A-Za-z][A-Za-z0-9._:/-]{0,99}$/;

/** A sender number: six digits, never starting with 0 (so it keeps its six digits in every system). */
export const SENDER_NUMBER_PATTERN = /^[1-9]\d{5}$/;

/** A phone number: digits, optional leading +, spaces . / ( ) -. */
export const PHONE_PATTERN = /^\+?[0-9][0-9 ./()-]{5,28}$/;

/** One e-mail address, not a list: `a@x.be; b@y.be` is refused. */
export const ONE_EMAIL_PATTERN = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/** Why a CBE/KBO enterprise number was refused; `null` when it is valid. */
export type EnterpriseNumberFault = 'notDigits' | 'wrongLength' | 'wrongFirstDigit' | 'wrongChecksum';

/** Strips the accepted decorations (`BE` prefix, dots, spaces) and returns the bare digits as typed. */
export function normalizeEnterpriseNumber(input: string): string {
  return input.trim().replace(/^BE/i, '').replace(/[.\s]/g, '');
}

/** DESIGN.md §1: 10 digits, first 0 or 1, last two = 97 − (first 8 mod 97). */
export function enterpriseNumberFault(input: string): EnterpriseNumberFault | null {
  const digits = normalizeEnterpriseNumber(input);
  if (!/^\d+$/.test(digits)) return 'notDigits';
  if (digits.length !== 10) return 'wrongLength';
  if (digits[0] !== '0' && digits[0] !== '1') return 'wrongFirstDigit';
  const expected = 97 - (Number(digits.slice(0, 8)) % 97);
  return Number(digits.slice(8)) === expected ? null : 'wrongChecksum';
}
