import { STATUS_LABEL, type DisplayStatus } from '../presenters/opportunity-status.ts';

/** A status as text with a colour cue (never colour alone). */
export function StatusChip({ status, prefix }: { status: DisplayStatus; prefix?: string }) {
  return (
    <span className={`chip chip-${status}`}>
      {prefix ? `${prefix}: ` : ''}
      {STATUS_LABEL[status]}
    </span>
  );
}
