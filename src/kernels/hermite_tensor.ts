/**
 * The multivariate Hermite tensor S_t(x) = (−1)^t ∇^t φ(x)/φ(x) for the standard Gaussian
 * density φ on R^d (seed 003: S₁(x) = x, S₂(x) = xxᵀ − I, …), as a flat row-major array of
 * length d^t (entry (i₁,…,i_t) at Σ i_k d^{t−k}). Built by the recurrence
 * S_{t+1}(x)_{i,J} = x_i S_t(x)_J − Σ_{k} δ_{i j_k} S_{t−1}(x)_{J∖j_k}, the tensor form of
 * He_{t+1}(z) = z He_t(z) − t He_{t−1}(z). S₀ = [1].
 * @example hermiteTensor(2, Float64Array.of(1, 2)) // [0, 2, 2, 3] = xxᵀ − I
 */
export function hermiteTensor(t: number, x: ArrayLike<number>): Float64Array {
  if (!Number.isInteger(t) || t < 0) throw new RangeError(`hermiteTensor: order must be a non-negative integer, got ${t}`);
  const d = x.length;
  let prev = new Float64Array(0); // S_{s−1}
  let cur = Float64Array.of(1); // S_s
  for (let s = 0; s < t; s++) {
    const next = new Float64Array(cur.length * d);
    const inner = cur.length; // d^s
    for (let i = 0; i < d; i++)
      for (let J = 0; J < inner; J++) {
        let v = x[i]! * cur[J]!;
        // J's digits j_1…j_s (most significant first); removing digit k leaves an index of S_{s−1}
        for (let k = 0; k < s; k++) {
          const place = d ** (s - 1 - k);
          const digit = Math.floor(J / place) % d;
          if (digit !== i) continue;
          const high = Math.floor(J / (place * d)), low = J % place;
          v -= prev[high * place + low]!;
        }
        next[i * inner + J] = v;
      }
    prev = cur;
    cur = next;
  }
  return cur;
}
