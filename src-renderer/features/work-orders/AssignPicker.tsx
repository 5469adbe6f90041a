import { Select } from '@mantine/core';
import { technicianLabel } from './technicians';
import { useTechnicians } from './use-technicians';

type Props = { value: string | null; onChange(id: string | null): void; label?: string };

/** A technician picked by name (type to narrow), each shown with their support level and open work. */
export function AssignPicker({ value, onChange, label = 'Assign to' }: Props) {
  const technicians = useTechnicians();
  return (
    <Select
      label={label}
      placeholder="Type a name"
      searchable
      nothingFoundMessage="No technician by that name"
      data={technicians.map((t) => ({ value: t.id, label: technicianLabel(t) }))}
      value={value}
      onChange={onChange}
      w={320}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
