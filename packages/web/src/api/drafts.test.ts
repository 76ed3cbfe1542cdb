import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimDrafts, clearDrafts, readDraft, writeDraft } from './drafts.ts';

/** The Web Storage interface over a Map, as a tab's sessionStorage behaves (Node has none). */
class TabStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
}

let tab: TabStorage;
beforeEach(() => {
  tab = new TabStorage();
  Object.defineProperty(globalThis, 'sessionStorage', { value: tab, configurable: true });
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'sessionStorage');
});

const NOTES = '/api/people/P-1/notes';

describe('drafts of unsent text', () => {
  it('case: a draft is kept as typed and read back; an empty text (sent) removes it', () => {
    claimDrafts('u-officer');
    expect(readDraft(NOTES)).toBe('');
    writeDraft(NOTES, 'Called the employer; start date confirmed.');
    expect(readDraft(NOTES)).toBe('Called the employer; start date confirmed.');
    writeDraft(NOTES, '');
    expect(readDraft(NOTES)).toBe('');
    expect(tab.getItem(`pathways.draft:${NOTES}`)).toBeNull();
  });

  it('case: the same user signing in again after the session ended finds the draft', () => {
    claimDrafts('u-officer');
    writeDraft(NOTES, 'half a note');
    claimDrafts('u-officer');
    expect(readDraft(NOTES)).toBe('half a note');
  });

  it('case: someone else signing in in the same tab finds no draft of the one before', () => {
    claimDrafts('u-officer');
    writeDraft(NOTES, 'half a note');
    claimDrafts('u-defender');
    expect(readDraft(NOTES)).toBe('');
  });

  it('case: signing out drops every draft and nothing else the tab keeps', () => {
    claimDrafts('u-officer');
    writeDraft(NOTES, 'a note');
    writeDraft('/api/people/P-2/messages', 'a message');
    tab.setItem('another-app', 'kept');
    clearDrafts();
    expect(readDraft(NOTES)).toBe('');
    expect(readDraft('/api/people/P-2/messages')).toBe('');
    expect(tab.getItem('another-app')).toBe('kept');
    expect(tab.length).toBe(1);
  });

  it('case: a tab with no storage keeps no draft and throws nothing', () => {
    Reflect.deleteProperty(globalThis, 'sessionStorage');
    claimDrafts('u-officer');
    writeDraft(NOTES, 'a note');
    expect(readDraft(NOTES)).toBe('');
    clearDrafts();
  });

  it('case: storage that refuses a write (a full quota) leaves the field as the only copy', () => {
    tab.setItem = () => {
      throw new DOMException('quota exceeded', 'QuotaExceededError');
    };
    writeDraft(NOTES, 'a note');
    expect(readDraft(NOTES)).toBe('');
  });
});
