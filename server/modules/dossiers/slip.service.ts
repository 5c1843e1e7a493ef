// The transmission slip (fiche de transmission) of a dossier, as PDF: what it is, where it went, the opinions
// and the decision, with room for the visas.
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { Database } from '../../platform/db/client.js';
import type { Access } from '../../platform/http/access.js';
import { renderPdf } from '../../platform/documents/pdf.js';
import { findAdministration } from '../administrations/administrations.service.js';
import type { TDesk, TDossierDetail } from './dossiers.contract.js';
import { getDossier } from './dossier-detail.service.js';
import { dossierLabel } from './dossier-labels.js';

type Locale = 'fr' | 'en';

const formatDate = (iso: string | null, locale: Locale) =>
  iso
    ? new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso).toLocaleDateString(locale === 'en' ? 'en-GB' : 'fr-FR', {
        timeZone: 'Africa/Porto-Novo',
      })
    : '—';
const formatDateTime = (iso: string, locale: Locale) =>
  new Date(iso).toLocaleString(locale === 'en' ? 'en-GB' : 'fr-FR', {
    timeZone: 'Africa/Porto-Novo',
    dateStyle: 'short',
    timeStyle: 'short',
  });

function describeDesk(desk: TDesk, locale: Locale): string {
  const what =
    desk.type === 'opinion' && desk.opinionType
      ? dossierLabel(locale, 'opinionType', desk.opinionType)
      : dossierLabel(locale, 'desk', desk.type);
  const where = desk.postTitle ?? desk.structureName;
  const who = desk.personNames.length > 0 ? ` (${desk.personNames.join(', ')})` : '';
  return `${what}${where ? ` : ${where}` : ''}${who}`;
}

const T = (locale: Locale, fr: string, en: string) => (locale === 'en' ? en : fr);

function rows(d: TDossierDetail, locale: Locale): TableCell[][] {
  const label = (text: string): TableCell => ({ text, bold: true, fillColor: '#eef2f7' });
  const sender = d.senderReference ? `${d.senderName} (${T(locale, 'réf.', 'ref.')} ${d.senderReference})` : d.senderName;
  const holders = d.holders.map((h) => describeDesk(h, locale)).join('\n') || '—';
  const since = d.heldSince ? ` — ${dossierLabel(locale, 'word', 'since')} ${formatDateTime(d.heldSince, locale)}` : '';
  return [
    [label(T(locale, 'Référence', 'Reference')), { text: d.reference, bold: true }],
    [label(T(locale, 'Reçu le', 'Received on')), `${formatDate(d.receivedOn, locale)} — ${dossierLabel(locale, 'channel', d.channel)}`],
    [label(T(locale, 'Expéditeur', 'Sender')), sender],
    [label(T(locale, 'Objet', 'Subject')), d.subject],
    [label(T(locale, 'Nature', 'Kind')), dossierLabel(locale, 'kind', d.kind)],
    [label(T(locale, 'Confidentialité', 'Confidentiality')), dossierLabel(locale, 'confidentiality', d.confidentiality)],
    [
      label(T(locale, 'Échéance', 'Deadline')),
      d.isLate
        ? { text: `${formatDate(d.deadline, locale)} — ${dossierLabel(locale, 'word', 'late')}`, color: '#b42318' }
        : formatDate(d.deadline, locale),
    ],
    [label(T(locale, 'Étape', 'Status')), dossierLabel(locale, 'status', d.status)],
    [label(T(locale, 'Chez', 'Held by')), `${holders}${since}`],
    [label(T(locale, 'Enregistré par', 'Registered by')), [d.registeredByName, d.registeredByStructureName].filter(Boolean).join(', ')],
  ];
}

const interim = (isInterim: boolean, locale: Locale) => (isInterim ? ` (${dossierLabel(locale, 'word', 'interim')})` : '');

