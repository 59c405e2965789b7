import type { Mat } from '../tensor/dense.ts';
import { projectL1Ball } from './l1_ball_projection.ts';

/**
 * Constrained least squares min_c ½ cᵀ G c − bᵀ c subject to ‖c‖₁ ≤ R, by FISTA with projection
 * (Beck & Teboulle 2009), on the Gram form G = ΦᵀΦ/n, b = Φᵀy/n so an iteration costs O(N²)
 * whatever n is. With features φ_j(x) = relu(u_j·x), ‖u_j‖₁ = 1, ‖c‖₁ is exactly the ℓ1 path
 * norm Σ_j |c_j|‖u_j‖₁ of the network Σ_j c_j relu(u_j·x): this is path-norm-constrained ERM
 * over the networks with those inner weights.
 * @param lipschitz an upper bound on the largest eigenvalue of G (e.g. its trace)
 */
export function l1ConstrainedLeastSquares(G: Mat, b: Float64Array, radius: number, { iterations = 500, lipschitz }: { iterations?: number; lipschitz?: number } = {}): Float64Array {
  const N = b.length;
  let L = lipschitz ?? 0;
  if (!lipschitz) for (let i = 0; i < N; i++) L += G.data[i * N + i]!;
  let c: Float64Array = new Float64Array(N);
  let z: Float64Array = c;
  let t = 1;
  const grad = new Float64Array(N);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < N; i++) {
      let s = -b[i]!;
      for (let j = 0; j < N; j++) s += G.data[i * N + j]! * z[j]!;
      grad[i] = s;
    }
    const next = projectL1Ball(z.map((v, i) => v - grad[i]! / L), radius);
    const tn = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
    z = next.map((v, i) => v + ((t - 1) / tn) * (v - c[i]!));
    c = next;
    t = tn;
  }
  return c;
}
