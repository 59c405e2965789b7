import fc from 'fast-check';

/**
 * The planted instance space of the search tests: "pick d, then a vector of length d, normalise
 * it", as a reviewer writes it, through .chain, .filter and .map, so no value-level mutation can
 * be recognised by the arbitrary. A claim violated only where Σuᵢ³ lies within W of 0.6 covers
 * ≈ 0.3% of it (tests/claims/choice_search.test.ts measures the density by sampling).
 */
export const normalise = (v: number[]) => {
  const n = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  return v.map((x) => x / n);
};
export const direction = fc
  .integer({ min: 2, max: 6 })
  .chain((d) => fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: d, maxLength: d }))
  .filter((v) => v.some((x) => x !== 0))
  .map(normalise);
export const cubes = (u: number[]) => u.reduce((s, x) => s + x ** 3, 0);
export const W = 0.0026;
