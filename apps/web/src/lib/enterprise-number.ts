/** `0123456749` → `0123.456.749`, as the CBE/KBO writes it. */
export const formatEnterpriseNumber = (digits: string): string =>
  /^\d{10}$/.test(digits) ? `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}` : digits;

/** An enterprise as people recognise it: its name and number, or its number alone when the name is not known. */
export const enterpriseLabel = (digits: string, name?: string): string =>
  name ? `${name} (${formatEnterpriseNumber(digits)})` : formatEnterpriseNumber(digits);
