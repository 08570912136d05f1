import { type ReactNode, useDeferredValue } from 'react';

/**
 * Renders its children in a second, interruptible pass (React renders a deferred value in slices, yielding to the
 * browser every few milliseconds), showing `placeholder` meanwhile: what is below the fold no longer lengthens the
 * one long task that puts the top of the page on screen (Lighthouse's total blocking time on a slow phone).
 */
export function RenderAfterPaint({ placeholder, children }: { placeholder: ReactNode; children: ReactNode }) {
  const ready = useDeferredValue(true, false);
  return <>{ready ? children : placeholder}</>;
}
