import { describe, expect, it } from 'vitest';
import type { ChecklistItemState } from '../api/types.ts';
import { checklistProgress, itemStateText } from './checklists.ts';

const item = (patch: Partial<ChecklistItemState> = {}): ChecklistItemState => ({
  key: 'treatment_completed',
  label: 'Treatment completed',
  statute: null,
  verified: false,
  verifiedBy: null,
  verifiedAt: null,
  evidence: null,
  updatedBy: null,
  updatedAt: null,
  ...patch,
});

describe('checklist items', () => {
  it('case: verified says by whom and on which day; cleared says who cleared it', () => {
    expect(itemStateText(item({ verified: true, verifiedBy: 'user-officer-ca-1', verifiedAt: '2026-05-02T10:00:00.000Z' }))).toBe(
      'Verified by user-officer-ca-1 on 2026-05-02',
    );
    expect(itemStateText(item({ updatedBy: 'user-supervisor-ca', updatedAt: '2026-05-03T10:00:00.000Z' }))).toBe(
      'Not verified (cleared by user-supervisor-ca on 2026-05-03)',
    );
    expect(itemStateText(item())).toBe('Not verified');
    expect(
      itemStateText(
        item({
          verified: true,
          verifiedBy: 'user-officer-ca-1',
          verifiedByName: 'Officer, CA 1 (demo)',
          verifiedAt: '2026-05-02T10:00:00.000Z',
        }),
      ),
    ).toBe('Verified by Officer, CA 1 (demo) on 2026-05-02');
    expect(checklistProgress([item({ verified: true }), item()])).toBe('1 of 2 verified');
  });
});
