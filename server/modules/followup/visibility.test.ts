import { describe, expect, it } from 'vitest';
import { buildViewerProfile, canSee, type VisibilityFacts } from './visibility.js';

// cabinet (cab) and general secretariat (sg) at the top; a directorate (dir) with a service (svc) under the SG
const structures = new Map(
  [
    { id: 'cab', parentId: null, kind: 'cabinet' },
    { id: 'cab-sec', parentId: 'cab', kind: 'secretariat' },
    { id: 'sg', parentId: null, kind: 'general_secretariat' },
    { id: 'dir', parentId: 'sg', kind: 'directorate' },
    { id: 'svc', parentId: 'dir', kind: 'service' },
    { id: 'other', parentId: 'sg', kind: 'directorate' },
  ].map((s) => [s.id, s]),
);
const post = (id: string, structureId: string, fn: string, isHeadOfStructure = false) => ({
  id,
  structureId,
  function: fn,
  isHeadOfStructure,
});
const viewers = {
  head: buildViewerProfile('p-head', [post('head', 'cab', 'head')], structures),
  dc: buildViewerProfile('p-dc', [post('dc', 'cab', 'chief_of_staff', true)], structures),
  adviser: buildViewerProfile('p-adv', [post('adv', 'cab', 'adviser')], structures),
  cabinetClerk: buildViewerProfile('p-clerk', [post('clerk', 'cab-sec', 'member')], structures),
  sg: buildViewerProfile('p-sg', [post('sg', 'sg', 'secretary_general', true)], structures),
  director: buildViewerProfile('p-dir', [post('dir', 'dir', 'head_of_structure', true)], structures),
  serviceHead: buildViewerProfile('p-svc', [post('svc', 'svc', 'head_of_structure', true)], structures),
  otherDirector: buildViewerProfile('p-oth', [post('oth', 'other', 'head_of_structure', true)], structures),
  platform: buildViewerProfile(null, [], structures),
};
const item = (confidentiality: VisibilityFacts['confidentiality'], extra: Partial<VisibilityFacts> = {}): VisibilityFacts => ({
  confidentiality,
  leadStructureId: 'dir',
  leadPostId: null,
  issuedByPostId: 'head',
  createdByPersonId: 'p-dc',
  coAssignees: [],
  ...extra,
});
const whoSees = (facts: VisibilityFacts) =>
  Object.entries(viewers)
    .filter(([, v]) => canSee(v, facts))
    .map(([name]) => name);

describe('confidentiality', () => {
  it('shows normal items to every member', () => {
    expect(whoSees(item('normal'))).toHaveLength(Object.keys(viewers).length);
  });

  it('shows sensitive items to the cabinet, the SG and the assigned structures (above and below)', () => {
    expect(whoSees(item('sensitive'))).toEqual(['head', 'dc', 'adviser', 'cabinetClerk', 'sg', 'director', 'serviceHead']);
  });

  it('shows reserved items to the head, the DC and the people named on them only', () => {
    expect(whoSees(item('reserved'))).toEqual(['head', 'dc', 'director']);
    expect(whoSees(item('reserved', { leadStructureId: 'svc', leadPostId: 'svc' }))).toEqual(['head', 'dc', 'serviceHead']);
    expect(whoSees(item('reserved', { coAssignees: [{ structureId: 'other', postId: null }] }))).toEqual([
      'head',
      'dc',
      'director',
      'otherDirector',
    ]);
  });

  it('counts the issuer and the person who recorded the item as named', () => {
    expect(whoSees(item('reserved', { issuedByPostId: 'sg', leadStructureId: 'other' }))).toEqual(['head', 'dc', 'sg', 'otherDirector']);
    expect(whoSees(item('reserved', { createdByPersonId: 'p-adv', leadStructureId: 'other' }))).toContain('adviser');
  });
});
