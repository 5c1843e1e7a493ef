// Meetings: who chairs (the head, or whoever the interims and succession rules name on the date),
// attendees, agenda, minutes; decisions become directives; the next meeting shows the previous one's.
import { listProgrammeIndicatorsBehind } from '../dashboards/behind-target.service.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { assertCan, type Access } from '../../platform/http/access.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import { listAttachments } from '../../platform/files/attachments.js';
import { listPostsByPerson, resolveActing, type OrgSnapshot } from '../organisation/acting.js';
import { loadOrgSnapshot } from '../organisation/holders.service.js';
import { createDirectives, todayOf, type Deps } from './directives.service.js';
import { presentAttachment, presentDirectives } from './directives.presenter.js';
import * as directivesRepo from './directives.repository.js';
import type { MeetingKind } from './followup.tables.js';
import type { TMeetingCreate, TMeetingDetail, TMeetingUpdate } from './meetings.contract.js';
import * as repo from './meetings.repository.js';
import { findPersons, issuerFunctions, loadViewer } from './org-refs.js';
import type { z } from 'zod';
import type { ZDecisionsBody } from './meetings.contract.js';

const kindTitles: Record<MeetingKind, string> = {
  management_committee: 'Comité de direction',
  cabinet_meeting: 'Réunion de cabinet',
  strategic_dialogue: 'Dialogue de gestion stratégique',
  operational_dialogue: 'Dialogue de gestion opérationnel',
  other: 'Réunion',
};
const frDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

type ChairInput = { chairPostId?: string | null | undefined; chairPersonId?: string | null | undefined };

// Seed 000: the head chairs; absent, the DC, else the DAC (succession rules of context management_committee).
function resolveChair(snapshot: OrgSnapshot, kind: MeetingKind, input: ChairInput, field = '') {
  const at = (name: string) => (field ? `${field}.${name}` : name);
  const post = input.chairPostId ? snapshot.posts.get(input.chairPostId) : [...snapshot.posts.values()].find((p) => p.function === 'head');
  if (input.chairPostId && !post)
    throw new AppError('validation_failed', { field: at('chairPostId'), messageKey: 'followup.other_administration' });
  if (!post) throw new AppError('conflict', { messageKey: 'followup.no_head' });
  const resolution = resolveActing(snapshot, post.id, kind === 'management_committee' ? 'management_committee' : 'any');
  if (!resolution) {
    return {
      chairPostId: post.id,
      chairPersonId: null,
      chairName: '',
      chairPostTitle: post.title,
      chairBasis: 'none' as const,
      chairNote: `Poste vacant ou titulaire absent le ${frDate(snapshot.onDate)}`,
    };
  }
  const person = resolution.persons[0]!;
  const actingPost = snapshot.posts.get(resolution.postId)!;
  const absent = resolution.absentHolders.map((h) => `${h.civility} ${h.fullName}`).join(', ');
  const note =
    resolution.basis === 'holder'
      ? ''
      : resolution.basis === 'interim'
        ? `Intérim de ${post.title}${resolution.legalReference ? ` (${resolution.legalReference})` : ''}`
        : `En l’absence ${absent ? `de ${absent}, ` : 'du titulaire, '}${post.title}, ${actingPost.title} préside (règle de suppléance)` +
          (resolution.legalReference ? `, par intérim (${resolution.legalReference})` : '');
  return {
    chairPostId: actingPost.id,
    chairPersonId: person.personId,
    chairName: `${person.civility} ${person.fullName}`,
    chairPostTitle: actingPost.title,
    chairBasis: resolution.basis,
    chairNote: note,
  };
}

async function designatedChair(deps: Deps, access: Access, snapshot: OrgSnapshot, input: ChairInput) {
  const persons = await findPersons(deps.db, access.administrationId, [input.chairPersonId!], 'chairPersonId');
  const person = persons.get(input.chairPersonId!)!;
  const post = input.chairPostId ? snapshot.posts.get(input.chairPostId) : listPostsByPerson(snapshot).get(person.id)?.[0];
  if (input.chairPostId && !post)
    throw new AppError('validation_failed', { field: 'chairPostId', messageKey: 'followup.other_administration' });
  return {
    chairPostId: post?.id ?? null,
    chairPersonId: person.id,
    chairName: `${person.civility} ${person.fullName}`,
    chairPostTitle: post?.title ?? '',
    chairBasis: 'designated' as const,
    chairNote: 'Président désigné',
  };
}

