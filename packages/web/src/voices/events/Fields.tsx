/**
 * The desk's form controls for councils and events, on react-aria-components, with the class names the
 * councils-and-events block of voices.css styles: a labelled select, a checkbox and a radio group with
 * visible boxes, and a text field (any input type, a text area when `multiline`).
 */
import type { ReactNode } from 'react';
import {
  Button,
  Checkbox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Radio,
  RadioGroup,
  Select,
  SelectValue,
  Text,
  TextArea,
  TextField,
  type Key,
} from 'react-aria-components';

export interface Option {
  id: string;
  text: string;
}

export function SelectField({
  label,
  value,
  options,
  onChange,
  description,
  isDisabled,
}: {
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  description?: string;
  isDisabled?: boolean;
}) {
  return (
    <Select
      selectedKey={value}
      onSelectionChange={(key: Key | null) => onChange(String(key ?? ''))}
      className="ev-field"
      isDisabled={isDisabled ?? false}
    >
      <Label>{label}</Label>
      <Button className="select-button">
        <SelectValue />
        <span aria-hidden="true"> ▾</span>
      </Button>
      {description && (
        <Text slot="description" className="ev-hint">
          {description}
        </Text>
      )}
      <Popover className="select-popover">
        <ListBox className="select-listbox">
          {options.map((o) => (
            <ListBoxItem key={o.id} id={o.id} className="select-option">
              {o.text}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}

export function TextInput({
  label,
  value,
  onChange,
  type = 'text',
  multiline = false,
  isRequired = false,
  description,
  maxLength,
  min,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'date' | 'datetime-local' | 'number';
  multiline?: boolean;
  isRequired?: boolean;
  description?: string;
  maxLength?: number;
  min?: number;
}) {
  return (
    <TextField value={value} onChange={onChange} isRequired={isRequired} className="ev-field" {...(maxLength ? { maxLength } : {})}>
      <Label>{label}</Label>
      {multiline ? <TextArea rows={3} /> : <Input type={type} {...(min !== undefined ? { min } : {})} />}
      {description && (
        <Text slot="description" className="ev-hint">
          {description}
        </Text>
      )}
      <FieldError className="error-text" />
    </TextField>
  );
}

export function CheckField({
  isSelected,
  onChange,
  isDisabled,
  children,
}: {
  isSelected: boolean;
  onChange: (selected: boolean) => void;
  isDisabled?: boolean;
  children: ReactNode;
}) {
  return (
    <Checkbox isSelected={isSelected} onChange={onChange} isDisabled={isDisabled ?? false} className="ev-check">
      <span className="ev-box" aria-hidden="true" />
      <span>{children}</span>
    </Checkbox>
  );
}

export function RadioField({
  label,
  value,
  options,
  onChange,
  isDisabled,
  description,
}: {
  label: string;
  value: string;
  options: readonly (Option & { isDisabled?: boolean })[];
  onChange: (value: string) => void;
  isDisabled?: boolean;
  description?: string;
}) {
  return (
    <RadioGroup value={value} onChange={onChange} isDisabled={isDisabled ?? false} className="ev-radios" orientation="horizontal">
      <Label>{label}</Label>
      <div className="ev-radio-row">
        {options.map((o) => (
          <Radio key={o.id} value={o.id} isDisabled={o.isDisabled ?? false} className="ev-radio">
            <span className="ev-dot" aria-hidden="true" />
            <span>{o.text}</span>
          </Radio>
        ))}
      </div>
      {description && (
        <Text slot="description" className="ev-hint">
          {description}
        </Text>
      )}
    </RadioGroup>
  );
}
