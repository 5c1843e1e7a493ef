// Who is signed in: GET /api/auth/me, cached under ['me']. `null` means signed out.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { isApiError } from './api/api-error';
import { api, setCsrfToken, unwrap } from './api/client';
import type { Me } from './api/types';
import { i18n, type Language } from './i18n';
import { meQueryKey } from './query-client';
import { ErrorState, FullPageLoader } from '../ui/states';

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await unwrap(api.GET('/api/auth/me'));
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 5 * 60_000, retry: false });
}

// Inside the signed-in part of the app (below RequireAuth) the user is always known.
export function useSignedInMe(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSignedInMe outside RequireAuth');
  return data;
}

// Where to go back after sign-in: only a path of this app, never another site.
export function safeReturnPath(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}

export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  const locale = me.data?.user.locale;

  // The language stored for the user wins over the one of this browser.
  useEffect(() => {
    if (locale && locale !== i18n.language) void i18n.changeLanguage(locale);
  }, [locale]);

  if (me.isPending) return <FullPageLoader />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => void me.refetch()} fullPage />;
  if (!me.data) {
    const target = location.pathname + location.search;
    const query = target === '/' ? '' : `?retour=${encodeURIComponent(target)}`;
    return <Navigate to={`/connexion${query}`} replace />;
  }
  return <Outlet />;
}

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/auth/logout')),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
      void navigate('/connexion', { replace: true });
    },
  });
}

// Changes the interface language; when signed in, the server remembers it for the user.
export function useChangeLanguage() {
  const queryClient = useQueryClient();
  const me = useMe();
  return useMutation({
    mutationFn: async (language: Language) => {
      if (me.data) await unwrap(api.PUT('/api/auth/me/preferences', { body: { locale: language } }));
      return language;
    },
    onSuccess: async (language) => {
      await i18n.changeLanguage(language);
      queryClient.setQueryData<Me | null>(meQueryKey, (old) => (old ? { ...old, user: { ...old.user, locale: language } } : old));
      // Server-made texts (error messages, labels) follow the new language.
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
    },
  });
}
