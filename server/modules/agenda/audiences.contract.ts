// Request and response schemas of audience requests (demandes d'audience): public form, tracking, triage.
import { z } from 'zod';
import { ZAdministrationParams } from '../administrations/administrations.contract.js';
import { ZDateTime, ZEventSummary, ZEventVisibility, ZIsoDate } from './agenda.contract.js';
import { audienceStatuses } from './agenda.tables.js';

const ZText = (max: number) => z.string().trim().min(1).max(max);
const ZOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v ? v : null));
const ZPhone = z
  .string()
  .trim()
  .max(40)
  .regex(/^[+0-9 ().-]*$/, 'field.invalid_value')
  .nullable()
  .optional()
  .transform((v) => (v ? v : null));
const ZPreferredDates = z.array(ZIsoDate).min(1).max(5);

export const ZAudienceStatus = z.enum(audienceStatuses);
export const ZAdministrationCodeParams = z.object({ administrationCode: z.string().trim().min(2).max(20) });
export const ZTrackingParams = z.object({ token: z.string().min(10).max(200) });
export const ZAudienceParams = ZAdministrationParams.extend({ requestId: z.uuid() });

export const ZPublicAdministration = z.object({
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  headTitle: z.string(),
  kind: z.string(),
  country: z.string(),
});

// `website` is a honeypot: hidden from people, filled by robots. A request that fills it is answered as
// if it had been accepted, and dropped.
export const ZPublicAudienceBody = z.object({
  requesterName: ZText(150),
  organisation: ZOptionalText(200),
  email: z.email().max(254),
  phone: ZPhone,
  subject: ZText(2000),
  preferredDates: ZPreferredDates,
  website: z.string().max(500).optional(),
});
export type TPublicAudienceBody = z.infer<typeof ZPublicAudienceBody>;

// A member of staff asks in their own name: their name and e-mail come from their account.
export const ZInternalAudienceBody = z.object({
  subject: ZText(2000),
  preferredDates: ZPreferredDates,
  organisation: ZOptionalText(200),
  phone: ZPhone,
});
export type TInternalAudienceBody = z.infer<typeof ZInternalAudienceBody>;

// The tracking address is shown once (and sent by e-mail): only its hash is stored.
export const ZAudienceCreated = z.object({ reference: z.string(), trackingToken: z.string(), trackingUrl: z.string() });

const ZSlot = z.object({ startsAt: z.string(), endsAt: z.string(), place: z.string().nullable() });

export const ZAudienceTracking = z.object({
  reference: z.string(),
  administration: z.object({ name: z.string(), headTitle: z.string() }),
  status: ZAudienceStatus,
  requesterName: z.string(),
  subject: z.string(),
  preferredDates: z.array(z.string()),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  slot: ZSlot.nullable(),
  redirectedTo: z.string().nullable(),
  note: z.string().nullable(),
});

export const ZAudienceRequest = z.object({
  id: z.uuid(),
  reference: z.string(),
  source: z.enum(['public', 'internal']),
  status: ZAudienceStatus,
  requesterName: z.string(),
  organisation: z.string().nullable(),
  email: z.string(),
  phone: z.string().nullable(),
  subject: z.string(),
  preferredDates: z.array(z.string()),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  event: ZEventSummary.pick({ id: true, title: true, startsAt: true, endsAt: true, place: true }).nullable(),
  redirectedTo: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type TAudienceRequest = z.infer<typeof ZAudienceRequest>;

export const ZAudienceListQuery = z.object({ status: ZAudienceStatus.optional() });
export const ZAudienceList = z.object({
  items: z.array(ZAudienceRequest),
  counts: z.record(ZAudienceStatus, z.number().int()),
});

export const ZAcceptBody = z
  .object({
    startsAt: ZDateTime,
    endsAt: ZDateTime,
    place: ZOptionalText(200),
    title: ZOptionalText(200),
    visibility: ZEventVisibility.default('cabinet'),
    note: ZOptionalText(2000),
    // accept even though the slot clashes with other events
    allowClash: z.boolean().default(false),
  })
  .refine((b) => Date.parse(b.endsAt) > Date.parse(b.startsAt), { message: 'field.end_not_after_start', path: ['endsAt'] });
export type TAcceptBody = z.infer<typeof ZAcceptBody>;

export const ZRedirectBody = z.object({ structureId: z.uuid(), note: ZOptionalText(2000) });
export type TRedirectBody = z.infer<typeof ZRedirectBody>;
export const ZDeclineBody = z.object({ reason: ZText(2000) });

export const ZTriageResult = z.object({ request: ZAudienceRequest, isRequesterNotified: z.boolean() });