function sections(d: TDossierDetail, locale: Locale): Content[] {
  const out: Content[] = [];
  const heading = (text: string): Content => ({ text, style: 'heading' });
  if (d.assignments.length > 0) {
    out.push(heading(T(locale, 'Imputation', 'Assignment')));
    out.push({
      ul: d.assignments.map((a) => ({
        text: [
          { text: `${a.structureName} — ${dossierLabel(locale, 'purpose', a.purpose)}`, bold: true },
          `, ${a.assignedByName}${a.assignedByPostTitle ? `, ${a.assignedByPostTitle}` : ''}${interim(a.isInterim, locale)}, ${formatDateTime(a.createdAt, locale)}`,
          a.instructions ? { text: `\n${T(locale, 'Instructions', 'Instructions')} : ${a.instructions}`, italics: true } : '',
        ],
      })),
    });
  }
  const opinions = d.opinionRequests.filter((r) => r.opinion);
  if (opinions.length > 0) {
    out.push(heading(T(locale, 'Avis', 'Opinions')));
    for (const r of opinions) {
      const o = r.opinion!;
      out.push({
        stack: [
          {
            text: `${dossierLabel(locale, 'opinionType', o.type)}${r.structureName ? ` (${r.structureName})` : ''} : ${dossierLabel(locale, 'verdict', o.verdict)}`,
            bold: true,
          },
          {
            text: `${o.authorName}, ${o.authorPostTitle}${interim(o.isInterim, locale)} — ${formatDateTime(o.createdAt, locale)}`,
            color: '#555555',
          },
          { text: o.text, margin: [0, 2, 0, 6] },
        ],
      });
    }
  }
  if (d.decisions.length > 0) {
    out.push(heading(T(locale, 'Décision', 'Decision')));
    for (const x of d.decisions) {
      out.push({
        stack: [
          { text: dossierLabel(locale, 'outcome', x.outcome), bold: true },
          {
            text: `${x.decidedByName}, ${x.decidedByPostTitle}${interim(x.isInterim, locale)} — ${formatDateTime(x.createdAt, locale)}`,
            color: '#555555',
          },
          ...(x.comment ? [{ text: x.comment, margin: [0, 2, 0, 2] as [number, number, number, number] }] : []),
          ...(x.directives.length > 0
            ? [
                {
                  text: T(locale, 'Directives demandées :', 'Directives requested:'),
                  margin: [0, 4, 0, 0] as [number, number, number, number],
                },
                {
                  ul: x.directives.map(
                    (dir) =>
                      `${dir.text} — ${dir.leadStructureName}${dir.dueDate ? `, ${T(locale, 'pour le', 'due')} ${formatDate(dir.dueDate, locale)}` : ''}`,
                  ),
                },
              ]
            : []),
        ],
        margin: [0, 0, 0, 6],
      });
    }
  }
  if (d.attachments.length > 0) {
    out.push(heading(T(locale, 'Pièces jointes', 'Attachments')));
    out.push({
      ul: d.attachments.map((a) => ({
        text: [a.fileName, { text: `  SHA-256 ${a.sha256.slice(0, 16)}…`, color: '#777777', fontSize: 8 }],
      })),
    });
  }
  return out;
}

export async function renderSlip(db: Database, access: Access, dossierId: string) {
  const dossier = await getDossier(db, access, dossierId);
  const administration = await findAdministration(db, access.administrationId);
  const locale: Locale = access.actor.locale;
  const pdf = await renderPdf({
    info: { title: `${T(locale, 'Fiche de transmission', 'Transmission slip')} ${dossier.reference}`, creator: 'Pilotage' },
    pageSize: 'A4',
    pageMargins: [40, 50, 40, 50],
    content: [
      {
        columns: [
          {
            stack: [
              { text: administration?.country.toUpperCase() ?? '', bold: true },
              { text: administration?.countryMotto ?? '', italics: true, fontSize: 8 },
              { text: administration?.name ?? '', margin: [0, 6, 0, 0] },
            ],
          },
          { text: dossier.reference, alignment: 'right', bold: true, fontSize: 12 },
        ],
      },
      { text: T(locale, 'FICHE DE TRANSMISSION', 'TRANSMISSION SLIP'), style: 'title' },
      { table: { widths: [120, '*'], body: rows(dossier, locale) }, layout: 'lightHorizontalLines' },
      ...sections(dossier, locale),
      {
        margin: [0, 24, 0, 0],
        table: {
          widths: ['*', '*', '*'],
          heights: [14, 60],
          body: [
            [
              T(locale, 'Visa du Secrétaire général', 'Secretary General'),
              T(locale, 'Visa du Directeur de cabinet', 'Chief of Staff'),
              T(locale, `Décision du ${administration?.headTitle ?? 'chef'}`, 'Decision of the head'),
            ].map((text) => ({ text, bold: true, fontSize: 9 })),
            ['', '', ''],
          ],
        },
      },
    ],
    footer: (page, pages) => ({
      text: `${T(locale, 'Édité le', 'Printed on')} ${formatDateTime(new Date().toISOString(), locale)} — Pilotage — ${page}/${pages}`,
      alignment: 'center',
      fontSize: 8,
      color: '#777777',
    }),
    styles: {
      title: { fontSize: 16, bold: true, alignment: 'center', margin: [0, 18, 0, 12] },
      heading: { fontSize: 12, bold: true, margin: [0, 14, 0, 6], color: '#1d3b5a' },
    },
    defaultStyle: { fontSize: 10 },
  });
  return { pdf, fileName: `fiche-transmission-${dossier.reference.replace(/[^A-Za-z0-9_-]+/g, '-')}.pdf` };
}
