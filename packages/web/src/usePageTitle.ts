import { useEffect } from 'react';

/** Each screen names itself in the tab title, which is also what a screen reader announces first. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Pathways`;
  }, [title]);
}
