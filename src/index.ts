/**
 * The public API of claimcheck: everything a claim file imports, from one specifier
 * (`import { defineClaim, fc, initTwoLayer, ntkGram } from 'claimcheck'`). The catalog in
 * `properties/` is written against this module alone, so a reviewer's file outside the package
 * can do whatever a catalog claim does.
 *
 * A claim file outside this package resolves only 'claimcheck', so fast-check, tfjs-core and
 * mathjs come through here too: the same instances the engine uses (one tfjs engine, one
 * initialised backend). Each function's own TSDoc (at its definition, shown by editors through
 * these re-exports) gives its formula and source; the README's "Toolkit" section lists them.
 * @packageDocumentation
 */

// ---------------------------------------------------------------- the engine a claim talks to
/** fast-check, for a claim's `instances` arbitraries. */
export * as fc from 'fast-check';
/** tfjs-core, the engine's instance: tensors made with it run on the selected backend. */
export * as tf from '@tensorflow/tfjs-core';
/** mathjs, for exact rational and symbolic arithmetic (fractions, rationalize, parse). */
export * as math from 'mathjs';
export { defineClaim, isClaim } from './claims/define.ts';
export { measureOnce } from './claims/evidence_cache.ts';
export type {
  CheckContext,
  Claim,
  ClaimDefinition,
  ClaimKind,
  ClaimSource,
  EvidenceByKind,
  IdentityEvidence,
  InequalityEvidence,
  ScalingEvidence,
  ProbabilityEvidence,
  ExistenceEvidence,
  Precision,
  Variant,
} from './claims/types.ts';
export type { Budget, BudgetName } from './claims/budgets.ts';

// ---------------------------------------------------------------- tensor: RNG, float64 matrices, linear algebra
export { Rng } from './tensor/rng.ts';
/** The float64 matrix helpers below, also as one namespace (for files whose local names would shadow them). */
export * as dense from './tensor/dense.ts';
export { abs, add, combine, frobenius, fromRows, identity, inner, mat, matmul, maxAbs, scale, sub, transpose, vstack, type Mat } from './tensor/dense.ts';
export { linalg, nuclearNorm, spectralNorm, type Linalg, type Svd, type SymEig } from './tensor/linalg.ts';
export { LinalgError } from './tensor/errors.ts';

// ---------------------------------------------------------------- nets: models, forward passes, closed-form gradients
export { ACTIVATIONS, activation, type Activation, type ActivationName } from './nets/activation.ts';
export {
  forward64,
  forwardBatch64,
  forwardMatmul64,
  gradients64,
  initTwoLayer64,
  lossGradients64,
  neuronRows,
  outputScale,
  preactivations64,
  scaleOutput,
  twoLayerFromNeurons64,
  withWeights,
  type ExampleLoss,
  type LossGradients64,
  type Parameterization,
  type TwoLayer64,
  type TwoLayerOptions,
} from './nets/two_layer64.ts';
export {
  backward,
  disposeBatch,
  disposeNet,
  forward,
  initTwoLayer,
  initTwoLayerWithBias,
  makeBatch,
  preactivations,
  toNet64,
  toTensorNet,
  type Batch,
  type NetGradients,
  type TwoLayerNet,
} from './nets/two_layer.ts';
export { autodiffGradients } from './nets/autodiff.ts';
export { initResnet3, resnet3Forward, type Resnet3 } from './nets/resnet3.ts';
export { disposeVariables } from './nets/variables.ts';
export { forwardChain, scaleChain, type ReluChain } from './nets/relu_chain64.ts';
export { deepLinearGradient } from './nets/deep_linear64.ts';
export {
  adjoint,
  gaussianSensing,
  measure,
  plantedProblem,
  sensingGradient,
  spectralMatrix,
  type PlantedSensing,
  type SensingGradient,
  type SensingOperator,
} from './nets/factorized_sensing.ts';

// ---------------------------------------------------------------- kernels: empirical and analytic NTK, KRR, harmonics
export { ntkGram, ntkGram64, ntkGramOnBackend, type NtkGramOptions } from './kernels/ntk.ts';
export { arccos, ntkInfinite, ntkInfiniteGram, ntkOnSphere, type ArccosPair, type InfiniteNtkOptions, type NtkLayers } from './kernels/arccos.ts';
export { minNormInterpolant } from './kernels/interpolant.ts';
export { dotProductGram, krrFit, krrPredict, meanSquaredError, type KrrFit } from './kernels/krr.ts';
export { reluNtkGram } from './kernels/krr_kernels.ts';
export { krrSampleThreshold, spherePoints, type SampleThresholdOptions } from './kernels/krr_sample_threshold.ts';
export { firstCrossing, type Crossing } from './kernels/first_crossing.ts';
export { meanExplainedFraction } from './kernels/dimension_bound.ts';
export { explainedFractionMonteCarlo, type ExplainedFractionMcOptions } from './kernels/explained_fraction_mc.ts';
export { binomial, gegenbauerAll, harmonicDimension, sphericalPolyDimension } from './kernels/spherical_harmonics.ts';
export { zonalGram, zonalValue } from './kernels/zonal_kernel.ts';
export { complexity, compositionBound, polyAbs, polyAdd, polyCompose, polyDerivative, polyEval, polyMul, q, toNumber, type Poly } from './kernels/power_series.ts';

