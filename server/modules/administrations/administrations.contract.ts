import { z } from 'zod';

export const ZAdministrationParams = z.object({ administrationId: z.uuid() });

export const ZAdministration = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  kind: z.enum(['ministry', 'commune', 'agency', 'oversight']),
  headTitle: z.string(),
  country: z.string(),
  countryMotto: z.string(),
  currency: z.enum(['XOF', 'XAF']),
  referencePlan: z.string(),
});
