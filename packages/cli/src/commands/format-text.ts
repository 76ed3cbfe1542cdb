/** An evaluation as plain text for a person to read at a terminal (`--format text`). */
import { formatLongDate, parseIsoDate, type TermEvaluation } from '@pathways/law';
import { terminalSafe } from '../io/terminal-safe.ts';

const long = (iso: string | null) => (iso === null ? 'none' : formatLongDate(parseIsoDate(iso)));
const KIND_NAMES: Record<string, string> = {
  earned_discharge: 'Earned discharge',
  early_termination: 'Early termination',
  review_conference: 'Review conference',
  term_cap: 'Term cap',
};

export function formatEvaluationText(e: TermEvaluation): string {
  const lines: string[] = [];
  lines.push(`${e.personId} · term ${e.termId} · ${e.jurisdiction} · as of ${long(e.asOf)}`);
  lines.push(`  Scheduled end:  ${long(e.scheduledEndDate)}`);
  if (e.statutoryMaxEndDate !== null) lines.push(`  Latest end the law allows: ${long(e.statutoryMaxEndDate)}`);
  if (e.earnedCreditDays > 0) lines.push(`  Credit earned:  ${e.earnedCreditDays} days`);
  lines.push(`  Projected end:  ${long(e.projectedEndDate)}`);
  for (const o of e.opportunities) {
    const when = o.date === null ? '' : ` ${o.status === 'eligible' ? 'since' : 'on'} ${long(o.date)}`;
    lines.push(`  ${KIND_NAMES[o.kind] ?? o.kind}: ${o.status}${when} [${o.citations.join('; ')}]`);
    for (const r of o.reasons) lines.push(`      - ${r}`);
  }
  if (e.sanctionLimit !== null) {
    const s = e.sanctionLimit;
    const limit = !s.confinementAllowed
      ? 'no jail or prison'
      : s.maxConfinementDays === null
        ? 'no day limit'
        : `at most ${s.maxConfinementDays} days in custody`;
    lines.push(`  Next technical violation (number ${s.violationNumber}): ${limit} [${s.citations.join('; ')}]`);
  }
  lines.push('  Why:');
  e.explanation.forEach((step, i) => {
    lines.push(`   ${i + 1}. ${step.text}${step.citations.length > 0 ? ` [${step.citations.join('; ')}]` : ''}`);
  });
  if (e.warnings.length > 0) {
    lines.push('  Assumptions and missing facts:');
    for (const w of e.warnings) lines.push(`   - ${w}`);
  }
  // Each line made safe on its own: the record's words may hold control characters, the line breaks
  // between lines are the format's.
  return `${lines.map(terminalSafe).join('\n')}\n\n`;
}
