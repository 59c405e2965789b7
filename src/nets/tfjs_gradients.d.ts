// tfjs-core ships this side-effect module without a declaration of its own.
declare module '@tensorflow/tfjs-core/dist/register_all_gradients';
