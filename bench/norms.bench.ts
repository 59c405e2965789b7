import { mat } from '../src/tensor/dense.ts';
import { Rng } from '../src/tensor/rng.ts';
import { l1ConstrainedLeastSquares } from '../src/train/l1_constrained_ls.ts';
import { runStudentTeacherGd } from '../src/train/relu_student_teacher.ts';

/** Hot paths of the norms family: the FISTA loop of C7 (float64, O(N²) per step) and population student–teacher GD of C8. */
export async function bench(emit: (line: Record<string, unknown>) => void, ctx: { matmulGflops: number }): Promise<void> {
  const rng = new Rng(1);
  for (const N of [24, 40, 80]) {
    const A = mat(4 * N, N, rng.normals(4 * N * N));
    const G = mat(N, N);
    for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) { let s = 0; for (let r = 0; r < 4 * N; r++) s += A.data[r * N + i]! * A.data[r * N + j]!; G.data[i * N + j] = s / (4 * N); }
    const b = rng.normals(N);
    const iterations = 2000;
    const t0 = performance.now();
    l1ConstrainedLeastSquares(G, b, 1, { iterations });
    const ms = performance.now() - t0;
    const gflops = (2 * N * N * iterations) / (ms * 1e6);
    emit({ name: 'norms.fista-l1-ls', N, iterations, ms, gflops, fractionOfMatmul: gflops / ctx.matmulGflops });
  }
  const d = 5, steps = 20000;
  const V = [Float64Array.from([1, 0, 0, 0, 0]), Float64Array.from([0, 1, 0, 0, 0])];
  const W = Array.from({ length: 4 }, () => rng.normals(d, 1e-3));
  const t0 = performance.now();
  runStudentTeacherGd(W, V, 0.2, [steps]);
  const ms = performance.now() - t0;
  emit({ name: 'norms.student-teacher-gd', d, m: 4, k: 2, steps, ms, stepsPerSecond: (steps / ms) * 1e3 });
}
