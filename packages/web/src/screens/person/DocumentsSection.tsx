/**
 * The documents of one term: each that applies, with the opportunity it rests on and a button that asks
 * the server for the PDF and saves it under the name the server gives; then why the others do not apply.
 */
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { apiFile } from '../../api/client.ts';
import type { TermDocuments, TermEvaluation } from '../../api/types.ts';
import { documentRows, filenameFrom } from '../../presenters/documents.ts';
import { Announcer, type Outcome } from './Announcer.tsx';
import { refusal } from './refusal.ts';

function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  // Give the browser a moment to start the download before the URL is revoked.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function DocumentsSection({
  personId,
  termId,
  docs,
  evaluation,
}: {
  personId: string;
  termId: string;
  docs: TermDocuments | undefined;
  evaluation: TermEvaluation | undefined;
}) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState('');
  const { apply, notApplying } = documentRows(docs, evaluation);

  async function generate(kind: string, label: string) {
    setBusy(kind);
    try {
      const { blob, disposition } = await apiFile(`/api/people/${encodeURIComponent(personId)}/documents`, {
        method: 'POST',
        body: { termId, kind },
      });
      const filename = filenameFrom(disposition, `${kind}-${personId}.pdf`);
      save(blob, filename);
      setOutcome({ kind: 'done', lines: [`${label}: ${filename} downloaded (a draft to review before filing).`] });
    } catch (e) {
      setOutcome(refusal(e));
    } finally {
      setBusy('');
    }
  }

  return (
    <>
      <h3>Documents</h3>
      {apply.length === 0 ? (
        <p>No document applies to this term.</p>
      ) : (
        <ul className="documents">
          {apply.map((d) => (
            <li key={d.kind}>
              <strong>{d.label}</strong> <span className="reasons">Rests on: {d.basis}</span>
              <Button onPress={() => generate(d.kind, d.label)} isDisabled={busy !== ''} aria-label={`Generate PDF: ${d.label}`}>
                Generate PDF
              </Button>
            </li>
          ))}
        </ul>
      )}
      {notApplying.length > 0 && (
        <ul className="reasons">
          {notApplying.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <Announcer outcome={outcome} />
    </>
  );
}
