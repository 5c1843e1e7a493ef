// Loads the demo agenda (demo-agenda-data.ts) into the demo administrations, in the demo loader's transaction.
import { eq } from 'drizzle-orm';
import { hashToken, newToken } from '../../platform/auth/tokens.js';
import type { Tx } from '../../platform/db/client.js';
import { agendaEventParticipants, agendaEvents, audienceRequests, eventBriefings, eventDecisions } from '../agenda/agenda.tables.js';
import { persons, posts, structures } from '../organisation/organisation.tables.js';
import { demoAgendas, type DemoAgenda, type DemoEvent } from './demo-agenda-data.js';

const localInstant = (value: string) => new Date(`${value}:00+01:00`);
const localDayStart = (day: string) => new Date(`${day}T00:00:00+01:00`);
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function timesOf(e: DemoEvent) {
  if (e.start.length === 10) return { isAllDay: true, startsAt: localDayStart(e.start), endsAt: localDayStart(nextDay(e.end)) };
  return { isAllDay: false, startsAt: localInstant(e.start), endsAt: localInstant(e.end) };
}

async function loadAgenda(tx: Tx, administrationId: string, demo: DemoAgenda) {
  const personRows = await tx
    .select({ id: persons.id, email: persons.email })
    .from(persons)
    .where(eq(persons.administrationId, administrationId));
  const postRows = await tx
    .select({ id: posts.id, acronym: posts.acronym })
    .from(posts)
    .where(eq(posts.administrationId, administrationId));
  const structureRows = await tx
    .select({ id: structures.id, acronym: structures.acronym })
    .from(structures)
    .where(eq(structures.administrationId, administrationId));
  const find = (rows: { id: string }[], key: string, label: string, value: string) => {
    const row = rows.find((r) => (r as Record<string, unknown>)[key] === value);
    if (!row) throw new Error(`Demo agenda ${demo.code}: unknown ${label} ${value}`);
    return row.id;
  };
  const person = (email: string) => find(personRows, 'email', 'person', email);
  const post = (acronym: string) => find(postRows, 'acronym', 'post', acronym);
  const structure = (acronym: string) => find(structureRows, 'acronym', 'structure', acronym);

  const eventIds = new Map<string, string>();
  for (const e of demo.events) {
    const [row] = await tx
      .insert(agendaEvents)
      .values({
        administrationId,
        kind: e.kind,
        title: e.title,
        place: e.place ?? null,
        description: e.description ?? null,
        ...timesOf(e),
        visibility: e.visibility,
        representativePersonId: e.representative?.personEmail ? person(e.representative.personEmail) : null,
        representativePostId: e.representative?.postAcronym ? post(e.representative.postAcronym) : null,
      })
      .returning({ id: agendaEvents.id });
    eventIds.set(e.key, row!.id);
    const participants = [
      ...(e.participants?.personEmails ?? []).map((email) => ({ personId: person(email) })),
      ...(e.participants?.postAcronyms ?? []).map((acronym) => ({ postId: post(acronym) })),
      ...(e.participants?.external ?? []).map((externalName) => ({ externalName })),
    ];
    if (participants.length > 0)
      await tx.insert(agendaEventParticipants).values(participants.map((p) => ({ administrationId, eventId: row!.id, ...p })));
  }
  const eventId = (key: string) => {
    const id = eventIds.get(key);
    if (!id) throw new Error(`Demo agenda ${demo.code}: unknown event ${key}`);
    return id;
  };

  for (const b of demo.briefings) {
    await tx.insert(eventBriefings).values({
      administrationId,
      eventId: eventId(b.eventKey),
      requestedFromPersonId: b.fromPersonEmail ? person(b.fromPersonEmail) : null,
      requestedFromStructureId: b.fromStructureAcronym ? structure(b.fromStructureAcronym) : null,
      dueOn: b.dueOn,
      instructions: b.instructions,
      content: b.written?.content ?? null,
      writtenAt: b.written ? localInstant(b.written.on) : null,
      writtenByName: b.written?.byName ?? null,
    });
  }
  if (demo.decisions.length > 0)
    await tx.insert(eventDecisions).values(
      demo.decisions.map((d, position) => ({
        administrationId,
        eventId: eventId(d.eventKey),
        position,
        text: d.text,
        leadStructureId: structure(d.leadStructureAcronym),
        dueOn: d.dueOn,
      })),
    );
  for (const [i, r] of demo.audienceRequests.entries()) {
    await tx.insert(audienceRequests).values({
      administrationId,
      reference: `DA-2026-${String(i + 1).padStart(4, '0')}`,
      source: 'public',
      // nobody holds the link of a demo request: its token is thrown away
      trackingTokenHash: hashToken(newToken()),
      requesterName: r.requesterName,
      organisation: r.organisation ?? null,
      email: r.email,
      phone: r.phone ?? null,
      subject: r.subject,
      preferredDates: r.preferredDates,
      createdAt: localInstant(r.createdAt),
      status: r.accepted ? 'accepted' : 'pending',
      eventId: r.accepted ? eventId(r.accepted.eventKey) : null,
      decidedAt: r.accepted ? localInstant(r.accepted.decidedAt) : null,
    });
  }
}

// Called once by the demo loader, after the administrations, in its transaction.
export async function loadDemoAgendas(tx: Tx, administrations: { code: string; administrationId: string }[]) {
  for (const a of administrations) {
    const demo = demoAgendas.find((d) => d.code === a.code);
    if (demo) await loadAgenda(tx, a.administrationId, demo);
  }
}
