// Helpers for the dossiers integration tests: URLs, bodies, real PDF and Word files, multipart uploads.
import { Document, Packer, Paragraph } from 'docx';
import { expect } from 'vitest';
import { renderPdf } from '../../platform/documents/pdf.js';
import type { TestAgent } from '../../test/app.js';

export const dossiersUrl = (administrationId: string, path = '') => `/api/administrations/${administrationId}/dossiers${path}`;

export type ErrorBody = { code: string; message: string; fields?: { field: string; message: string }[]; details?: unknown };
export type Desk = {
  type: string;
  opinionType: string | null;
  postTitle: string | null;
  structureName: string | null;
  personNames: string[];
};
export type DossierDetail = {
  id: string;
  reference: string;
  subject: string;
  status: string;
  confidentiality: string;
  round: number;
  isLate: boolean;
  holders: Desk[];
  heldSince: string | null;
  assignments: { structureId: string; structureName: string; purpose: string; instructions: string }[];
  opinionRequests: {
    type: string;
    state: string;
    opinion: { verdict: string; authorName: string; authorPostTitle: string; isInterim: boolean } | null;
  }[];
  decisions: {
    outcome: string;
    decidedByName: string;
    isInterim: boolean;
    directives: {
      text: string;
      leadStructureName: string;
      dueDate: string | null;
      directiveId: string | null;
      directive: { id: string; reference: string; status: string } | null;
    }[];
  }[];
  attachments: { id: string; fileName: string; mimeType: string; sizeBytes: number; sha256: string; hasText: boolean }[];
  namedPersons: { personId: string; fullName: string }[];
  steps: { status: string; durationMs: number; holders: Desk[] }[];
  can: { assign: boolean; giveOpinion: string[]; decide: boolean; file: boolean; attach: boolean };
};
export type ListItem = {
  id: string;
  reference: string;
  subject: string;
  status: string;
  confidentiality: string;
  isLate: boolean;
  holders: Desk[];
};

export function registerBody(overrides: Record<string, unknown> = {}) {
  return {
    receivedOn: '2026-11-02',
    channel: 'post',
    senderType: 'body',
    senderName: 'Agence nationale des transports terrestres',
    subject: 'Demande d’avis sur le renouvellement du parc des autobus urbains',
    kind: 'incoming_mail',
    confidentiality: 'normal',
    ...overrides,
  };
}

export async function registerDossier(
  agent: TestAgent,
  administrationId: string,
  overrides: Record<string, unknown> = {},
): Promise<DossierDetail> {
  const res = await agent.post(dossiersUrl(administrationId), registerBody(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as DossierDetail;
}

export async function findStructureId(agent: TestAgent, administrationId: string, acronym: string): Promise<string> {
  const res = await agent.get(`/api/administrations/${administrationId}/organisation/structures`);
  const found = (res.json() as { items: { id: string; acronym: string | null }[] }).items.find((s) => s.acronym === acronym);
  if (!found) throw new Error(`no structure ${acronym}`);
  return found.id;
}

export function makePdf(...paragraphs: string[]): Promise<Buffer> {
  return renderPdf({ content: paragraphs.map((text) => ({ text, margin: [0, 0, 0, 8] as [number, number, number, number] })) });
}

export function makeDocx(...paragraphs: string[]): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph(text)) }] });
  return Packer.toBuffer(doc);
}

// A 1×1 transparent PNG.
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export type UploadFile = { name: string; content: Buffer; contentType?: string };

// multipart/form-data with one "files" part per file
export function multipart(files: UploadFile[]) {
  const boundary = `----pilotage${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const f of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: ${f.contentType ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      f.content,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export function upload(agent: TestAgent, administrationId: string, dossierId: string, files: UploadFile[]) {
  const body = multipart(files);
  return agent.request({ method: 'POST', url: dossiersUrl(administrationId, `/${dossierId}/attachments`), ...body });
}
