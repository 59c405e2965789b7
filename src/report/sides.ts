import type { ClaimResult } from '../claims/result.ts';

/** The names a claim gives the two sides it compares (`sides: { lhs, rhs }`), when it gives them. */
export type Sides = NonNullable<ClaimResult['sides']>;

/** A side named in a sentence: the word followed by a number (`lhs -0.9413`, `rhs 0.9968`). */
const SIDE_VALUE = (side: 'lhs' | 'rhs') => new RegExp(`(?<![\\w/])${side} (?=[-−+]?(?:\\d|NaN|Infinity))`);

/**
 * A verdict's reason with its sides named: `(lhs -0.9413, rhs 0.9968)` becomes
 * `(lhs [slide's formula] -0.9413, rhs [autodiff] 0.9968)`. Only the first value of each side
 * is named (the sentence then reads on); `lhs − rhs` and text without sides stay as they are.
 */
export function nameSides(text: string, sides: Sides | undefined): string {
  if (!sides) return text;
  return text.replace(SIDE_VALUE('lhs'), `lhs [${sides.lhs}] `).replace(SIDE_VALUE('rhs'), `rhs [${sides.rhs}] `);
}

/** `lhs = slide's formula · rhs = autodiff`: the key to every lhs and rhs a card shows. */
export function sidesLegend(sides: Sides): string {
  return `lhs = ${sides.lhs} · rhs = ${sides.rhs}`;
}
