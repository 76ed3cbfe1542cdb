/**
 * Where an action's outcome is announced: a live region that is always in the page (a region inserted
 * together with its text is often not read), polite for success, assertive for a refusal.
 */
export type Outcome = { kind: 'done'; lines: string[] } | { kind: 'refused'; lines: string[] } | null;

export function Announcer({ outcome }: { outcome: Outcome }) {
  return (
    <>
      <div aria-live="polite" className="status-text">
        {outcome?.kind === 'done' && outcome.lines.map((l, n) => <p key={n}>{l}</p>)}
      </div>
      <div aria-live="assertive" className="error-text" role="alert">
        {outcome?.kind === 'refused' && outcome.lines.map((l, n) => <p key={n}>{l}</p>)}
      </div>
    </>
  );
}
