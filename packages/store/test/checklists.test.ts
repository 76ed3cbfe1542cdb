/**
 * The checklist store (`store.checklists`) and the review link on actions (`reviewedActionId`), on both
 * dialects: one row per person, term, opportunity kind and item, replaced in place.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { PersonRecord } from '@pathways/law';
import type { PathwaysStore } from '../src/index.ts';
import { dialects, storeForEachTest } from './dialects.ts';
import { officer, person } from './records.ts';

describe.each(dialects)('store.checklists on %s', (dialect) => {
  const t = storeForEachTest(dialect);
  let store: PathwaysStore;
  const record = person(1) as PersonRecord;
  const item = { personId: record.id, termId: 'T-1', opportunityKind: 'early_termination', itemKey: 'treatment_completed' };

  beforeEach(async () => {
    store = t.store;
    await store.agencies.upsert({ id: 'AG-1', name: 'Agency', jurisdiction: 'US-CA' });
    for (const id of ['U-1', 'U-2']) {
      await store.users.create(officer(id));
    }
    await store.people.upsert({ id: record.id, agencyId: 'AG-1', record, updatedAt: '2026-01-01T00:00:00.000Z' });
  });

  it('case: an item set verified reads back with who, when and the evidence', async () => {
    const set = await store.checklists.set({
      ...item,
      verified: true,
      verifiedBy: 'U-1',
      verifiedAt: '2026-05-01T10:00:00.000Z',
      evidence: 'Discharge letter from the program, dated 2026-04-28',
      updatedBy: 'U-1',
      updatedAt: '2026-05-01T10:00:00.000Z',
    });
    expect(set).toEqual({
      ...item,
      verified: true,
      verifiedBy: 'U-1',
      verifiedAt: '2026-05-01T10:00:00.000Z',
      evidence: 'Discharge letter from the program, dated 2026-04-28',
      updatedBy: 'U-1',
      updatedAt: '2026-05-01T10:00:00.000Z',
    });
    expect(await store.checklists.forPerson(record.id)).toEqual([set]);
  });

  it('case: setting the same item again replaces it; un-verifying clears who and when but keeps who changed it', async () => {
    await store.checklists.set({
      ...item,
      verified: true,
      verifiedBy: 'U-1',
      verifiedAt: '2026-05-01T10:00:00.000Z',
      evidence: 'letter',
      updatedBy: 'U-1',
    });
    await store.checklists.set({
      ...item,
      verified: false,
      verifiedBy: null,
      verifiedAt: null,
      evidence: 'letter was forged',
      updatedBy: 'U-2',
    });
    const rows = await store.checklists.forPerson(record.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ verified: false, verifiedBy: null, verifiedAt: null, evidence: 'letter was forged', updatedBy: 'U-2' });
  });

  it('case: items of other terms and kinds are kept apart, and the term filter selects one term', async () => {
    const base = { verified: false, verifiedBy: null, verifiedAt: null, evidence: null, updatedBy: 'U-1' };
    await store.checklists.set({ ...item, ...base });
    await store.checklists.set({ ...item, ...base, opportunityKind: 'earned_discharge' });
    await store.checklists.set({ ...item, ...base, termId: 'T-2' });
    expect(await store.checklists.forPerson(record.id)).toHaveLength(3);
    expect((await store.checklists.forPerson(record.id, 'T-2')).map((r) => r.termId)).toEqual(['T-2']);
    expect(await store.checklists.forPerson('P-nobody')).toEqual([]);
  });

  it('case: a verified item without evidence is refused by the store itself', async () => {
    await expect(
      store.checklists.set({
        ...item,
        verified: true,
        verifiedBy: 'U-1',
        verifiedAt: '2026-05-01T10:00:00.000Z',
        evidence: ' ',
        updatedBy: 'U-1',
      }),
    ).rejects.toThrow(/evidence/);
    expect(await store.checklists.forPerson(record.id)).toEqual([]);
  });

  it('case: checklists do not move the revision (no caseload list shows them)', async () => {
    const before = await store.revision();
    await store.checklists.set({ ...item, verified: false, verifiedBy: null, verifiedAt: null, evidence: null, updatedBy: 'U-1' });
    expect(await store.revision()).toBe(before);
  });

  it('case: a review action names the denial it reviews; other actions name none', async () => {
    const denial = await store.actions.add({
      personId: record.id,
      termId: 'T-1',
      kind: 'early_termination',
      status: 'denied',
      reason: 'not yet',
      snoozedUntil: null,
      actorUserId: 'U-1',
    });
    expect(denial.reviewedActionId).toBeNull();
    const review = await store.actions.add({
      personId: record.id,
      termId: 'T-1',
      kind: 'early_termination',
      status: 'reopened',
      reason: 'treatment was completed',
      snoozedUntil: null,
      actorUserId: 'U-2',
      reviewedActionId: denial.id,
    });
    expect(review.reviewedActionId).toBe(denial.id);
    expect((await store.actions.forPerson(record.id)).map((a) => [a.status, a.reviewedActionId])).toEqual([
      ['denied', null],
      ['reopened', denial.id],
    ]);
  });
});
