/**
 * A text field that keeps what is typed as typed and checks it when the person leaves the field: a value
 * that passes is handed on (and written back in the page's format), one that does not stays in the field
 * with its message beneath, so nothing typed is thrown away, rounded or clamped behind their back. When the
 * value changes from outside (a new starting point, "Restore the defaults"), the field shows it afresh.
 */
import { useEffect, useState } from 'react';
import { FieldError, Input, Label, Text, TextField } from 'react-aria-components';
import type { Parsed } from './presenters/field-input.ts';

interface Props<T> {
  label: string;
  value: T;
  parse: (text: string) => Parsed<T>;
  format: (value: T) => string;
  onCommit: (value: T) => void;
  /** Told whether the text now in the field is acceptable, so the page can refuse to run with a mistake in it. */
  onValidity?: (ok: boolean) => void;
  description?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
}

export function CheckedField<T>({ label, value, parse, format, onCommit, onValidity, description, inputMode }: Props<T>) {
  const [text, setText] = useState(() => format(value));
  const [error, setError] = useState<string | null>(null);
  // A new value from outside replaces the text in the same render, not in an effect after it: the field
  // never shows the old value beside the new form for a frame (nor to a test that reads it at once).
  const [shownValue, setShownValue] = useState(value);
  if (!Object.is(shownValue, value)) {
    setShownValue(value);
    setText(format(value));
    setError(null);
  }

  useEffect(() => {
    onValidity?.(true);
    // `onValidity` is a new function each render; only a new value tells the page the field is good again.
  }, [value]);

  // A field that goes (another state's form) no longer holds the run back.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => () => onValidity?.(true), []);

  const check = (t: string) => {
    const parsed = parse(t);
    setError(parsed.error ?? null);
    onValidity?.(parsed.error === undefined);
    return parsed;
  };

  return (
    <TextField
      className="field"
      value={text}
      inputMode={inputMode}
      isInvalid={error !== null}
      validationBehavior="aria"
      onChange={(t) => {
        setText(t);
        // Once a message shows, it goes as soon as the text is right; none appears while first typing.
        if (error !== null) check(t);
      }}
      onBlur={() => {
        const parsed = check(text);
        if (parsed.error !== undefined) return;
        setText(format(parsed.value));
        onCommit(parsed.value);
      }}
    >
      <Label>{label}</Label>
      <Input />
      {description ? <Text slot="description">{description}</Text> : null}
      <FieldError className="field-error">{error}</FieldError>
    </TextField>
  );
}