async function chairFor(deps: Deps, access: Access, snapshot: OrgSnapshot, kind: MeetingKind, input: ChairInput) {
  return input.chairPersonId ? designatedChair(deps, access, snapshot, input) : resolveChair(snapshot, kind, input);
}

export async function previewChair(deps: Deps, access: Access, query: { kind: MeetingKind; date: string; chairPostId?: string }) {
  assertCan(access, 'followup.read');
  const snapshot = await loadOrgSnapshot(deps.db, access.administrationId, query.date);
  return presentChair(resolveChair(snapshot, query.kind, { chairPostId: query.chairPostId }));
}

function presentChair(c: {
  chairPostId: string | null;
  chairPersonId: string | null;
  chairName: string;
  chairPostTitle: string;
  chairBasis: string;
  chairNote: string;
}) {
  return {
    personId: c.chairPersonId,
    name: c.chairName,
    postId: c.chairPostId,
    postTitle: c.chairPostTitle,
    basis: c.chairBasis as 'holder' | 'interim' | 'succession_rule' | 'designated' | 'none',
    note: c.chairNote,
  };
}

function presentMeeting(m: repo.MeetingRow) {
  return {
    id: m.id,
    kind: m.kind,
    title: m.title,
    date: m.date,
    startTime: m.startTime,
    place: m.place,
    programmeId: m.programmeId,
    chair: presentChair(m),
    createdAt: m.createdAt.toISOString(),
  };
}

type AttendeeInput = NonNullable<TMeetingCreate['attendees']>[number];

async function prepareAttendees(deps: Deps, access: Access, snapshot: OrgSnapshot, list: AttendeeInput[]) {
  const personIds = list.flatMap((a) => (a.personId ? [a.personId] : []));
  const persons = personIds.length > 0 ? await findPersons(deps.db, access.administrationId, personIds, 'attendees') : new Map();
  return list.map((a, i) => {
    const post = a.postId ? snapshot.posts.get(a.postId) : undefined;
    if (a.postId && !post)
      throw new AppError('validation_failed', { field: `attendees.${i}.postId`, messageKey: 'followup.other_administration' });
    const person = a.personId ? persons.get(a.personId) : undefined;
    const holder = post ? resolveActing(snapshot, post.id, 'any')?.persons[0] : undefined;
    const who = person ? `${person.civility} ${person.fullName}` : holder ? `${holder.civility} ${holder.fullName}` : '';
    const name = a.name ?? [who, post?.title].filter(Boolean).join(', ');
    return {
      administrationId: access.administrationId,
      postId: a.postId ?? null,
      personId: a.personId ?? holder?.personId ?? null,
      name,
      isPresent: a.isPresent,
      position: i,
    };
  });
}

function checkProgramme(kind: MeetingKind, programmeId: string | null | undefined) {
  if (kind === 'operational_dialogue' && !programmeId)
    throw new AppError('validation_failed', { field: 'programmeId', messageKey: 'followup.programme_required' });
}

export async function listMeetings(
  deps: Deps,
  access: Access,
  query: { kind?: string; from?: string; to?: string; programmeId?: string; page: number; pageSize: number },
) {
  assertCan(access, 'followup.read');
  if (query.from && query.to && query.to < query.from)
    throw new AppError('validation_failed', { field: 'querystring.to', messageKey: 'followup.to_before_from' });
  const { rows, total } = await repo.selectMeetingPage(
    deps.db,
    access.administrationId,
    query,
    query.pageSize,
    (query.page - 1) * query.pageSize,
  );
  return { items: rows.map(presentMeeting), total, page: query.page, pageSize: query.pageSize };
}

