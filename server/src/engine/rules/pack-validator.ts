// Checks a parsed pack against rules/schema/pack.schema.json: a workspace's
// own packs (Replylint's are checked by the test suite and skip it). The
// bundles carry this check as code ajv generated at build time
// (scripts/precompile.mjs), with the same options, as config-validator.ts
// does for configs: compiling the schema took about 75 ms of every start that
// read a team pack, and the bundles carry no schema compiler.

import Ajv, { type ValidateFunction } from 'ajv';
import packSchema from '../../../../rules/schema/pack.schema.json';
import type { PackSpec } from './pack';

export const validatePack: ValidateFunction<PackSpec> = new Ajv({ allErrors: true, strictRequired: false, allowUnionTypes: true }).compile<PackSpec>(
  packSchema,
);
