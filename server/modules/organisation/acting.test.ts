import { describe, expect, it } from 'vitest';
import { resolveActing, type OrgSnapshot } from './acting.js';
import type { PostHolder } from './holders.service.js';

const person = (personId: string, isAbsent = false, legalReference: string | null = null): PostHolder => ({
  personId,
  fullName: personId,
  civility: 'M.',
  isInterim: legalReference !== null,
  isAbsent,
  legalReference,
});
const post = (id: string, fn: string) => ({ id, structureId: 'cab', title: id, acronym: null, function: fn, isHeadOfStructure: false });

function snapshot(holders: Record<string, { holders: PostHolder[]; acting: PostHolder[] }>): OrgSnapshot {
  return {
    onDate: '2026-11-20',
    posts: new Map([post('minister', 'head'), post('dc', 'chief_of_staff'), post('dac', 'deputy_chief_of_staff')].map((p) => [p.id, p])),
    structures: new Map([['cab', { id: 'cab', parentId: null, kind: 'cabinet', name: 'Cabinet', acronym: null }]]),
    holders: new Map(Object.entries(holders)),
    successionRules: [
      { postId: 'minister', context: 'management_committee', position: 0, substitutePostId: 'dc' },
      { postId: 'minister', context: 'management_committee', position: 1, substitutePostId: 'dac' },
    ],
  };
}

describe('who acts for a post (seed 000: the DC, else the DAC, chairs the CODIR in the minister’s absence)', () => {
  it('is the holder when present', () => {
    const s = snapshot({ minister: { holders: [person('adjovi')], acting: [] }, dc: { holders: [person('kpossou')], acting: [] } });
    expect(resolveActing(s, 'minister', 'management_committee')).toMatchObject({ postId: 'minister', basis: 'holder' });
  });

  it('is the DC when the minister is absent, then the DAC when the DC is absent too', () => {
    const absentMinister = { holders: [person('adjovi', true)], acting: [] };
    const s1 = snapshot({
      minister: absentMinister,
      dc: { holders: [person('kpossou')], acting: [] },
      dac: { holders: [person('houenou')], acting: [] },
    });
    const r1 = resolveActing(s1, 'minister', 'management_committee')!;
    expect(r1).toMatchObject({ postId: 'dc', basis: 'succession_rule' });
    expect(r1.absentHolders.map((h) => h.personId)).toEqual(['adjovi']);
    const s2 = snapshot({
      minister: absentMinister,
      dc: { holders: [person('kpossou', true)], acting: [] },
      dac: { holders: [person('houenou')], acting: [] },
    });
    expect(resolveActing(s2, 'minister', 'management_committee')).toMatchObject({ postId: 'dac', basis: 'succession_rule' });
  });

  it('prefers an interim named for the post itself, with its legal reference', () => {
    const s = snapshot({ minister: { holders: [person('adjovi', true)], acting: [person('other', false, 'Décret n°1')] } });
    expect(resolveActing(s, 'minister', 'management_committee')).toMatchObject({ basis: 'interim', legalReference: 'Décret n°1' });
  });

  it('applies the committee rules only in their context', () => {
    const s = snapshot({ minister: { holders: [person('adjovi', true)], acting: [] }, dc: { holders: [person('kpossou')], acting: [] } });
    expect(resolveActing(s, 'minister', 'any')).toBeNull();
  });
});
