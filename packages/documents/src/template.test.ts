/** Template versions chosen by the generation day, as the law engine chooses a dated value. */
import { addDays, parseIsoDate } from '@pathways/law';
import { expect, test } from 'vitest';
import { generateDocument, NoTemplateInForce, prepareDocument, templateFor } from './index.ts';
import { computedBasis } from './template.ts';
import { pdfText } from './test-support/pdf-text.ts';
import { CASES, evaluate } from './test-support/records.ts';

const mi = CASES.find((c) => c.kind === 'us-mi-early-discharge-notice')!;

test('case: the Michigan notice switches from the 2017 PA 10 text to the 2020 PA 397 text on April 1, 2021', async () => {
  // 2020 PA 397 is in force from 2021-04-01; the day before, 2021-04-01 − 1 day = 2021-03-31, is the
  // last day of the 2017 PA 10 version (its effectiveTo).
  const edge = parseIsoDate('2021-04-01');
  const before = addDays(edge, -1);
  expect(templateFor('us-mi-early-discharge-notice', before).citation).toBe('MCL 771.2(2)');
  expect(templateFor('us-mi-early-discharge-notice', edge).citation).toBe('MCL 771.2(3)');

  const evaluation = evaluate(mi.record, mi.asOf);
  const prepared = prepareDocument('us-mi-early-discharge-notice', mi.record, evaluation, { name: null, agency: null }, edge);
  if ('reason' in prepared) throw new Error(prepared.reason);
  const oldText = pdfText(await generateDocument('us-mi-early-discharge-notice', prepared.facts, before));
  const newText = pdfText(await generateDocument('us-mi-early-discharge-notice', prepared.facts, edge));
  expect(oldText).toContain('MAY BE ELIGIBLE FOR A REDUCED PROBATION TERM');
  expect(oldText).toContain('not less than 28 days');
  expect(newText).toContain('NOTICE OF ELIGIBILITY FOR EARLY DISCHARGE FROM PROBATION');
  expect(newText).toContain('MC 512');
  expect(newText).not.toContain('not less than 28 days');
});

test('case: no Pennsylvania status report exists before Act 44 took effect on June 11, 2024', () => {
  // Act 44 of 2023 was approved December 14, 2023, "eff. 180 days": 2023-12-14 + 180 days = 2024-06-11.
  expect(addDays(parseIsoDate('2023-12-14'), 180)).toBe(parseIsoDate('2024-06-11'));
  expect(() => templateFor('us-pa-probation-status-report', parseIsoDate('2024-06-10'))).toThrow(NoTemplateInForce);
  expect(templateFor('us-pa-probation-status-report', parseIsoDate('2024-06-11')).citation).toBe('42 Pa.C.S. § 9774.1(d)');
});

test('case: the computed basis says whom its second person means, since it quotes the words written to the person', () => {
  const evaluation = evaluate(mi.record, mi.asOf);
  const prepared = prepareDocument(
    'us-mi-early-discharge-notice',
    mi.record,
    evaluation,
    { name: null, agency: null },
    parseIsoDate(mi.asOf),
  );
  if ('reason' in prepared) throw new Error(prepared.reason);
  const [, summary] = computedBasis(prepared.facts);
  expect(summary).toMatchObject({ type: 'paragraph' });
  expect((summary as { text: string }).text).toContain(`"you" is ${mi.record.name!.given} ${mi.record.name!.family}.`);
});
