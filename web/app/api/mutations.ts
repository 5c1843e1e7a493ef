// A write that refreshes, on success, a module's queries and the audit history of the administration.
// A deleted object's own query is left alone: asking for it again would only answer "not found" while
// the page navigates away.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { auditKeys } from '../../modules/audit/audit.api';

export function useRefreshingMutation<TVariables, TResult>(
  a: string,
  moduleKey: readonly unknown[],
  mutationFn: (variables: TVariables) => Promise<TResult>,
  deletedKey?: (variables: TVariables) => readonly unknown[],
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (_result, variables) => {
      const skip = deletedKey ? JSON.stringify(deletedKey(variables)) : null;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: moduleKey, predicate: (query) => JSON.stringify(query.queryKey) !== skip }),
        queryClient.invalidateQueries({ queryKey: auditKeys.all(a) }),
      ]);
    },
  });
}
