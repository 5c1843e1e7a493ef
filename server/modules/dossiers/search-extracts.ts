// ts_headline marks matches with control characters (never HTML): cut its output into extracts made of
// plain and matching parts, which the client renders safely.
export const MATCH_START = '\u0002';
export const MATCH_STOP = '\u0003';
export const FRAGMENT_SEPARATOR = '\u0004';

export type ExtractPart = { text: string; isMatch: boolean };

export function splitHeadline(headline: string): ExtractPart[][] {
  return headline
    .split(FRAGMENT_SEPARATOR)
    .map((fragment) => {
      const parts: ExtractPart[] = [];
      for (const [i, piece] of fragment.split(new RegExp(`[${MATCH_START}${MATCH_STOP}]`)).entries()) {
        const text = piece.replace(/\s+/g, ' ');
        if (text) parts.push({ text, isMatch: i % 2 === 1 });
      }
      return parts;
    })
    .filter((parts) => parts.some((p) => p.isMatch));
}
