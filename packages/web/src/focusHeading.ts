/**
 * After a move to another screen, focus goes to the new screen's heading, so keyboard and screen-reader
 * users start there. The heading is not always there, or not for long, when the address changes: a screen
 * loaded on first use (a lazy chunk, data before the heading) draws it later, React keeps the old screen
 * hidden meanwhile, and a screen boundary reset for the new address draws the heading again. So for a
 * while after the move, a heading that is shown takes focus while focus is where the move left it (the
 * link or button pressed, or nowhere), or was lost with the heading that had it; focus the user has put
 * somewhere else stays there. Answers the cleanup for a React effect.
 */
const WATCH_MS = 10_000;

/** The first `main h1` on screen (an old screen kept hidden under a loading one is not). */
function shownHeading(): HTMLElement | null {
  for (const h of document.querySelectorAll<HTMLElement>('main h1')) if (h.getClientRects().length > 0) return h;
  return null;
}

export function focusScreenHeading(): () => void {
  const movedFrom = document.activeElement;
  let focused: HTMLElement | null = null;
  const settle = () => {
    const heading = shownHeading();
    if (heading === null || heading === focused) return;
    const now = document.activeElement;
    const free = now === null || now === document.body || (focused === null && now === movedFrom);
    if (!free) return;
    heading.focus({ preventScroll: false });
    if (document.activeElement === heading) focused = heading;
  };
  settle();
  // The whole page: a screen may bring its own <main> (voices).
  const observer = new MutationObserver(settle);
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'hidden', 'class'] });
  const timer = setTimeout(() => observer.disconnect(), WATCH_MS);
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}
