import { describe, expect, it } from 'vitest';
import { orderRules, resolveActing, type Occupant, type PostOccupancy, type SuccessionRule } from './resolve-acting.js';

const person = (id: string, isAbsent = false): Occupant => ({ personId: id, fullName: `Person ${id}`, isAbsent });
const post = (postId: string, holders: Occupant[] = [], interims: Occupant[] = []): PostOccupancy => ({
  postId,
  postTitle: `Post ${postId}`,
  holders,
  interims,
});
const occupancyOf = (...posts: PostOccupancy[]) => new Map(posts.map((p) => [p.postId, p]));

// Seed 000: in the minister's absence the DC, else the DAC, chairs the management committee.
const ministerRules: SuccessionRule[] = [
  { context: 'management_committee', position: 1, substitutePostId: 'dac' },
  { context: 'management_committee', position: 0, substitutePostId: 'dc' },
];

describe('resolveActing', () => {
  it('gives the holder when present', () => {
    const result = resolveActing({
      postId: 'minister',
      context: 'management_committee',
      occupancy: occupancyOf(post('minister', [person('m')]), post('dc', [person('d')])),
      rules: ministerRules,
    });
    expect(result).toEqual({
      holder: { personId: 'm', fullName: 'Person m' },
      isHolderAbsent: false,
      acting: { personId: 'm', fullName: 'Person m', postId: 'minister', postTitle: 'Post minister', basis: 'holder' },
    });
  });

  it('gives the interim when the holder is absent', () => {
    const result = resolveActing({
      postId: 'dc',
      context: 'any',
      occupancy: occupancyOf(post('dc', [person('d', true)], [person('x')]), post('dac', [person('a')])),
      rules: [{ context: 'any', position: 0, substitutePostId: 'dac' }],
    });
    expect(result.isHolderAbsent).toBe(true);
    expect(result.acting).toMatchObject({ personId: 'x', postId: 'dc', basis: 'interim' });
  });

  it('gives the interim when the post is vacant', () => {
    const result = resolveActing({ postId: 'dc', context: 'any', occupancy: occupancyOf(post('dc', [], [person('x')])), rules: [] });
    expect(result.holder).toBeNull();
    expect(result.isHolderAbsent).toBe(false);
    expect(result.acting).toMatchObject({ personId: 'x', basis: 'interim' });
  });

  it('walks the succession rules in position order when the head is absent', () => {
    const result = resolveActing({
      postId: 'minister',
      context: 'management_committee',
      occupancy: occupancyOf(post('minister', [person('m', true)]), post('dc', [person('d')]), post('dac', [person('a')])),
      rules: ministerRules,
    });
    expect(result.holder).toEqual({ personId: 'm', fullName: 'Person m' });
    expect(result.isHolderAbsent).toBe(true);
    expect(result.acting).toEqual({ personId: 'd', fullName: 'Person d', postId: 'dc', postTitle: 'Post dc', basis: 'succession' });
  });

  it('skips an absent substitute, and takes the interim of a substitute post', () => {
    const occupancy = occupancyOf(
      post('minister', [person('m', true)]),
      post('dc', [person('d', true)]),
      post('dac', [person('a', true)], [person('i')]),
    );
    const result = resolveActing({ postId: 'minister', context: 'management_committee', occupancy, rules: ministerRules });
    expect(result.acting).toMatchObject({ personId: 'i', postId: 'dac', basis: 'succession' });
  });

  it('uses only the rules of the context, then the general ones', () => {
    const occupancy = occupancyOf(post('minister', [person('m', true)]), post('dc', [person('d')]), post('sg', [person('s')]));
    const rules: SuccessionRule[] = [...ministerRules, { context: 'any', position: 0, substitutePostId: 'sg' }];
    expect(resolveActing({ postId: 'minister', context: 'any', occupancy, rules }).acting).toMatchObject({ personId: 's' });
    expect(resolveActing({ postId: 'minister', context: 'management_committee', occupancy, rules }).acting).toMatchObject({
      personId: 'd',
    });
  });

  it('returns nobody when no rule applies', () => {
    const result = resolveActing({
      postId: 'minister',
      context: 'any',
      occupancy: occupancyOf(post('minister', [person('m', true)]), post('dc', [person('d')])),
      rules: ministerRules,
    });
    expect(result).toEqual({ holder: { personId: 'm', fullName: 'Person m' }, isHolderAbsent: true, acting: null });
  });

  it('never lets a post stand in for itself', () => {
    const result = resolveActing({
      postId: 'dc',
      context: 'any',
      occupancy: occupancyOf(post('dc', [person('d', true)])),
      rules: [{ context: 'any', position: 0, substitutePostId: 'dc' }],
    });
    expect(result.acting).toBeNull();
  });
});

describe('orderRules', () => {
  it('puts the asked context first, then the general rules, each by position', () => {
    const rules: SuccessionRule[] = [
      { context: 'any', position: 1, substitutePostId: 'b' },
      { context: 'management_committee', position: 1, substitutePostId: 'y' },
      { context: 'any', position: 0, substitutePostId: 'a' },
      { context: 'management_committee', position: 0, substitutePostId: 'x' },
    ];
    expect(orderRules(rules, 'management_committee').map((r) => r.substitutePostId)).toEqual(['x', 'y', 'a', 'b']);
    expect(orderRules(rules, 'any').map((r) => r.substitutePostId)).toEqual(['a', 'b']);
  });
});
