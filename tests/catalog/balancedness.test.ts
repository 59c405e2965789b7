import { registerClaimTests } from '../../src/claims/vitest_register.ts';
import * as claims from '../../properties/balancedness.ts';
registerClaimTests('properties/balancedness.ts', claims);
