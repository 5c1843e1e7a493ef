import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

// Label / value pairs of a record, two columns on a wide screen, one on a phone.
export function DetailList({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" component="dl" m={0}>
      {items.map((item) => (
        <Stack key={item.label} gap={2}>
          <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
            {item.label}
          </Text>
          <Text component="dd" m={0} size="sm">
            {item.value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