// ---------------------------------------------------------------- train: training loops and their observers
export { gdStep, trainGd, type GdObservation, type GdOptions } from './train/gd.ts';
export { drawProblem, lazyRun, type LazyRunOptions, type LazyRunSummary, type Problem } from './train/lazy_run.ts';
export { trainResnet3, trainTwoLayerMse, type FullBatchGdOptions } from './train/full_batch_gd.ts';
export { closestMinimizer, conditionedDesign, leastSquaresGd, type LeastSquaresGdResult } from './train/least_squares.ts';
export { deepLinearGdStep, descend, descendArray, sensingGdStep, twoLayerGdStep64 } from './train/gd64.ts';
export { trainTwoLayerInSpan64, type SpanGdRun } from './train/two_layer_span_gd64.ts';
export { logisticLoss, squareLoss } from './train/example_losses.ts';
export { scaledInit, sensingGd64, sensingGdTf, sensingStepTf, sensingTensors, type SensingGdOptions, type SensingGdResult, type SensingTensors } from './train/sensing_gd.ts';
export { columnBasis, detectPhases, phasePoint, type PhasePoint, type Phases } from './train/phases.ts';
export { reluLogisticGd } from './train/relu_gd.ts';
export { reluCorrelation, runStudentTeacherGd, studentTeacherGradient, studentTeacherLoss } from './train/relu_student_teacher.ts';
export { l1ConstrainedLeastSquares } from './train/l1_constrained_ls.ts';
export { projectL1Ball } from './train/l1_ball_projection.ts';
export { biasedReluPredict, dlsFeatures, firstLayerGradient, reluFeatures, ridgeHead, type BiasedReluNet, type DlsFeatureOptions } from './train/dls_layerwise.ts';

// ---------------------------------------------------------------- measures: norms and balancedness of trained nets
export { balancedness, layerBalancedness, neuronBalancedness } from './measures/balancedness.ts';
export { barronBracket, cubeVertexMax, reduceRepresentation } from './measures/barron_bounds.ts';
export { distanceToInitSq } from './measures/distance_to_init.ts';
export { featureLpNorm } from './measures/feature_lp_norm.ts';
export { fisherRaoNormSq } from './measures/fisher_rao.ts';
export { frobeniusNormSq } from './measures/frobenius_norm.ts';
export { l1PathNorm } from './measures/l1_path_norm.ts';
export { chainOfTwoLayer, pathNorm } from './measures/path_norm.ts';
export { l21Norm, spectralComplexity, spectralProduct } from './measures/spectral_complexity.ts';

// ---------------------------------------------------------------- gradients from their definition (finite differences); the sharpness of a sensing minimum
export { centralDifference, type CentralDifference } from './tensor/finite_difference.ts';
export { sensingSharpness } from './nets/sensing_sharpness.ts';
export { signWeightedWitness } from './kernels/sign_weighted_witness.ts';
export { kernelGdIncrement, stackRows } from './kernels/kernel_gd.ts';
export { gaussHermite, gaussianExpectation } from './kernels/gauss_hermite.ts';
export { hermiteTensor } from './kernels/hermite_tensor.ts';
export { hermiteCoefficients, hermiteSeriesValue } from './kernels/hermite_series.ts';
export { kernelMaxMargin } from './kernels/kernel_max_margin.ts';
export { reluInnerNtk, reluMarginFlow } from './train/relu_margin_flow.ts';
export { l1MaxMargin } from './kernels/l1_max_margin.ts';
export { reluCircleMaxMargin } from './kernels/relu_circle_margin.ts';
export { normOnlyFlow } from './train/norm_only_flow.ts';
export { sensingGdInPlace } from './train/sensing_gd_inplace.ts';
export { antitheticTwoLayer64 } from './nets/antithetic_init.ts';
export { deepReluForward64, deepReluGradient64, initDeepRelu64, withLayers, type DeepRelu64 } from './nets/deep_relu64.ts';
export { hessianNormPower } from './measures/hessian_norm.ts';
export { ntkCrossGram64 } from './kernels/ntk_cross.ts';
