/**
 * After a move to another screen, focus goes to the new screen's heading, so keyboard and screen-reader
 * users start there. The heading is not always there, or not for long, when the address changes: a screen
 * loaded on first use (a lazy chunk, data before the heading) draws it later, and a screen boundary reset
 * for the new address draws it again. So for a while after the move, a heading that appears gets focus if
 * no heading has had it yet, or if focus was lost with the one that had it (it went back to the page's
 * body); focus the user has put somewhere else stays there. Answers the cleanup for a React effect.
 */
const WATCH_MS = 10_000;

export function focusScreenHeading(): () => void {
  let focused: HTMLElement | null = null;
  const lost = () => document.activeElement === null || document.activeElement === document.body;
  const settle = () => {
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading === null || heading === focused) return;
    if (focused !== null && !lost()) return;
    heading.focus({ preventScroll: false });
    focused = heading;
  };
  settle();
  const observer = new MutationObserver(settle);
  observer.observe(document.querySelector('main') ?? document.body, { childList: true, subtree: true });
  const timer = setTimeout(() => observer.disconnect(), WATCH_MS);
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}
