/**
 * The checklists of one term: per opportunity, the criteria the data cannot show, each with its statute,
 * who verified it and when, and on what evidence. Verifying asks for the evidence (required).
 */
import { MAX_EVIDENCE_LENGTH } from '@pathways/server/input-limits';
import { useState } from 'react';
import { Button, FieldError, Label, TextArea, TextField } from 'react-aria-components';
import { api } from '../../api/client.ts';
import type { Checklist, ChecklistItemState } from '../../api/types.ts';
import { checklistProgress, itemStateText } from '../../presenters/checklists.ts';
import { tooLong } from '../../presenters/lengths.ts';
import { Announcer, type Outcome } from './Announcer.tsx';
import { FormDialog } from './FormDialog.tsx';
import { refusal } from './refusal.ts';

const words = (s: string) => s.replace(/_/g, ' ');

function ChecklistItemRow({
  personId,
  checklist,
  item,
  canVerify,
  onChanged,
}: {
  personId: string;
  checklist: Checklist;
  item: ChecklistItemState;
  canVerify: boolean;
  onChanged: () => void;
}) {
  const [evidence, setEvidence] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const path = `/api/people/${encodeURIComponent(personId)}/checklists/${encodeURIComponent(checklist.termId)}/${encodeURIComponent(
    checklist.opportunityKind,
  )}/${encodeURIComponent(item.key)}`;

  async function save(verified: boolean): Promise<Outcome> {
    if (verified && !evidence.trim()) return { kind: 'refused', lines: ['Give the evidence the item was verified on.'] };
    const long = verified ? tooLong('evidence', evidence, MAX_EVIDENCE_LENGTH) : null;
    if (long) return { kind: 'refused', lines: [long] };
    try {
      await api(path, { method: 'PUT', body: verified ? { verified, evidence: evidence.trim() } : { verified } });
      setOutcome({ kind: 'done', lines: [verified ? `Verified: ${item.label}.` : `Cleared: ${item.label}.`] });
      setEvidence('');
      onChanged();
      return null;
    } catch (e) {
      return refusal(e);
    }
  }

  return (
    <li className="checklist-item">
      <span className="item-label">
        <strong>{item.label}</strong> {item.statute && <cite>{item.statute}</cite>}
      </span>
      <span className={item.verified ? 'verified' : 'reasons'}>{itemStateText(item)}</span>
      {item.verified && item.evidence && <span className="reasons">Evidence: {item.evidence}</span>}
      {canVerify && (
        <span className="button-row">
          {item.verified ? (
            <Button onPress={async () => setOutcome(await save(false))} aria-label={`Clear: ${item.label}`}>
              Clear
            </Button>
          ) : (
            <FormDialog trigger="Verify…" title={`Verify: ${item.label}`} submitLabel="Verify" onSubmit={() => save(true)}>
              <TextField isRequired value={evidence} onChange={setEvidence} className="field">
                <Label>Evidence (document, date, source)</Label>
                <TextArea rows={3} />
                <FieldError />
              </TextField>
            </FormDialog>
          )}
        </span>
      )}
      <Announcer outcome={outcome} />
    </li>
  );
}

export function ChecklistSection({
  personId,
  checklists,
  canVerify,
  onChanged,
}: {
  personId: string;
  checklists: Checklist[];
  canVerify: boolean;
  onChanged: () => void;
}) {
  if (checklists.length === 0) return null;
  return (
    <>
      <h3>Checklist</h3>
      {checklists.map((c) => (
        <section key={c.opportunityKind} aria-label={`Checklist for ${words(c.opportunityKind)}, term ${c.termId}`}>
          <h4>
            {words(c.opportunityKind)} <span className="reasons">({checklistProgress(c.items)})</span>
          </h4>
          <ul className="checklist">
            {c.items.map((item) => (
              <ChecklistItemRow key={item.key} personId={personId} checklist={c} item={item} canVerify={canVerify} onChanged={onChanged} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
