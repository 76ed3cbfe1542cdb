import { ApiError } from '../../api/client.ts';
import { problemLines } from '../../presenters/problems.ts';
import type { Outcome } from './Announcer.tsx';

/** A failed call as the lines the page announces. */
export function refusal(e: unknown): Outcome {
  if (e instanceof ApiError) return { kind: 'refused', lines: problemLines(e.message, e.problem.errors) };
  return { kind: 'refused', lines: [e instanceof Error ? e.message : String(e)] };
}
