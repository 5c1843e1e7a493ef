// /connexion: e-mail and password. Errors (wrong password, locked account, too many attempts) come worded
// by the server in the interface language.
import { Alert, Box, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../../app/api/client';
import { LanguageMenu } from '../../app/layout/language-menu';
import { meQueryKey } from '../../app/query-client';
import { safeReturnPath, useMe } from '../../app/session';
import { useServerErrors } from '../../ui/form-errors';
import { IconAlert } from '../../ui/icons';
import { FullPageLoader } from '../../ui/states';

const FIELDS = ['email', 'password'] as const;

export function LoginPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [searchParams] = useSearchParams();
  const returnTo = safeReturnPath(searchParams.get('retour'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const errors = useServerErrors(FIELDS);
  useDocumentTitle(`${t('auth.title')} — Pilotage`);

  const login = useMutation({
    mutationFn: (body: { email: string; password: string }) => unwrap(api.POST('/api/auth/login', { body })),
    onSuccess: async () => {
      await queryClient.resetQueries({ queryKey: meQueryKey });
      await navigate(returnTo, { replace: true });
    },
    onError: (error) => {
      errors.apply(error);
      setPassword('');
    },
  });

  if (me.isPending) return <FullPageLoader />;
  if (me.data && !login.isPending) return <Navigate to={returnTo} replace />;

  function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    login.mutate({ email: email.trim(), password });
  }

  return (
    <Box mih="100vh" bg="gray.0">
      <Group justify="flex-end" p="sm">
        <LanguageMenu />
      </Group>
      <Center px="md" pb="xl">
        <Paper component="main" withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
          <Stack gap={4} mb="lg">
            <Title order={1} c="pilotage.9">
              {t('app.name')}
            </Title>
            <Text c="dimmed" size="sm">
              {t('app.tagline')}
            </Text>
          </Stack>
          <form ref={errors.formRef} onSubmit={submit} noValidate aria-labelledby="login-title">
            <Stack>
              <Title order={2} fz="h3" id="login-title">
                {t('auth.title')}
              </Title>
              {errors.generalError && (
                <Alert color="red" variant="light" icon={<IconAlert />} role="alert" title={t('auth.failed')}>
                  {errors.generalError}
                </Alert>
              )}
              <TextInput
                label={t('auth.email')}
                type="email"
                autoComplete="username"
                required
                value={email}
                onChange={(e) => {
                  setEmail(e.currentTarget.value);
                  errors.clear('email');
                }}
                error={errors.fieldErrors.email}
                data-autofocus
                autoFocus
              />
              <PasswordInput
                label={t('auth.password')}
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => {
                  setPassword(e.currentTarget.value);
                  errors.clear('password');
                }}
                error={errors.fieldErrors.password}
              />
              <Button type="submit" loading={login.isPending} fullWidth mt="xs">
                {t('auth.submit')}
              </Button>
              <Text size="xs" c="dimmed">
                {t('auth.help')}
              </Text>
            </Stack>
          </form>
        </Paper>
      </Center>
    </Box>
  );
}
