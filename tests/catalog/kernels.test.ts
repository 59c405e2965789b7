import { registerClaimTests } from '../../src/claims/vitest_register.ts';
import * as claims from '../../properties/kernels.ts';
registerClaimTests('properties/kernels.ts', claims);
