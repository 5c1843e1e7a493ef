// Choose a person, searched on the server as the user types.
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePersons } from './organisation.api';

export function PersonSelect({
  administrationId,
  value,
  onChange,
  error,
  label,
  required,
}: {
  administrationId: string;
  value: string | null;
  onChange: (personId: string | null) => void;
  error?: string;
  label: string;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  // The label of a chosen option is also the search text: search with it would only find that person.
  const query = chosen && debounced === chosen.label ? '' : debounced;
  const persons = usePersons(administrationId, query, 0, 30);
  const data = useMemo(() => {
    const options = (persons.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.civility} ${p.fullName}` }));
    if (chosen && !options.some((o) => o.value === chosen.value)) options.unshift(chosen);
    return options;
  }, [persons.data, chosen]);

  return (
    <Select
      label={label}
      placeholder={t('org.person.searchPlaceholder')}
      data={data}
      value={value}
      onChange={(id, option) => {
        setChosen(id && option ? { value: id, label: option.label } : null);
        onChange(id);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options} // the server already filtered
      clearable
      required={required}
      error={error}
      nothingFoundMessage={persons.isFetching ? t('states.loading') : t('common.nothingFound')}
    />
  );
}
