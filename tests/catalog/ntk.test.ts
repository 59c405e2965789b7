import { registerClaimTests } from '../../src/claims/vitest_register.ts';
import * as claims from '../../properties/ntk.ts';
registerClaimTests('properties/ntk.ts', claims);
