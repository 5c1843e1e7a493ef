import { describe, expect, it } from 'vitest';
import type { OrgSnapshot } from '../organisation/acting.js';
import type { PostHolder } from '../organisation/holders.service.js';
import { createProfileLookup, filterAllowed, resolveRecipients } from './reminder-recipients.js';
import type { VisibilityFacts } from './visibility.js';

const person = (personId: string, isAbsent = false): PostHolder => ({
  personId,
  fullName: personId,
  civility: 'M.',
  isInterim: false,
  isAbsent,
  legalReference: null,
});
const structures = [
  { id: 'cab', parentId: null, kind: 'cabinet' },
  { id: 'sg', parentId: null, kind: 'general_secretariat' },
  { id: 'dir', parentId: 'sg', kind: 'directorate' },
  { id: 'svc', parentId: 'dir', kind: 'service' },
];
const posts = [
  { id: 'minister', structureId: 'cab', function: 'head', isHeadOfStructure: false },
  { id: 'dc', structureId: 'cab', function: 'chief_of_staff', isHeadOfStructure: true },
  { id: 'sg', structureId: 'sg', function: 'secretary_general', isHeadOfStructure: true },
  { id: 'director', structureId: 'dir', function: 'head_of_structure', isHeadOfStructure: true },
  { id: 'service-head', structureId: 'svc', function: 'head_of_structure', isHeadOfStructure: true },
  { id: 'agent', structureId: 'svc', function: 'member', isHeadOfStructure: false },
];

function snapshot(holders: Record<string, PostHolder[]>, acting: Record<string, PostHolder[]> = {}): OrgSnapshot {
  return {
    onDate: '2026-12-01',
    posts: new Map(posts.map((p) => [p.id, { ...p, title: p.id, acronym: null }])),
    structures: new Map(structures.map((s) => [s.id, { ...s, name: s.id, acronym: null }])),
    holders: new Map(posts.map((p) => [p.id, { holders: holders[p.id] ?? [], acting: acting[p.id] ?? [] }])),
    successionRules: [],
  };
}
const everyone = {
  minister: [person('m')],
  dc: [person('d')],
  sg: [person('s')],
  director: [person('r')],
  'service-head': [person('h')],
  agent: [person('a')],
};
const item = (extra: Partial<VisibilityFacts> = {}): VisibilityFacts => ({
  confidentiality: 'normal',
  leadStructureId: 'svc',
  leadPostId: null,
  issuedByPostId: 'minister',
  createdByPersonId: null,
  coAssignees: [],
  ...extra,
});
const ids = (list: { personId: string }[]) => list.map((r) => r.personId);

describe('recipients of a reminder', () => {
  it('goes to the head of the assigned structure, then up the ladder', () => {
    const s = snapshot(everyone);
    expect(ids(resolveRecipients(s, item(), 'assignee'))).toEqual(['h']);
    expect(ids(resolveRecipients(s, item(), 'head_of_structure'))).toEqual(['r']);
    expect(ids(resolveRecipients(s, item(), 'secretary_general'))).toEqual(['s']);
    expect(ids(resolveRecipients(s, item(), 'chief_of_staff'))).toEqual(['d']);
  });

  it('goes to the holder of a named post, whose head is then their own structure’s', () => {
    const s = snapshot(everyone);
    const named = item({ leadPostId: 'agent' });
    expect(ids(resolveRecipients(s, named, 'assignee'))).toEqual(['a']);
    expect(ids(resolveRecipients(s, named, 'head_of_structure'))).toEqual(['h']);
  });

  it('skips an absent or missing head and climbs to the next one present', () => {
    const s = snapshot({ ...everyone, 'service-head': [person('h', true)] });
    expect(ids(resolveRecipients(s, item(), 'assignee'))).toEqual(['r']);
    const acting = snapshot({ ...everyone, 'service-head': [person('h', true)] }, { 'service-head': [person('i')] });
    expect(ids(resolveRecipients(acting, item(), 'assignee'))).toEqual(['i']);
  });

  it('drops whoever may not see the item', () => {
    const s = snapshot(everyone);
    const reserved = item({ confidentiality: 'reserved' });
    const profileOf = createProfileLookup(s);
    expect(ids(filterAllowed(resolveRecipients(s, reserved, 'assignee'), reserved, profileOf))).toEqual(['h']);
    expect(ids(filterAllowed(resolveRecipients(s, reserved, 'head_of_structure'), reserved, profileOf))).toEqual([]);
    expect(ids(filterAllowed(resolveRecipients(s, reserved, 'secretary_general'), reserved, profileOf))).toEqual([]);
    expect(ids(filterAllowed(resolveRecipients(s, reserved, 'chief_of_staff'), reserved, profileOf))).toEqual(['d']);
  });
});