export async function createMeeting(deps: Deps, access: Access, input: TMeetingCreate) {
  assertCan(access, 'followup.issue');
  checkProgramme(input.kind, input.programmeId);
  const snapshot = await loadOrgSnapshot(deps.db, access.administrationId, input.date);
  const chair = await chairFor(deps, access, snapshot, input.kind, input);
  const attendees = await prepareAttendees(deps, access, snapshot, input.attendees);
  for (const [i, item] of input.agenda.entries()) {
    if (item.presenterPostId && !snapshot.posts.has(item.presenterPostId)) {
      throw new AppError('validation_failed', { field: `agenda.${i}.presenterPostId`, messageKey: 'followup.other_administration' });
    }
  }
  const now = deps.clock.now();
  const meeting = await deps.db.transaction(async (tx) => {
    const row = await repo.insertMeeting(tx, {
      administrationId: access.administrationId,
      kind: input.kind,
      title: input.title ?? `${kindTitles[input.kind]} du ${frDate(input.date)}`,
      date: input.date,
      startTime: input.startTime ?? null,
      place: input.place,
      programmeId: input.programmeId ?? null,
      ...chair,
      minutes: input.minutes,
      minutesUpdatedAt: input.minutes ? now : null,
      createdByUserId: access.actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await repo.replaceAttendees(tx, row.id, attendees);
    await repo.insertAgendaItems(
      tx,
      input.agenda.map((a, position) => ({
        administrationId: access.administrationId,
        meetingId: row.id,
        position,
        title: a.title,
        notes: a.notes,
        presenterPostId: a.presenterPostId ?? null,
      })),
    );
    await recordAudit(tx, access, {
      action: 'meeting.create',
      entityType: 'meeting',
      entityId: row.id,
      after: { ...row, attendees, agenda: input.agenda },
    });
    return row;
  });
  return getMeeting(deps, access, meeting.id);
}

export async function updateMeeting(deps: Deps, access: Access, id: string, patch: TMeetingUpdate) {
  assertCan(access, 'followup.issue');
  const current = await repo.selectMeeting(deps.db, access.administrationId, id);
  if (!current) throw notFound('meeting');
  const date = patch.date ?? current.date;
  const programmeId = patch.programmeId === undefined ? current.programmeId : patch.programmeId;
  checkProgramme(current.kind, programmeId);
  const snapshot = await loadOrgSnapshot(deps.db, access.administrationId, date);
  const isChairChanged = patch.date !== undefined || patch.chairPostId !== undefined || patch.chairPersonId !== undefined;
  // a designated chair stays until removed (chairPersonId: null); otherwise the rules decide again for the date
  const keepsDesignated = current.chairBasis === 'designated' && patch.chairPersonId === undefined;
  const chairInput = keepsDesignated
    ? { chairPersonId: current.chairPersonId, chairPostId: patch.chairPostId === undefined ? current.chairPostId : patch.chairPostId }
    : { chairPersonId: patch.chairPersonId ?? undefined, chairPostId: patch.chairPostId ?? undefined };
  const chair = isChairChanged ? await chairFor(deps, access, snapshot, current.kind, chairInput) : {};
  const attendees = patch.attendees ? await prepareAttendees(deps, access, snapshot, patch.attendees) : undefined;
  const existingAgenda = await repo.selectAgendaItems(deps.db, id);
  if (patch.agenda) {
    for (const [i, item] of patch.agenda.entries()) {
      if (item.id && !existingAgenda.some((a) => a.id === item.id)) {
        throw new AppError('validation_failed', { field: `agenda.${i}.id`, messageKey: 'followup.agenda_item_not_in_meeting' });
      }
      if (item.presenterPostId && !snapshot.posts.has(item.presenterPostId)) {
        throw new AppError('validation_failed', { field: `agenda.${i}.presenterPostId`, messageKey: 'followup.other_administration' });
      }
    }
    const removed = existingAgenda.filter((a) => !patch.agenda!.some((i) => i.id === a.id)).map((a) => a.id);
    if ((await repo.selectAgendaItemsWithDecisions(deps.db, removed)).length > 0) {
      throw new AppError('conflict', { field: 'agenda', messageKey: 'followup.agenda_item_has_decisions' });
    }
  }
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const locked = await repo.selectMeetingForUpdate(tx, access.administrationId, id);
    const after = await repo.updateMeeting(tx, id, {
      title: patch.title ?? locked!.title,
      date,
      startTime: patch.startTime === undefined ? locked!.startTime : patch.startTime,
      place: patch.place ?? locked!.place,
      programmeId,
      ...chair,
      minutes: patch.minutes ?? locked!.minutes,
      minutesUpdatedAt: patch.minutes !== undefined && patch.minutes !== locked!.minutes ? now : locked!.minutesUpdatedAt,
      updatedAt: now,
    });
    if (attendees) await repo.replaceAttendees(tx, id, attendees);
    if (patch.agenda) {
      const kept = patch.agenda.filter((a) => a.id).map((a) => a.id!);
      await repo.deleteAgendaItems(
        tx,
        existingAgenda.filter((a) => !kept.includes(a.id)).map((a) => a.id),
      );
      for (const [position, item] of patch.agenda.entries()) {
        const values = { title: item.title, notes: item.notes, presenterPostId: item.presenterPostId ?? null, position };
        if (item.id) await repo.updateAgendaItem(tx, item.id, values);
        else await repo.insertAgendaItems(tx, [{ ...values, administrationId: access.administrationId, meetingId: id }]);
      }
    }
    await recordAudit(tx, access, {
      action: 'meeting.update',
      entityType: 'meeting',
      entityId: id,
      before: { ...locked, agenda: patch.agenda ? existingAgenda : undefined },
      after: { ...after, attendees, agenda: patch.agenda },
    });
  });
  return getMeeting(deps, access, id);
}

