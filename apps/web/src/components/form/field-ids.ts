/** Stable ids tying a field to its label, hint and error (aria-describedby), and the summary's links to it. */
export const fieldId = (name: string): string => `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
export const hintId = (name: string): string => `${fieldId(name)}-hint`;
export const errorId = (name: string): string => `${fieldId(name)}-error`;

export const describedBy = (name: string, hasHint: boolean, hasError: boolean): string | undefined =>
  [hasHint ? hintId(name) : '', hasError ? errorId(name) : ''].filter(Boolean).join(' ') || undefined;
