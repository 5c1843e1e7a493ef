// The second half of the import plan: attributions, people, assignments and interims (pure).
import { normalise, sheets } from './organisation-workbook.js';
import {
  civilities,
  indexUnique,
  isEmail,
  matcher,
  hasChanged,
  type Existing,
  type ImportPlan,
  type ReadWorkbook,
  type RowReader,
} from './import-rows.js';
import type { SheetId, SheetRow } from './organisation-workbook.js';

// What the first half (ranks, structures, posts) found: keys of the workbook and how to resolve references.
export type PeopleContext = {
  input: ReadWorkbook;
  existing: Existing;
  plan: ImportPlan;
  newId: () => string;
  reader: (id: SheetId, row: SheetRow) => RowReader;
  structureByKey: Map<string, string>;
  postByKey: Map<string, string>;
  structureIds: Set<string>;
  findStructure: (name: string) => { id: string } | undefined;
  findPost: (name: string) => { id: string } | undefined;
  resolvePost: (value: string) => string | undefined;
};

export function planPeople(ctx: PeopleContext) {
  const { input, existing, plan, newId, reader, structureByKey, postByKey, structureIds, findStructure, findPost, resolvePost } = ctx;
  // --- attributions: added to their owner unless already there ---
  const ownerTexts = new Map<string, Set<string>>();
  for (const a of existing.attributions) {
    const owner = a.structureId ?? a.postId!;
    ownerTexts.set(owner, (ownerTexts.get(owner) ?? new Set()).add(normalise(a.text)));
  }
  for (const row of input.attributions.rows) {
    const r = reader('attributions', row);
    const ownerRef = r.text('owner', 300, true);
    const text = r.text('text', 2000, true);
    if (!ownerRef || !text) continue;
    const owner =
      structureByKey.get(normalise(ownerRef)) ??
      postByKey.get(normalise(ownerRef)) ??
      findStructure(ownerRef)?.id ??
      findPost(ownerRef)?.id;
    if (!owner) {
      r.refuse('owner', 'import.unknown_key', { sheet: `${sheets.structures.name} / ${sheets.posts.name}`, value: ownerRef });
      continue;
    }
    const texts = ownerTexts.get(owner) ?? new Set<string>();
    if (texts.has(normalise(text))) continue;
    ownerTexts.set(owner, texts.add(normalise(text)));
    const isStructure = structureIds.has(owner);
    plan.attributions.create.push({
      structureId: isStructure ? owner : null,
      postId: isStructure ? null : owner,
      text,
      position: texts.size - 1,
    });
  }

  // --- persons ---
  const personByKey = new Map<string, string>();
  const personRows = new Map<string, number>();
  const byEmail = indexUnique(existing.persons, (p) => [p.email]);
  const matchByEmail = matcher(existing.persons, (p) => p.email);
  const matchByName = matcher(existing.persons, (p) => `${p.firstName} ${p.lastName}`);
  for (const row of input.persons.rows) {
    const r = reader('persons', row);
    const key = r.text('key', 60, true);
    const civilityText = r.text('civility', 20, true);
    const civility = civilityText
      ? (civilities[normalise(civilityText)] ?? r.refuse('civility', 'import.invalid_choice', { value: civilityText, choices: 'M., Mme' }))
      : undefined;
    const firstName = r.text('firstName', 100, true);
    const lastName = r.text('lastName', 100, true);
    const email = r.text('email', 254);
    if (email && !isEmail(email)) r.refuse('email', 'import.invalid_email');
    const phone = r.text('phone', 40);
    const before =
      (email ? matchByEmail(email) : undefined) ?? (firstName && lastName ? matchByName(`${firstName} ${lastName}`) : undefined);
    const id = before?.id ?? newId();
    if (key && personRows.has(normalise(key)))
      r.refuse('key', 'import.duplicate_key', { value: key, row: personRows.get(normalise(key))! });
    else if (key) {
      personRows.set(normalise(key), row.row);
      personByKey.set(normalise(key), id);
    }
    if (!key || !civility || !firstName || !lastName || email === undefined || phone === undefined || (email && !isEmail(email))) continue;
    const values = { id, civility, firstName, lastName, email: email || null, phone: phone || before?.phone || null };
    if (!before) plan.persons.create.push(values);
    else if (hasChanged(before, values)) plan.persons.update.push({ before, after: values });
  }
  const resolvePerson = (value: string) => personByKey.get(normalise(value)) ?? byEmail(value)?.id;

  // --- assignments and interims ---
  const knownAssignments = new Set(existing.assignments.map((a) => `${a.personId}|${a.postId}|${a.startDate}`));
  for (const row of input.assignments.rows) {
    const r = reader('assignments', row);
    const personRef = r.text('person', 300, true);
    const postRef = r.text('post', 300, true);
    const personId = personRef ? resolvePerson(personRef) : undefined;
    const postId = postRef ? resolvePost(postRef) : undefined;
    if (personRef && !personId) r.refuse('person', 'import.unknown_key', { sheet: sheets.persons.name, value: personRef });
    if (postRef && !postId) r.refuse('post', 'import.unknown_key', { sheet: sheets.posts.name, value: postRef });
    const startDate = r.date('startDate', true);
    const endDate = r.date('endDate', false);
    if (startDate && endDate && endDate < startDate) r.refuse('endDate', 'import.end_before_start');
    if (!personId || !postId || !startDate || endDate === undefined || (endDate && endDate < startDate)) continue;
    const key = `${personId}|${postId}|${startDate}`;
    if (knownAssignments.has(key)) continue;
    knownAssignments.add(key);
    plan.assignments.create.push({ personId, postId, startDate, endDate });
  }
  const interimsOfPost = new Map<string, { personId: string; startDate: string; endDate: string }[]>();
  for (const i of existing.interims) interimsOfPost.set(i.postId, [...(interimsOfPost.get(i.postId) ?? []), i]);
  for (const row of input.interims.rows) {
    const r = reader('interims', row);
    const postRef = r.text('post', 300, true);
    const personRef = r.text('person', 300, true);
    const postId = postRef ? resolvePost(postRef) : undefined;
    const personId = personRef ? resolvePerson(personRef) : undefined;
    if (postRef && !postId) r.refuse('post', 'import.unknown_key', { sheet: sheets.posts.name, value: postRef });
    if (personRef && !personId) r.refuse('person', 'import.unknown_key', { sheet: sheets.persons.name, value: personRef });
    const startDate = r.date('startDate', true);
    const endDate = r.date('endDate', true);
    if (startDate && endDate && endDate < startDate) r.refuse('endDate', 'import.end_before_start');
    const legalReference = r.text('legalReference', 300, true);
    const reason = r.text('reason', 500);
    if (!postId || !personId || !startDate || !endDate || endDate < startDate || !legalReference || reason === undefined) continue;
    const others = interimsOfPost.get(postId) ?? [];
    if (others.some((o) => o.personId === personId && o.startDate === startDate)) continue;
    if (others.some((o) => o.endDate >= startDate && o.startDate <= endDate)) {
      r.refuse('startDate', 'conflict.interim_overlap');
      continue;
    }
    interimsOfPost.set(postId, [...others, { personId, startDate, endDate }]);
    plan.interims.create.push({ postId, personId, startDate, endDate, legalReference, reason });
  }
}
