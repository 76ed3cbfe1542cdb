/**
 * Text typed into a form and not yet sent, kept in this tab's sessionStorage so that what would otherwise
 * lose it does not: the session ending mid-form (the sign-in screen takes the page's place, and the page is
 * built afresh once its user has signed in again), a reload, or a step to another screen and back. The
 * workspace keeps notes and messages this way, the portal a message to the officer and a story's words.
 *
 * A draft tells of a person on supervision, so it is never left for the next person at the keyboard: it goes
 * once sent, every draft goes when its author signs out, and when someone else signs in in the same tab
 * they find none (`claimDrafts`). sessionStorage belongs to this tab alone (a tab reopened from the
 * browser's history brings it back: on a shared machine, sign out). Where the browser refuses storage
 * (private modes, a full quota) a draft lives only as long as its field, as before.
 */
import { useCallback, useState } from 'react';

const PREFIX = 'pathways.draft:';
/** The user whose drafts the tab holds. */
const OWNER = 'pathways.draft-owner';

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

export function readDraft(key: string): string {
  try {
    return storage()?.getItem(PREFIX + key) ?? '';
  } catch {
    return '';
  }
}

/** Keeps `text` as the draft of `key`; an empty text removes it. */
export function writeDraft(key: string, text: string): void {
  try {
    if (text === '') storage()?.removeItem(PREFIX + key);
    else storage()?.setItem(PREFIX + key, text);
  } catch {
    // Storage refused (quota, private mode): the field still holds the text.
  }
}

/** Removes every draft this tab holds (signing out). */
export function clearDrafts(): void {
  const s = storage();
  if (s === null) return;
  try {
    const keys: string[] = [];
    for (let i = 0; i < s.length; i++) {
      const key = s.key(i);
      if (key !== null && key.startsWith(PREFIX)) keys.push(key);
    }
    for (const key of keys) s.removeItem(key);
    s.removeItem(OWNER);
  } catch {
    // Nothing could be stored either.
  }
}

/** `userId` has signed in: drafts another user left in this tab go; theirs stay for them. */
export function claimDrafts(userId: string): void {
  const s = storage();
  if (s === null) return;
  try {
    if (s.getItem(OWNER) === userId) return;
    clearDrafts();
    s.setItem(OWNER, userId);
  } catch {
    // Storage refused: there are no drafts to hand on.
  }
}

/** A field's text, kept as the draft of `key` as it is typed; setting '' (once sent) removes the draft. */
export function useDraft(key: string): [string, (text: string) => void] {
  const [held, setHeld] = useState(() => ({ key, text: readDraft(key) }));
  // A field reused for another key (another person's file) starts from that key's draft.
  const text = held.key === key ? held.text : readDraft(key);
  const setText = useCallback(
    (next: string) => {
      setHeld({ key, text: next });
      writeDraft(key, next);
    },
    [key],
  );
  return [text, setText];
}
