// Turns rows into what lists show: who holds each dossier now (desk, post, people), since when, late or not.
import type { Queryable } from '../../platform/db/client.js';
import type { Access } from '../../platform/http/access.js';
import { todayIso } from '../../platform/dates.js';
import { listPostsWithFunctionAndPeople, listStructureHeads, listStructureNames } from '../organisation/positions.service.js';
import type { TDesk, TDossierListItem } from './dossiers.contract.js';
import type { ListedDossierRow } from './dossiers.repository.js';
import { selectHeldSince } from './dossier-events.repository.js';
import { selectOpinionRequests } from './dossier-steps.repository.js';
import { currentDesks, isLate, type Desk } from './dossier-progress.js';

type KeyPost = { title: string; structureId: string; structureName: string; names: string[] };

// Names behind the desks of an administration today, fetched once per request.
export type DeskDirectory = {
  structures: Map<string, { name: string; acronym: string | null; kind: string }>;
  head: KeyPost | null;
  chiefOfStaff: KeyPost | null;
  secretaryGeneral: KeyPost | null;
  structureHeads: Map<string, { fullName: string }[]>;
};

// structureIds: the structures whose names are needed; structureIdsToHead: those whose heads are named too.
export async function loadDeskDirectory(
  db: Queryable,
  access: Access,
  structureIds: (string | null)[],
  structureIdsToHead: string[] = [],
): Promise<DeskDirectory> {
  const today = todayIso();
  const ids = [...structureIds, ...structureIdsToHead].filter((id): id is string => id !== null);
  const [structures, keyPosts, structureHeads] = await Promise.all([
    listStructureNames(db, access.administrationId, ids),
    listPostsWithFunctionAndPeople(db, access.administrationId, ['head', 'chief_of_staff', 'secretary_general'], today),
    listStructureHeads(db, access.administrationId, structureIdsToHead, today),
  ]);
  const keyPost = (fn: string): KeyPost | null => {
    const post = keyPosts.find((p) => p.function === fn);
    return post ? { title: post.title, structureId: post.structureId, structureName: post.structureName, names: post.people } : null;
  };
  return {
    structures,
    head: keyPost('head'),
    chiefOfStaff: keyPost('chief_of_staff'),
    secretaryGeneral: keyPost('secretary_general'),
    structureHeads,
  };
}

export function describeDesk(desk: Desk, directory: DeskDirectory): TDesk {
  const base = { opinionType: null, structureId: null, structureName: null, postTitle: null, personNames: [] as string[] };
  const fromPost = (post: KeyPost | null) => ({ postTitle: post?.title ?? null, personNames: post?.names ?? [] });
  switch (desk.type) {
    case 'imputation':
      return { ...base, type: 'imputation', ...fromPost(directory.chiefOfStaff ?? directory.head) };
    case 'decision':
      return { ...base, type: 'decision', ...fromPost(directory.head) };
    case 'registry':
      return {
        ...base,
        type: 'registry',
        structureId: desk.structureId,
        structureName: desk.structureId ? (directory.structures.get(desk.structureId)?.name ?? null) : null,
      };
    case 'opinion': {
      if (desk.opinionType === 'technical')
        return { ...base, type: 'opinion', opinionType: 'technical', ...fromPost(directory.secretaryGeneral) };
      if (desk.opinionType === 'cabinet') {
        const cabinet = directory.chiefOfStaff ?? directory.head;
        return {
          ...base,
          type: 'opinion',
          opinionType: 'cabinet',
          structureId: cabinet?.structureId ?? null,
          structureName: cabinet?.structureName ?? null,
        };
      }
      const structureId = desk.structureId;
      return {
        ...base,
        type: 'opinion',
        opinionType: 'structure',
        structureId,
        structureName: structureId ? (directory.structures.get(structureId)?.name ?? null) : null,
        personNames: structureId ? (directory.structureHeads.get(structureId) ?? []).map((h) => h.fullName) : [],
      };
    }
  }
}

// List items for some dossier rows: three queries whatever the number of rows.
export async function presentListItems(db: Queryable, access: Access, rows: ListedDossierRow[]): Promise<TDossierListItem[]> {
  const ids = rows.map((r) => r.id);
  const [requests, heldSince] = await Promise.all([selectOpinionRequests(db, ids), selectHeldSince(db, ids)]);
  const desksOf = new Map(
    rows.map((r) => [
      r.id,
      currentDesks(
        r,
        requests.filter((q) => q.dossierId === r.id),
      ),
    ]),
  );
  const desks = [...desksOf.values()].flat();
  const headedStructures = desks.flatMap((d) => (d.type === 'opinion' && d.structureId ? [d.structureId] : []));
  const registries = desks.flatMap((d) => (d.type === 'registry' ? [d.structureId] : []));
  const directory = await loadDeskDirectory(db, access, registries, headedStructures);
  const today = todayIso();
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    subject: r.subject,
    senderName: r.senderName,
    kind: r.kind,
    confidentiality: r.confidentiality,
    status: r.status,
    receivedOn: r.receivedOn,
    deadline: r.deadline,
    isLate: isLate(r, today),
    holders: desksOf.get(r.id)!.map((d) => describeDesk(d, directory)),
    heldSince: heldSince.get(r.id)?.toISOString() ?? null,
  }));
}
