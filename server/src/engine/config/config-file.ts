// The data a `.replylint.yaml` holds, as rules/schema/config.schema.json
// describes it.

import type { Formality, RuleSpec } from '../rules/pack';
import type { ReplyKind, Severity, SeveritySetting } from '../types';
import type { ExportFields } from '../units/exports';

/** A rule's setting: a severity, off, or options that refine the rule (with an optional severity). */
export type RuleSetting = SeveritySetting | (Partial<RuleSpec> & { severity?: Severity });

export interface Vocabulary {
  reject?: (string | { term: string; replace?: string[] })[];
  accept?: string[];
}

/** `placeholders:`: a dialect name, or the dialect with the help desk's custom variables (globs). */
export type PlaceholderSetting = string | { dialect?: string; variables?: string[] };

export interface Settings {
  language?: string;
  placeholders?: PlaceholderSetting;
  audience?: 'customer' | 'internal';
  /** The writer's name for a suggested closing. */
  signature?: string;
  /** What the replies are (macro when no config says). */
  kind?: ReplyKind;
  /** Heading level that splits a Markdown macro library into replies. */
  sections?: number;
  /** How replies address the customer: one value for every language, or one per language. */
  formality?: Formality | Record<string, Formality>;
  rules?: Record<string, RuleSetting>;
}

export interface ConfigFile extends Settings {
  root?: boolean;
  exports?: Partial<ExportFields>;
  maxFindings?: number;
  extends?: string[];
  vocabulary?: Vocabulary;
  overrides?: (Settings & { files: string[] })[];
  ignore?: string[];
  /** Mail template views (`.blade.php`, `.hbs` …) linted in a folder search and in the editor (globs relative to the config). */
  include?: string[];
}
