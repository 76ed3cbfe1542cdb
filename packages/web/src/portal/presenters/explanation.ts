/**
 * The explanation under the end date, in plain words in either language. The law package explains each
 * term in English sentences (its `explanation` steps, shown in full below these, marked as English); these
 * steps are built instead from the evaluation's fields, each a message key with values, so both languages
 * say the same thing: when the term started, when the court set it to end, any earlier limit in the law,
 * the credit earned, and the date that results.
 */
import type { TermEvaluation } from '@pathways/law';

export interface PlainStep {
  /** A key in the locale files (home.steps.*). */
  key: string;
  /** Dates as ISO strings (formatted by the screen); `count` for plurals. */
  values: Record<string, string | number>;
}

type EvaluationFacts = Pick<TermEvaluation, 'scheduledEndDate' | 'statutoryMaxEndDate' | 'earnedCreditDays' | 'projectedEndDate'>;

export function plainSteps(evaluation: EvaluationFacts, startDate: string | null, today: string, otherTerms: number): PlainStep[] {
  const steps: PlainStep[] = [];
  if (startDate) steps.push({ key: 'home.steps.started', values: { date: startDate } });
  if (evaluation.scheduledEndDate) steps.push({ key: 'home.steps.scheduled', values: { date: evaluation.scheduledEndDate } });
  if (
    evaluation.statutoryMaxEndDate &&
    (evaluation.scheduledEndDate === null || evaluation.statutoryMaxEndDate < evaluation.scheduledEndDate)
  ) {
    steps.push({ key: 'home.steps.lawLimit', values: { date: evaluation.statutoryMaxEndDate } });
  }
  if (evaluation.earnedCreditDays > 0) steps.push({ key: 'home.steps.credit', values: { count: evaluation.earnedCreditDays } });
  if (evaluation.projectedEndDate) {
    steps.push({
      key: evaluation.projectedEndDate < today ? 'home.steps.reached' : 'home.steps.result',
      values: { date: evaluation.projectedEndDate },
    });
  }
  if (otherTerms > 0) steps.push({ key: 'home.steps.otherTerms', values: { count: otherTerms } });
  return steps;
}
