/**
 * What if … restitution were paid today, a violation were sustained today, a GED were earned today? The
 * answer is computed here in the browser by the law package (what-if/answer.ts, loaded with the term's
 * jurisdiction only when asked), from the record the page shows: nothing is sent or saved. The answer lists
 * what changes (end date, credit, each opportunity, the next sanction limit) and the explanation the law
 * gives for the changed record, with its citations.
 */
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import type { PersonRecord as LawRecord } from '@pathways/law';
import type { PersonRecord } from '../../api/types.ts';
import {
  QUESTION_LABEL,
  VIOLATION_CHOICES,
  VIOLATION_LABEL,
  WHAT_IF_QUESTIONS,
  type ViolationChoice,
  type WhatIfQuestion,
} from '../../what-if/questions.ts';
import type { WhatIfAnswer } from '../../what-if/answer.ts';
import { Choice } from '../Choice.tsx';
import { ScrollRegion } from '../ScrollRegion.tsx';
import { Citations } from './Citations.tsx';

type State = { state: 'idle' } | { state: 'working' } | { state: 'error'; message: string } | { state: 'answered'; answer: WhatIfAnswer };

export function WhatIfSection({
  record,
  termId,
  jurisdiction,
  today,
}: {
  record: PersonRecord;
  termId: string;
  jurisdiction: string;
  today: string;
}) {
  const [question, setQuestion] = useState<WhatIfQuestion>('restitution_paid');
  const [violation, setViolation] = useState<ViolationChoice>('technical');
  const [result, setResult] = useState<State>({ state: 'idle' });
  const headingId = `what-if-${termId}`;

  async function ask() {
    setResult({ state: 'working' });
    try {
      const { answerWhatIf } = await import('../../what-if/answer.ts');
      // The API's record is the spec's record; the law package's type is the validated form of the same JSON.
      const answer = await answerWhatIf(record as unknown as LawRecord, { question, termId, today, violation });
      setResult({ state: 'answered', answer });
    } catch (e) {
      setResult({ state: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }

  return (
    <section aria-labelledby={headingId} className="what-if">
      <h3 id={headingId}>What if…</h3>
      <p className="meta">Answered in your browser by the same law package, as of today ({today}). Nothing is saved.</p>
      <Form
        className="what-if-form"
        onSubmit={(e) => {
          e.preventDefault();
          void ask();
        }}
      >
        <Choice
          label="Question"
          value={question}
          options={WHAT_IF_QUESTIONS.map((q) => ({ id: q, text: QUESTION_LABEL[q] }))}
          onChange={(v) => {
            setQuestion(v as WhatIfQuestion);
            setResult({ state: 'idle' });
          }}
        />
        {question === 'violation_sustained' && (
          <Choice
            label="Kind of violation"
            value={violation}
            options={VIOLATION_CHOICES.map((v) => ({ id: v, text: VIOLATION_LABEL[v] }))}
            onChange={(v) => {
              setViolation(v as ViolationChoice);
              setResult({ state: 'idle' });
            }}
          />
        )}
        <Button type="submit" isDisabled={result.state === 'working'}>
          Answer
        </Button>
      </Form>
      <div aria-live="polite">
        {result.state === 'working' && <p>Working it out…</p>}
        {result.state === 'error' && (
          <p role="alert" className="error-text">
            {result.message}
          </p>
        )}
        {result.state === 'answered' && <Answer answer={result.answer} jurisdiction={jurisdiction} />}
      </div>
    </section>
  );
}

function Answer({ answer, jurisdiction }: { answer: WhatIfAnswer; jurisdiction: string }) {
  if (!answer.applies) return <p className="what-if-answer">{answer.reason}</p>;
  return (
    <div className="what-if-answer">
      <p>
        With {answer.eventSummary}:{' '}
        {answer.differences.length === 0 ? <strong>nothing the law decides would change.</strong> : 'this would change.'}
      </p>
      {answer.differences.length > 0 && (
        <ScrollRegion label="Each change (table)">
          <table className="plain">
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Now</th>
                <th scope="col">If so</th>
                <th scope="col">Change</th>
                <th scope="col">Basis</th>
              </tr>
            </thead>
            <tbody>
              {answer.differences.map((d, n) => (
                <tr key={n}>
                  <th scope="row">{d.what}</th>
                  <td>{d.before}</td>
                  <td>{d.after}</td>
                  <td>{d.change}</td>
                  <td>
                    <Citations citations={d.citations} jurisdiction={jurisdiction} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <details>
        <summary>The explanation if so</summary>
        <ol className="explanation">
          {answer.after.explanation.map((step, n) => (
            <li key={n}>
              {step.text} <Citations citations={step.citations} jurisdiction={jurisdiction} />
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
