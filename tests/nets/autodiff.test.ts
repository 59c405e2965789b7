import { beforeAll, describe, expect, it } from 'vitest';
import { backendInfo, initBackend } from '../../src/tensor/backend.ts';
import { Rng } from '../../src/tensor/rng.ts';
import { gradients64, initTwoLayer64 } from '../../src/nets/two_layer64.ts';
import { disposeNet, toTensorNet } from '../../src/nets/two_layer.ts';
import { autodiffGradients } from '../../src/nets/autodiff.ts';

beforeAll(async () => {
  await initBackend();
});

describe('autodiffGradients', () => {
  for (const act of ['relu', 'softplus', 'tanh'] as const)
    it(`agrees with the float64 closed form (${act})`, async () => {
      const rng = new Rng(17);
      const net64 = initTwoLayer64(rng, { d: 4, m: 9, parameterization: 'ntk', activation: act });
      const x = rng.normals(4);
      const net = toTensorNet(net64);
      const auto = await autodiffGradients(net, x);
      disposeNet(net);
      const ref = gradients64(net64, x);
      const tol = 64 * backendInfo().epsilon * 2;
      ref.gW.forEach((v, i) => expect(Math.abs(auto.gW[i]! - v)).toBeLessThan(tol * (1 + Math.abs(v))));
      ref.ga.forEach((v, i) => expect(Math.abs(auto.ga[i]! - v)).toBeLessThan(tol * (1 + Math.abs(v))));
    });
});
