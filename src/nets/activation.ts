import * as tf from '@tensorflow/tfjs-core';

/** Activations the two-layer net supports: ReLU (the slides' network) and two smooth ones (catalog B4). */
export const ACTIVATIONS = ['relu', 'softplus', 'tanh'] as const;
export type ActivationName = (typeof ACTIVATIONS)[number];

/**
 * One activation σ with its first two derivatives, in float64 (scalars) and on tensors.
 * `supSecond` is sup_z |σ''(z)|, the "smoothness" constant of the Taylor remainder
 * (seed 001, "Even for smooth activation, O(‖W−W₀‖²) → smoothness × ‖W−W₀‖²"); ReLU has none
 * (σ'' is a Dirac mass at 0), so it is `Infinity`.
 */
export interface Activation {
  readonly name: ActivationName;
  value(z: number): number;
  /** σ'(z); for ReLU the one-sided choice 1{z > 0} (tfjs's relu gradient makes the same choice at 0) */
  first(z: number): number;
  second(z: number): number;
  readonly supSecond: number;
  /**
   * σ(z) = z·σ'(z) for every z (positive homogeneity of degree 1, Euler's identity): then the
   * output-layer gradient can be read off the inner-layer one (see two_layer.ts `backward`).
   */
  readonly homogeneous: boolean;
  tensor(z: tf.Tensor): tf.Tensor;
  tensorFirst(z: tf.Tensor): tf.Tensor;
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

const relu: Activation = {
  name: 'relu',
  value: (z) => (z > 0 ? z : 0),
  first: (z) => (z > 0 ? 1 : 0),
  second: () => 0,
  supSecond: Infinity,
  homogeneous: true,
  tensor: (z) => tf.relu(z),
  tensorFirst: (z) => tf.step(z, 0),
};

// softplus σ = log(1 + eᶻ), σ' = sigmoid, σ'' = s(1 − s) ≤ 1/4 (attained at z = 0).
const softplus: Activation = {
  name: 'softplus',
  // stable in both tails: z + log1p(e^{−z}) for z > 0
  value: (z) => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))),
  first: sigmoid,
  second: (z) => {
    const s = sigmoid(z);
    return s * (1 - s);
  },
  supSecond: 0.25,
  homogeneous: false,
  tensor: (z) => tf.softplus(z),
  tensorFirst: (z) => tf.sigmoid(z),
};

// tanh: σ'' = −2 tanh (1 − tanh²), |σ''| ≤ 4/(3√3) (attained where tanh² = 1/3).
const tanh: Activation = {
  name: 'tanh',
  value: Math.tanh,
  first: (z) => 1 - Math.tanh(z) ** 2,
  second: (z) => {
    const t = Math.tanh(z);
    return -2 * t * (1 - t * t);
  },
  supSecond: 4 / (3 * Math.sqrt(3)),
  homogeneous: false,
  tensor: (z) => tf.tanh(z),
  tensorFirst: (z) => tf.tidy(() => tf.sub(1, tf.square(tf.tanh(z)))),
};

const TABLE: Record<ActivationName, Activation> = { relu, softplus, tanh };

/** The activation named `name`. */
export function activation(name: ActivationName): Activation {
  return TABLE[name];
}
