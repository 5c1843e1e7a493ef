// Documents built from live data the caller may see: minutes (DOCX, PDF) and the follow-up table
// for the next CODIR (DOCX, PDF, XLSX). Confidentiality applies exactly as in the lists.
import type { DocumentHeader } from '../../platform/documents/document.js';
import { buildDocx } from '../../platform/documents/docx.js';
import { buildPdf } from '../../platform/documents/pdf.js';
import { buildXlsx } from '../../platform/documents/xlsx.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import type { Locale } from '../../platform/http/messages.js';
import { findAdministration } from '../administrations/administrations.service.js';
import { buildFollowUpSpec, buildMinutesSpec } from './documents.js';
import type { z } from 'zod';
import type { ZExportQuery } from './directives.contract.js';
import { presentDirectives } from './directives.presenter.js';
import * as repo from './directives.repository.js';
import { todayOf, toQuery, type Deps } from './directives.service.js';
import { getMeeting } from './meetings.service.js';
import { loadViewer } from './org-refs.js';

// Enough for any CODIR; a bigger export belongs in a background job.
export const EXPORT_LIMIT = 2000;

export const mimeTypes = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export type ExportedFile = { filename: string; mime: string; content: Buffer };

async function headerOf(deps: Deps, administrationId: string): Promise<DocumentHeader> {
  const administration = await findAdministration(deps.db, administrationId);
  return {
    administrationName: administration?.name ?? '',
    country: administration?.country ?? '',
    motto: administration?.countryMotto ?? '',
  };
}

export async function exportMinutes(
  deps: Deps,
  access: Access,
  meetingId: string,
  format: 'docx' | 'pdf',
  locale: Locale,
): Promise<ExportedFile> {
  assertCan(access, 'followup.read');
  const meeting = await getMeeting(deps, access, meetingId);
  const spec = buildMinutesSpec(meeting, await headerOf(deps, access.administrationId), locale, todayOf(deps));
  const content = format === 'docx' ? buildDocx(spec) : await buildPdf(spec);
  return { filename: `compte-rendu-${meeting.date}.${format}`, mime: mimeTypes[format], content };
}

export async function exportFollowUpTable(
  deps: Deps,
  access: Access,
  query: z.infer<typeof ZExportQuery>,
  locale: Locale,
): Promise<ExportedFile> {
  assertCan(access, 'followup.read');
  const today = todayOf(deps);
  const viewer = await loadViewer(deps.db, access, today);
  const q = await toQuery(deps, access, viewer, today, query);
  // by default, what still needs following: open items and those awaiting the issuer's confirmation
  const rows =
    query.state || query.status
      ? await repo.selectDirectives(deps.db, q, query.sort, EXPORT_LIMIT)
      : [
          ...(await repo.selectDirectives(deps.db, { ...q, state: 'open' }, query.sort, EXPORT_LIMIT)),
          ...(await repo.selectDirectives(deps.db, { ...q, state: 'awaiting_confirmation' }, query.sort, EXPORT_LIMIT)),
        ].slice(0, EXPORT_LIMIT);
  const items = await presentDirectives(deps.db, access.administrationId, rows, today);
  const spec = buildFollowUpSpec(items, await headerOf(deps, access.administrationId), locale, today);
  const content =
    query.format === 'docx'
      ? buildDocx(spec)
      : query.format === 'pdf'
        ? await buildPdf(spec)
        : await buildXlsx(spec, [locale === 'fr' ? 'Suivi' : 'Follow-up']);
  return { filename: `tableau-de-suivi-${today}.${query.format}`, mime: mimeTypes[query.format], content };
}
