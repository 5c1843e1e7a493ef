// Attributions (duties, as the decrees list them) edited as a list of text areas.
import { ActionIcon, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconPlus, IconTrash } from '../../ui/icons';

export function AttributionsEditor({
  value,
  onChange,
  errors,
}: {
  value: string[];
  onChange: (next: string[]) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const listError = errors.attributions;
  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" fw={600} size="sm" mb={4}>
        {t('org.attributions.label')}
      </Text>
      <Text size="xs" c="dimmed" mt={-4}>
        {t('org.attributions.help')}
      </Text>
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('org.attributions.none')}
        </Text>
      )}
      {value.map((text, index) => (
        <Group key={index} align="flex-start" wrap="nowrap" gap="xs">
          <Textarea
            label={t('org.attributions.item', { number: index + 1 })}
            value={text}
            onChange={(e) => onChange(value.map((v, i) => (i === index ? e.currentTarget.value : v)))}
            autosize
            minRows={2}
            maxRows={8}
            style={{ flex: 1 }}
            error={errors[`attributions.${index}`]}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={26}
            onClick={() => onChange(value.filter((_, i) => i !== index))}
            aria-label={t('org.attributions.remove', { number: index + 1 })}
            title={t('org.attributions.remove', { number: index + 1 })}
          >
            <IconTrash size={18} />
          </ActionIcon>
        </Group>
      ))}
      {listError && (
        <Text c="red" size="sm" role="alert">
          {listError}
        </Text>
      )}
      <Group>
        <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => onChange([...value, ''])}>
          {t('org.attributions.add')}
        </Button>
      </Group>
    </Stack>
  );
}
