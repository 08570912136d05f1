/** A status as a word in a tag: colour helps, the word says it. */
export function StatusTag({ tone, children }: { tone: 'ok' | 'warn' | 'bad' | 'neutral'; children: string }) {
  return <strong className={`tag tag--${tone}`}>{children}</strong>;
}
