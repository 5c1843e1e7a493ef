import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api/api-error';

export const meQueryKey = ['me'] as const;

// A session that ended (expiry, sign-out elsewhere) sends the user back to the sign-in page;
// a rotated security token is fetched again.
function handleSessionErrors(error: unknown) {
  if (!isApiError(error)) return;
  if (error.code === 'unauthenticated') queryClient.setQueryData(meQueryKey, null);
  if (error.code === 'csrf_invalid') void queryClient.invalidateQueries({ queryKey: meQueryKey });
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: handleSessionErrors }),
  mutationCache: new MutationCache({ onError: handleSessionErrors }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A 4xx will not get better by asking again.
      retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});