// The meeting as the caller may see it: decisions they may not see are left out, as from any list.
export async function getMeeting(deps: Deps, access: Access, id: string): Promise<TMeetingDetail> {
  assertCan(access, 'followup.read');
  const meeting = await repo.selectMeeting(deps.db, access.administrationId, id);
  if (!meeting) throw notFound('meeting');
  const today = todayOf(deps);
  const viewer = await loadViewer(deps.db, access, today);
  const previous = await repo.selectPreviousMeeting(deps.db, meeting);
  const rows = await directivesRepo.selectDirectives(
    deps.db,
    { administrationId: access.administrationId, viewer, today, meetingIds: [meeting.id, ...(previous ? [previous.id] : [])] },
    'reference',
  );
  const decisions = await presentDirectives(deps.db, access.administrationId, rows, today);
  const [attendees, agenda, attachments, indicatorsBehind] = await Promise.all([
    repo.selectAttendees(deps.db, id),
    repo.selectAgendaItems(deps.db, id),
    listAttachments(deps.db, access.administrationId, 'meeting', [id]),
    // an operational dialogue de gestion also opens with its programme's indicators behind target
    meeting.kind === 'operational_dialogue' && meeting.programmeId
      ? listProgrammeIndicatorsBehind(deps.db, access, meeting.programmeId)
      : null,
  ]);
  const own = decisions.filter((d) => d.meetingId === meeting.id);
  return {
    ...presentMeeting(meeting),
    attendees: attendees.map((a) => ({ id: a.id, postId: a.postId, personId: a.personId, name: a.name, isPresent: a.isPresent })),
    agenda: agenda.map((a) => ({
      id: a.id,
      position: a.position,
      title: a.title,
      notes: a.notes,
      presenterPostId: a.presenterPostId,
      decisions: own.filter((d) => d.agendaItemId === a.id),
    })),
    decisions: own.filter((d) => !d.agendaItemId),
    minutes: meeting.minutes,
    minutesUpdatedAt: meeting.minutesUpdatedAt?.toISOString() ?? null,
    attachments: attachments.map((a) =>
      presentAttachment(a, `/api/administrations/${access.administrationId}/meetings/${id}/attachments/${a.id}`),
    ),
    previousMeeting: previous
      ? { id: previous.id, title: previous.title, date: previous.date, items: decisions.filter((d) => d.meetingId === previous.id) }
      : null,
    indicatorsBehind,
  };
}

// Each decision of the minutes becomes a tracked directive or recommendation, all in one transaction.
export async function addDecisions(deps: Deps, access: Access, id: string, body: z.infer<typeof ZDecisionsBody>) {
  assertCan(access, 'followup.issue');
  const meeting = await repo.selectMeeting(deps.db, access.administrationId, id);
  if (!meeting) throw notFound('meeting');
  const snapshot = await loadOrgSnapshot(deps.db, access.administrationId, meeting.date);
  const chairPost = meeting.chairPostId ? snapshot.posts.get(meeting.chairPostId) : undefined;
  // issued by the chair when the chair may issue (the head, or the DC in the head's absence)
  const defaultIssuer = chairPost && issuerFunctions.has(chairPost.function) ? chairPost.id : undefined;
  const items = body.decisions.map((d, i) => ({
    input: {
      ...d,
      sourceType: 'meeting' as const,
      meetingId: meeting.id,
      issuedOn: meeting.date,
      issuedByPostId: d.issuedByPostId ?? defaultIssuer,
    },
    field: `decisions.${i}`,
  }));
  return { items: await createDirectives(deps, access, items) };
}
