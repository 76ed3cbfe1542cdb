/**
 * The reform, as a form generated from the law's parameters (presenters/parameter-fields.ts): each field
 * with its label, what it means, the value in force on the run's first day and that value's citation.
 * A field the user changes becomes an override; "Use current value" drops it again.
 */
import { Button, Checkbox, CheckboxGroup, Input, Label, Text, TextField } from 'react-aria-components';
import { CheckedField } from './CheckedField.tsx';
import { formatNumber, parseParameterNumber, parseParameterNumbers } from './presenters/field-input.ts';
import type { OverrideValue } from './presenters/lab-state.ts';
import { describeValue, type ParameterField } from './presenters/parameter-fields.ts';

/** One empty list for every list field with no value, so the field does not see a new value each render. */
const NO_NUMBERS: number[] = [];

interface Props {
  fields: ParameterField[];
  overrides: Record<string, OverrideValue>;
  onChange: (id: string, value: OverrideValue | undefined) => void;
  /** For each field, a function it tells whether its typed text is acceptable. */
  onValidity: (id: string) => (ok: boolean) => void;
}

export function ReformForm({ fields, overrides, onChange, onValidity }: Props) {
  return (
    <ol className="param-list">
      {fields.map((f) => (
        <li key={f.id} className={overrides[f.id] !== undefined ? 'param changed' : 'param'}>
          <ParameterInput field={f} value={overrides[f.id]} onChange={(v) => onChange(f.id, v)} onValidity={onValidity(f.id)} />
          <p className="param-meta">
            Current value: <strong>{describeValue(f.current, f.unit)}</strong> · <cite>{f.citation}</cite>
            {overrides[f.id] !== undefined ? (
              <>
                {' '}
                ·{' '}
                <Button className="link-button" onPress={() => onChange(f.id, undefined)}>
                  Use current value
                </Button>
              </>
            ) : null}
          </p>
          {f.alternatives.length > 0 ? (
            <p className="param-meta">
              Other reading{f.alternatives.length > 1 ? 's' : ''}:{' '}
              {f.alternatives.map((a) => `${describeValue(a.value, f.unit)}: ${a.reading}`).join(' ')}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

function ParameterInput({
  field: f,
  value,
  onChange,
  onValidity,
}: {
  field: ParameterField;
  value: OverrideValue | undefined;
  onChange: (v: OverrideValue | undefined) => void;
  onValidity: (ok: boolean) => void;
}) {
  const shown = value ?? f.current;
  const description = <Text slot="description">{f.description}</Text>;
  const unit = f.unit === 'boolean' || f.unit === 'list' || f.unit === 'date' ? '' : ` (${f.unit})`;
  switch (f.kind) {
    case 'number':
      return (
        <CheckedField<number | undefined>
          label={`${f.label}${unit}`}
          inputMode="decimal"
          value={typeof shown === 'number' ? shown : undefined}
          parse={(t) => parseParameterNumber(t, f.unit)}
          format={(v) => (v === undefined ? '' : formatNumber(v))}
          onCommit={onChange}
          onValidity={onValidity}
          description={f.description}
        />
      );
    case 'boolean':
      return (
        <div className="field">
          <Checkbox isSelected={shown === true} onChange={(v) => onChange(v)}>
            <span className="checkbox-box" aria-hidden="true" />
            {f.label}
          </Checkbox>
          <p className="hint">{f.description}</p>
        </div>
      );
    case 'choices':
      return (
        <CheckboxGroup className="field" value={Array.isArray(shown) ? shown.map(String) : []} onChange={(v) => onChange([...v].sort())}>
          <Label>{f.label}</Label>
          <div className="choices">
            {f.options.map((o) => (
              <Checkbox key={o} value={o}>
                <span className="checkbox-box" aria-hidden="true" />
                {o}
              </Checkbox>
            ))}
          </div>
          {description}
        </CheckboxGroup>
      );
    case 'numbers':
      return (
        <CheckedField<number[]>
          label={`${f.label} (numbers, separated by commas)`}
          value={Array.isArray(shown) ? (shown as number[]) : NO_NUMBERS}
          parse={(t) => parseParameterNumbers(t, f.unit)}
          format={(v) => v.join(', ')}
          onCommit={onChange}
          onValidity={onValidity}
          description={f.description}
        />
      );
    case 'text':
      return (
        <TextField className="field" value={typeof shown === 'string' ? shown : ''} onChange={(t) => onChange(t)}>
          <Label>
            {f.label}
            {unit}
          </Label>
          <Input />
          {description}
        </TextField>
      );
    case 'fixed':
      return (
        <div className="field">
          <p className="fixed-label">{f.label}</p>
          <p className="hint">{f.description} (A structured value: the lab shows it but cannot edit it.)</p>
        </div>
      );
  }
}
