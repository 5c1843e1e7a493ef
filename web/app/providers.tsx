import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/fr';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router/dom';
import { i18n } from './i18n';
import { queryClient } from './query-client';
import { router } from './router';
import { theme } from './theme';

export function Providers() {
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <Notifications position="bottom-right" limit={4} />
        <LocalizedDates>
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </LocalizedDates>
      </MantineProvider>
    </I18nextProvider>
  );
}

// Date pickers follow the interface language; weeks start on Monday.
function LocalizedDates({ children }: { children: React.ReactNode }) {
  const { i18n: current } = useTranslation();
  return <DatesProvider settings={{ locale: current.language === 'en' ? 'en' : 'fr', firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}
