/**
 * A wide table's own horizontal scroll (on a phone the page does not scroll sideways; the table does),
 * reachable by keyboard: a table with no link or button in it would otherwise leave a keyboard user no way
 * to scroll to its right-hand columns (axe: scrollable-region-focusable). Named for screen readers, since
 * it is a tab stop: a group, not a landmark region, so the section around it stays the one region of its name.
 */
import type { ReactNode } from 'react';

export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="group" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
