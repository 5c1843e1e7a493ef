// Choose several files: a native input (keyboard, screen readers, tests) under a Mantine button, and the list chosen.
import { ActionIcon, Button, Group, Stack, Text } from '@mantine/core';
import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IconTrash, IconUpload } from './icons';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.gif,.webp,.docx,.xlsx,application/pdf,image/*';

export function FilePicker({
  files,
  onChange,
  label,
  help,
  error,
}: {
  files: File[];
  onChange: (files: File[]) => void;
  label: string;
  help?: string;
  error?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [inputKey, setInputKey] = useState(0);
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500} component="span" id={`${id}-label`}>
        {label}
      </Text>
      {help && (
        <Text size="xs" c="dimmed">
          {help}
        </Text>
      )}
      <Group gap="sm">
        <input
          key={inputKey}
          id={id}
          type="file"
          multiple
          className="file-input"
          accept={ACCEPT}
          aria-labelledby={`${id}-label`}
          onChange={(e: ChangeEvent<HTMLInputElement>) => {
            onChange([...files, ...Array.from(e.currentTarget.files ?? [])]);
            setInputKey((k) => k + 1);
          }}
        />
        <Button component="label" htmlFor={id} variant="default" leftSection={<IconUpload size={16} />}>
          {t('common.files.choose')}
        </Button>
      </Group>
      {files.length > 0 && (
        <Stack gap={2} component="ul" className="plain-list">
          {files.map((file, i) => (
            <Group key={`${file.name}-${i}`} gap="xs" component="li" wrap="nowrap">
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {file.name}
              </Text>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {t('common.files.kilobytes', { size: Math.max(1, Math.round(file.size / 1024)) })}
              </Text>
              <ActionIcon
                variant="subtle"
                color="red"
                size="sm"
                aria-label={t('common.files.remove', { name: file.name })}
                onClick={() => onChange(files.filter((_, j) => j !== i))}
              >
                <IconTrash size={14} />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      )}
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
