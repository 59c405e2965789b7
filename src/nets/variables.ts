import * as tf from '@tensorflow/tfjs-core';

/** A variable that owns its initial value (tf.variable keeps the source tensor alive otherwise). */
export function ownedVariable(t: tf.Tensor): tf.Variable {
  const v = tf.variable(t);
  t.dispose();
  return v;
}

/** Dispose every variable of a net held as named tf.Variables (Resnet3). */
export function disposeVariables(net: object): void {
  for (const v of Object.values(net)) if (v instanceof tf.Variable) v.dispose();
}
