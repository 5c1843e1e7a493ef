// Date and time fields of the agenda's forms: a day typed "24/11/2026" or picked in a calendar, a time "10:30".
import { DateInput, TimeInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { parseFrenchDate } from './agenda-dates';

type DayFieldProps = {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string;
  required?: boolean;
  minDate?: string;
};

export function DayField({ label, value, onChange, error, required, minDate }: DayFieldProps) {
  const { t } = useTranslation();
  return (
    <DateInput
      label={label}
      value={value}
      onChange={onChange}
      valueFormat="DD/MM/YYYY"
      dateParser={(text) => parseFrenchDate(text)}
      placeholder={t('agenda.form.dayPlaceholder')}
      error={error}
      required={required}
      minDate={minDate}
      clearable={!required}
      popoverProps={{ withinPortal: true }}
    />
  );
}

export function TimeField({
  label,
  value,
  onChange,
  error,
  required,
}: Omit<DayFieldProps, 'value' | 'onChange' | 'minDate'> & {
  value: string;
  onChange: (value: string) => void;
}) {
  return <TimeInput label={label} value={value} onChange={(e) => onChange(e.currentTarget.value)} error={error} required={required} />;
}
