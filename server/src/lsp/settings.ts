// The `replylint.*` settings, read per document through workspace/configuration
// (or pushed with didChangeConfiguration by clients without it).

import type { Connection } from 'vscode-languageserver/node';
import type { SeveritySetting } from '../engine/types';

export interface ReplylintSettings {
  enable: boolean;
  run: 'onType' | 'onSave';
  /** Overrides the config's language; '' keeps the config's. */
  language: string;
  /** Overrides the config's placeholder dialect; '' keeps the config's. */
  placeholders: string;
  /** An explicit config file; '' discovers `.replylint.yaml` upwards. */
  configPath: string;
  /** Documents larger than this many UTF-8 bytes are not linted. */
  maxFileSize: number;
  /** Rule id or category -> severity, over the config files' `rules`. */
  rules: Record<string, SeveritySetting>;
  /**
   * With no config in reach: lint only clear replies (VS Code's default), or everything the
   * client sends (the default for clients that do not send this, which pick their own filetypes).
   */
  withoutConfig: 'replies' | 'everything';
}

const DEFAULT_SETTINGS: ReplylintSettings = {
  enable: true,
  run: 'onType',
  language: '',
  placeholders: '',
  configPath: '',
  maxFileSize: 5_000_000,
  rules: {},
  withoutConfig: 'everything',
};

const SEVERITY_SETTINGS: readonly unknown[] = ['off', 'error', 'warning', 'info', 'hint'] satisfies SeveritySetting[];

/** Takes what is well-formed from a client's settings object; defaults fill the rest. */
function parseSettings(raw: unknown): ReplylintSettings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const text = (key: 'language' | 'placeholders' | 'configPath') => (typeof value[key] === 'string' ? (value[key] as string).trim() : DEFAULT_SETTINGS[key]);
  const maxFileSize = value.maxFileSize;
  return {
    enable: typeof value.enable === 'boolean' ? value.enable : DEFAULT_SETTINGS.enable,
    run: value.run === 'onSave' || value.run === 'onType' ? value.run : DEFAULT_SETTINGS.run,
    language: text('language'),
    placeholders: text('placeholders'),
    configPath: text('configPath'),
    maxFileSize: typeof maxFileSize === 'number' && maxFileSize > 0 ? maxFileSize : DEFAULT_SETTINGS.maxFileSize,
    rules: parseRules(value.rules),
    withoutConfig: value.withoutConfig === 'replies' || value.withoutConfig === 'everything' ? value.withoutConfig : DEFAULT_SETTINGS.withoutConfig,
  };
}

/** Entries with a severity a config file could also say; anything else is dropped. */
function parseRules(raw: unknown): Record<string, SeveritySetting> {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_SETTINGS.rules;
  const entries = Object.entries(raw).filter((entry): entry is [string, SeveritySetting] => SEVERITY_SETTINGS.includes(entry[1]));
  return Object.fromEntries(entries);
}

export class SettingsStore {
  private readonly byUri = new Map<string, Promise<ReplylintSettings>>();
  /** Settings pushed by didChangeConfiguration, for clients that cannot be asked. */
  private pushed: ReplylintSettings = DEFAULT_SETTINGS;

  constructor(
    private readonly connection: Connection,
    private readonly clientAnswersConfiguration: boolean,
  ) {}

  get(uri: string): Promise<ReplylintSettings> {
    if (!this.clientAnswersConfiguration) return Promise.resolve(this.pushed);
    let settings = this.byUri.get(uri);
    if (!settings) {
      settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'replylint' }).then(parseSettings, (error: unknown) => {
        this.connection.console.warn(`Reading replylint settings failed, using defaults: ${String(error)}`);
        return DEFAULT_SETTINGS;
      });
      this.byUri.set(uri, settings);
    }
    return settings;
  }

  /** After didChangeConfiguration: forget what was read, take what was pushed. */
  reset(pushedSection: unknown): void {
    this.byUri.clear();
    if (!this.clientAnswersConfiguration) this.pushed = parseSettings(pushedSection);
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}
