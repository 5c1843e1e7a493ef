// Who acts for a post on a date (pure). Seed 000: in the minister's absence the DC, else the DAC, chairs
// the management committee; such rules are succession_rules rows, walked in position order.
export type SuccessionContext = 'management_committee' | 'any';

export type Occupant = { personId: string; fullName: string; isAbsent: boolean };

// One post on the date: who holds it (assignment) and who acts for it (interim).
export type PostOccupancy = { postId: string; postTitle: string; holders: Occupant[]; interims: Occupant[] };

export type SuccessionRule = { context: SuccessionContext; position: number; substitutePostId: string };

export type ActingBasis = 'holder' | 'interim' | 'succession';

export type ActingResolution = {
  holder: { personId: string; fullName: string } | null;
  isHolderAbsent: boolean;
  acting: { personId: string; fullName: string; postId: string; postTitle: string; basis: ActingBasis } | null;
};

// A post is covered by a holder who is not absent, else by an acting person (interim) who is not absent.
function findPresent(post: PostOccupancy): { person: Occupant; basis: 'holder' | 'interim' } | null {
  const holder = post.holders.find((h) => !h.isAbsent);
  if (holder) return { person: holder, basis: 'holder' };
  const interim = post.interims.find((i) => !i.isAbsent);
  return interim ? { person: interim, basis: 'interim' } : null;
}

// Rules of the asked context first, then the general ones ('any'), each in position order.
export function orderRules(rules: SuccessionRule[], context: SuccessionContext): SuccessionRule[] {
  const byPosition = (a: SuccessionRule, b: SuccessionRule) => a.position - b.position;
  const specific = context === 'any' ? [] : rules.filter((r) => r.context === context).sort(byPosition);
  return [...specific, ...rules.filter((r) => r.context === 'any').sort(byPosition)];
}

export function resolveActing(input: {
  postId: string;
  context: SuccessionContext;
  occupancy: ReadonlyMap<string, PostOccupancy>;
  rules: SuccessionRule[];
}): ActingResolution {
  const post = input.occupancy.get(input.postId) ?? { postId: input.postId, postTitle: '', holders: [], interims: [] };
  const firstHolder = post.holders.find((h) => !h.isAbsent) ?? post.holders[0] ?? null;
  const holder = firstHolder ? { personId: firstHolder.personId, fullName: firstHolder.fullName } : null;
  const isHolderAbsent = firstHolder?.isAbsent ?? false;
  const describe = (p: PostOccupancy, person: Occupant, basis: ActingBasis) => ({
    personId: person.personId,
    fullName: person.fullName,
    postId: p.postId,
    postTitle: p.postTitle,
    basis,
  });

  const own = findPresent(post);
  if (own) return { holder, isHolderAbsent, acting: describe(post, own.person, own.basis) };

  const seen = new Set([input.postId]);
  for (const rule of orderRules(input.rules, input.context)) {
    if (seen.has(rule.substitutePostId)) continue;
    seen.add(rule.substitutePostId);
    const substitute = input.occupancy.get(rule.substitutePostId);
    if (!substitute) continue;
    const present = findPresent(substitute);
    if (present) return { holder, isHolderAbsent, acting: describe(substitute, present.person, 'succession') };
  }
  return { holder, isHolderAbsent, acting: null };
}
