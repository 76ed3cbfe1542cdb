/** A labelled react-aria Select over a few plain options (the caseload's status filter, the violation form's fields). */
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, type Key } from 'react-aria-components';

export function Choice({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly { id: string; text: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <Select selectedKey={value} onSelectionChange={(key: Key | null) => onChange(String(key ?? ''))} className="select">
      <Label>{label}</Label>
      <Button>
        <SelectValue />
        <span aria-hidden="true"> ▾</span>
      </Button>
      <Popover>
        <ListBox>
          {options.map((o) => (
            <ListBoxItem key={o.id} id={o.id}>
              {o.text}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
