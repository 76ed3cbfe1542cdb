/** A checklist item's state in words: who verified it, when, on what evidence. */
import type { ChecklistItemState } from '../api/types.ts';

export function itemStateText(item: ChecklistItemState): string {
  if (item.verified)
    return `Verified by ${item.verifiedByName ?? item.verifiedBy ?? 'unknown'} on ${item.verifiedAt?.slice(0, 10) ?? 'an unknown date'}`;
  if (item.updatedBy)
    return `Not verified (cleared by ${item.updatedByName ?? item.updatedBy} on ${item.updatedAt?.slice(0, 10) ?? 'an unknown date'})`;
  return 'Not verified';
}

export function checklistProgress(items: readonly ChecklistItemState[]): string {
  return `${items.filter((i) => i.verified).length} of ${items.length} verified`;
}
