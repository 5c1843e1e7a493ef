import { describe, expect, it } from 'vitest';
import { FRAGMENT_SEPARATOR as SEP, MATCH_START as S, MATCH_STOP as E, splitHeadline } from './search-extracts.js';

describe('search extracts', () => {
  it('cuts a headline into plain and matching parts', () => {
    expect(splitHeadline(`le pont de ${S}Womey${E} doit être   réparé`)).toEqual([
      [
        { text: 'le pont de ', isMatch: false },
        { text: 'Womey', isMatch: true },
        { text: ' doit être réparé', isMatch: false },
      ],
    ]);
  });

  it('keeps several fragments, and drops those without a match', () => {
    const extracts = splitHeadline(`${S}sécurité${E} routière${SEP}rien ici${SEP}la ${S}securite${E}`);
    expect(extracts).toHaveLength(2);
    expect(extracts[1]).toEqual([
      { text: 'la ', isMatch: false },
      { text: 'securite', isMatch: true },
    ]);
  });

  it('leaves markup in the text as text', () => {
    expect(splitHeadline(`<b>${S}x${E}</b>`)[0]).toEqual([
      { text: '<b>', isMatch: false },
      { text: 'x', isMatch: true },
      { text: '</b>', isMatch: false },
    ]);
  });
});
