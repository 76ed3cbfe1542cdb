/**
 * The campaign pages' form controls, on react-aria-components, with the class names the campaigns block
 * of voices.css styles: a text field (a text area when `rows` is given), a checkbox and a radio group with
 * visible boxes, each with its label, an optional hint, and the field's own error.
 */
import type { ReactNode } from 'react';
import { Checkbox, FieldError, Input, Label, Radio, RadioGroup, Text, TextArea, TextField } from 'react-aria-components';

export function CampaignTextField({
  label,
  value,
  onChange,
  hint,
  rows,
  type = 'text',
  isRequired = false,
  maxLength,
  autoComplete,
  inputMode,
  pattern,
  isDisabled = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  rows?: number;
  type?: 'text' | 'email';
  isRequired?: boolean;
  maxLength?: number;
  autoComplete?: string;
  inputMode?: 'numeric' | 'email' | 'text';
  pattern?: string;
  isDisabled?: boolean;
}) {
  return (
    <TextField
      value={value}
      onChange={onChange}
      isRequired={isRequired}
      isDisabled={isDisabled}
      className="cmp-field"
      {...(maxLength !== undefined ? { maxLength } : {})}
      {...(autoComplete !== undefined ? { autoComplete } : {})}
    >
      <Label>{label}</Label>
      {rows !== undefined ? (
        <TextArea rows={rows} />
      ) : (
        <Input type={type} {...(inputMode ? { inputMode } : {})} {...(pattern ? { pattern } : {})} />
      )}
      {hint && (
        <Text slot="description" className="cmp-hint">
          {hint}
        </Text>
      )}
      <FieldError className="error-text" />
    </TextField>
  );
}

export function CampaignCheckbox({
  isSelected,
  onChange,
  children,
}: {
  isSelected: boolean;
  onChange: (selected: boolean) => void;
  children: ReactNode;
}) {
  return (
    <Checkbox isSelected={isSelected} onChange={onChange} className="cmp-check">
      <span className="cmp-box" aria-hidden="true" />
      <span>{children}</span>
    </Checkbox>
  );
}

export function CampaignRadios({
  label,
  value,
  options,
  onChange,
  hint,
}: {
  label: string;
  value: string;
  options: readonly { id: string; text: string }[];
  onChange: (value: string) => void;
  hint?: string;
}) {
  return (
    <RadioGroup value={value} onChange={onChange} className="cmp-radios">
      <Label className="cmp-radios-label">{label}</Label>
      {options.map((o) => (
        <Radio key={o.id} value={o.id} className="cmp-radio">
          <span className="cmp-dot" aria-hidden="true" />
          <span>{o.text}</span>
        </Radio>
      ))}
      {hint && (
        <Text slot="description" className="cmp-hint">
          {hint}
        </Text>
      )}
    </RadioGroup>
  );
}
