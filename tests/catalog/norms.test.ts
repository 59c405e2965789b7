import { registerClaimTests } from '../../src/claims/vitest_register.ts';
import * as claims from '../../properties/norms.ts';
registerClaimTests('properties/norms.ts', claims);
