// Checks a parsed config against rules/schema/config.schema.json. The bundles
// carry this check as code ajv generated at build time (scripts/precompile.mjs),
// with the same options: compiling the schema at start-up took about 50 ms.

import Ajv, { type ValidateFunction } from 'ajv';
import configSchema from '../../../../rules/schema/config.schema.json';
import type { ConfigFile } from './config-file';

export const validateConfig: ValidateFunction<ConfigFile> = new Ajv({ allErrors: true, allowUnionTypes: true, strictRequired: false }).compile<ConfigFile>(
  configSchema,
);
