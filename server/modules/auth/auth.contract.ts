import { z } from 'zod';

export const ZLocale = z.enum(['fr', 'en']);

export const ZLoginBody = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(200),
});

export const ZMembership = z.object({
  administrationId: z.uuid(),
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  kind: z.string(),
  headTitle: z.string(),
  currency: z.enum(['XOF', 'XAF']),
  role: z.enum(['platform', 'admin', 'member', 'oversight']),
  functions: z.array(z.string()),
  permissions: z.array(z.string()),
});

export const ZMe = z.object({
  user: z.object({
    id: z.uuid(),
    email: z.string(),
    fullName: z.string(),
    locale: ZLocale,
    isPlatformAdmin: z.boolean(),
  }),
  csrfToken: z.string(),
  administrations: z.array(ZMembership),
});
export type TMe = z.infer<typeof ZMe>;

export const ZPreferencesBody = z.object({ locale: ZLocale });
export const ZOk = z.object({ ok: z.literal(true) });
