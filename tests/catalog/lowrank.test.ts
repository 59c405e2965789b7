import { registerClaimTests } from '../../src/claims/vitest_register.ts';
import * as claims from '../../properties/lowrank.ts';
registerClaimTests('properties/lowrank.ts', claims);
