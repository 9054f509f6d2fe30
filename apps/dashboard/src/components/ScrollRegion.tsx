import type { ReactNode } from 'react';

/**
 * A horizontally scrolling box around a wide table (narrow screens). It is focusable so keyboard users can
 * scroll it (WCAG 2.1.1; axe's scrollable-region-focusable), and named so screen readers announce it.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="table-wrap" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
