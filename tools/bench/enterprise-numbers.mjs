// Valid CBE/KBO enterprise numbers for seeding: 10 digits, first digit 0 or 1,
// last two digits = 97 − (first eight digits mod 97).

const SPACE = 20_000_000; // every eight-digit prefix starting with 0 or 1

export function enterpriseNumber(prefix) {
  if (!Number.isInteger(prefix) || prefix < 0 || prefix >= SPACE) throw new Error(`enterprise number prefix out of range: ${prefix}`);
  return `${String(prefix).padStart(8, '0')}${String(97 - (prefix % 97)).padStart(2, '0')}`;
}

/** `count` consecutive numbers from a random start, so runs against a shared system rarely collide. */
export function enterpriseNumbers(count, random = Math.random) {
  const start = 1_000_000 + Math.floor(random() * (SPACE - 2_000_000 - count));
  return Array.from({ length: count }, (_, index) => enterpriseNumber(start + index));
}
