// "Exporter (XLSX)": the list as Excel with the filters in force (the server applies the same rules as the
// screen). A plain link: the session cookie authorises it.
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconDownload } from './icons';

type QueryValue = string | number | boolean | readonly string[] | null | undefined;

// The list's query without its paging, as a query string.
export function exportUrl(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === '' || ['page', 'pageSize', 'limit', 'offset'].includes(key)) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return params.size > 0 ? `${path}?${params}` : path;
}

export function ExportXlsxButton({ path, query }: { path: string; query?: Record<string, QueryValue> }) {
  const { t } = useTranslation();
  return (
    <Button component="a" href={exportUrl(path, query)} download variant="default" leftSection={<IconDownload size={16} />}>
      {t('common.exportXlsx')}
    </Button>
  );
}
