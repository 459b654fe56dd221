// A help desk's custom variables (`placeholders: { dialect, variables }`): never
// unknown, offered as "did you mean", added up across configs and overrides,
// checked where they are written, shown by --print-config with their place; and
// an unknown variable is an error only when the dialect was named.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildConfig, ConfigError, loadProjectConfig, resolveConfig } from '../../server/src/engine/config/project-config';
import type { ConfigFile } from '../../server/src/engine/config/config-file';
import { lint } from '../../server/src/engine/linter';
import { runCli, tempDir } from '../support/cli';
import { findingsOf } from '../support/engine';

const UNKNOWN = 'placeholder/unknown-variable';

/** The unknown-variable findings of a text under a config: [excerpt, severity, message]. */
function unknownVariables(config: ConfigFile, text: string): [string, string, string][] {
  return findingsOf(UNKNOWN, text, 'reply.md', { language: 'en', ...config }).map((finding) => [finding.excerpt, finding.severity, finding.message]);
}

const MACRO = 'Hi {{ticket.requester.first_name}},\n\nYour refund of {{refund_amount}} for order {{ticket.ticket_field_36000123}} is on its way.\n';

describe('custom placeholder variables', () => {
  it('a listed custom variable or glob is never unknown; the rest of the dialect is still judged', () => {
    const named = { placeholders: { dialect: 'zendesk', variables: ['refund_amount', 'ticket.ticket_field_*'] } };
    assert.deepEqual(unknownVariables(named, MACRO), []);
    // Without the list, the custom field is a Zendesk variable nobody knows.
    assert.deepEqual(
      unknownVariables({ placeholders: 'zendesk' }, MACRO).map(([excerpt]) => excerpt),
      ['refund_amount'],
    );
    // A glob covers only what it matches.
    assert.deepEqual(
      unknownVariables(named, 'Hi {{ticket.requester.first_name}}, your {{refund_amout}} and {{ticket.custom_36000123}}.').map(([excerpt]) => excerpt),
      ['refund_amout'],
    );
  });

  it('custom variables count in "did you mean", with a quick fix to each', () => {
    const options = buildConfig({ language: 'en', placeholders: { dialect: 'zendesk', variables: ['refund_amount'] } }, undefined).lintOptions;
    const result = lint({ text: 'Hi {{ticket.requester.first_name}}, your refund of {{refund_amout}} is ready.', fileName: 'reply.md' }, options);
    const finding = result.findings.find((item) => item.ruleId === UNKNOWN)!;
    assert.match(finding.message, /^Zendesk \(Liquid\) has no variable "refund_amout"\. Did you mean refund_amount\?/);
    assert.deepEqual(
      finding.suggestions.map((fix) => fix.edits[0]!.newText),
      ['refund_amount'],
    );
  });

  it("says so in the reply's language, before the pack's own message", () => {
    const options = buildConfig({ language: 'pl', placeholders: { dialect: 'zendesk', variables: ['refund_amount'] } }, undefined).lintOptions;
    const result = lint({ text: 'Dzień dobry {{ticket.requester.first_name}}, zwrot {{refund_amout}} jest gotowy.', fileName: 'reply.md' }, options);
    const finding = result.findings.find((item) => item.ruleId === UNKNOWN)!;
    assert.match(finding.message, /^Zendesk \(Liquid\) nie ma zmiennej „refund_amout”\. Czy chodziło o refund_amount\? Użyj zmiennej/);
  });

  it('an unknown variable is an error when the dialect is named, a warning when it was detected', () => {
    const text = 'Hi {{ticket.requester.first_name}}, request {{ticket.requester.frist_name}} is open.';
    assert.deepEqual(
      unknownVariables({ placeholders: 'zendesk' }, text).map(([, severity]) => severity),
      ['error'],
    );
    assert.deepEqual(
      unknownVariables({ placeholders: { dialect: 'zendesk' } }, text).map(([, severity]) => severity),
      ['error'],
    );
    // Detected (auto, or variables without a dialect): the guess may be wrong.
    assert.deepEqual(
      unknownVariables({}, text).map(([, severity]) => severity),
      ['warning'],
    );
    assert.deepEqual(
      unknownVariables({ placeholders: { variables: ['refund_amount'] } }, text).map(([, severity]) => severity),
      ['warning'],
    );
    // The dialect named by the editor's setting (the LSP passes it as `placeholders`) counts as named.
    const guessed = buildConfig({ language: 'en' }, undefined).lintOptions;
    const fromSetting = lint({ text, fileName: 'reply.md' }, { ...guessed, placeholders: 'zendesk' });
    assert.deepEqual(
      fromSetting.findings.filter((finding) => finding.ruleId === UNKNOWN).map((finding) => finding.severity),
      ['error'],
    );
    // A team that lowered the rule keeps its own severity either way.
    assert.deepEqual(
      unknownVariables({ placeholders: 'zendesk', rules: { [UNKNOWN]: 'info' } }, text).map(([, severity]) => severity),
      ['info'],
    );
  });

  it('custom variables work in every dialect and syntax', () => {
    const config = (dialect: string) => ({ placeholders: { dialect, variables: ['refund_amount', 'ticket.custom_*'] } });
    assert.deepEqual(unknownVariables(config('osticket'), 'Dear %{recipient.name.first}, %{refund_amount} and %{ticket.custom_plan}.'), []);
    assert.deepEqual(unknownVariables(config('zammad'), 'Hi #{ticket.customer.firstname}, #{refund_amount} for #{ticket.custom_plan}.'), []);
    assert.deepEqual(unknownVariables(config('helpscout'), 'Hi {%customer.firstName,fallback=there%}, {%refund_amount%} is ready.'), []);
  });

  it('variables add up across config files and overrides; the nearest dialect wins', () => {
    const dir = tempDir({
      '.replylint.yaml':
        'root: true\nplaceholders:\n  dialect: zendesk\n  variables: [refund_amount]\noverrides:\n  - files: ["billing/**"]\n    placeholders: { variables: ["invoice_*"] }\n',
      'intercom/.replylint.yaml': 'placeholders: intercom\n',
    });
    const billing = resolveConfig(path.join(dir, 'billing/a.md'));
    assert.equal(billing.placeholders, 'zendesk');
    assert.deepEqual(billing.variables, ['refund_amount', 'invoice_*']);
    assert.deepEqual(resolveConfig(path.join(dir, 'a.md')).variables, ['refund_amount']);
    // The string form names a dialect and keeps the variables listed farther up.
    const intercom = resolveConfig(path.join(dir, 'intercom/a.md'));
    assert.equal(intercom.placeholders, 'intercom');
    assert.deepEqual(intercom.variables, ['refund_amount']);
    // No setting: detected, no custom variables.
    const none = buildConfig({}, undefined);
    assert.equal(none.placeholders, 'auto');
    assert.deepEqual(none.variables, []);
  });

  it('bad variable globs and keys are errors at their line and column, with "did you mean" for the key', () => {
    const problems = (config: string) => {
      const dir = tempDir({ '.replylint.yaml': config });
      try {
        loadProjectConfig(path.join(dir, 'x.md'));
      } catch (error) {
        assert.ok(error instanceof ConfigError, String(error));
        return error.message.split('\n').map((line) => line.replace(/^.*\.replylint\.yaml:/, ''));
      }
      return [];
    };
    assert.deepEqual(
      problems('placeholders:\n  dialect: zendesk\n  variables:\n    - "{{refund_amount}}"\n    - ticket field\n    - "order_[id"\n    - "!internal_*"\n'),
      [
        '4:7: placeholders.variables.0: write the variable without its braces: "refund_amount".',
        '5:7: placeholders.variables.1: "ticket field" has a space: a variable name has none.',
        '6:7: placeholders.variables.2: "order_[id" is not a valid glob: Missing closing: "]" - use "\\\\]" to match literal characters.',
        '7:7: placeholders.variables.3: "!internal_*" is a negated glob: list the variables your help desk has, not the ones it lacks.',
      ],
    );
    assert.deepEqual(problems('overrides:\n  - files: ["*.md"]\n    placeholders: { variables: ["%{refund}"] }\n'), [
      '3:33: overrides.0.placeholders.variables.0: write the variable without its braces: "refund".',
    ]);
    assert.deepEqual(problems('placeholders:\n  dialekt: zendesk\n'), ['2:3: placeholders: unknown key "dialekt"; did you mean "dialect"?']);
    assert.deepEqual(problems('placeholders:\n  dialect: zendsk\n'), [
      '2:12: placeholders.dialect: "zendsk" is not one of "auto", "zendesk", "intercom", "helpscout", "freshdesk", "gorgias", "front", "osticket", "zammad", "odoo", "velocity", "moodle", "smarty", "rt", "magento", "koha", "chamilo", "templatetoolkit", "laravel", "mediawiki", "handlebars", "liquid", "none"; did you mean "zendesk"?',
    ]);
    assert.deepEqual(problems('placeholders: zendsk\n'), [
      '1:15: placeholders: "zendsk" is not one of "auto", "zendesk", "intercom", "helpscout", "freshdesk", "gorgias", "front", "osticket", "zammad", "odoo", "velocity", "moodle", "smarty", "rt", "magento", "koha", "chamilo", "templatetoolkit", "laravel", "mediawiki", "handlebars", "liquid", "none"; did you mean "zendesk"?',
    ]);
    assert.deepEqual(problems('placeholders:\n  variables: refund_amount\n'), ['2:14: placeholders.variables: must be a list: variables: ["refund_amount"]']);
    // Brace globs are globs, not template braces.
    assert.deepEqual(problems('placeholders:\n  variables: ["{refund,order}_amount"]\n'), []);
  });

  it('the CLI lints with them, and --print-config shows each with where it was listed', async () => {
    const dir = tempDir({
      '.replylint.yaml': 'language: en\nplaceholders:\n  dialect: zendesk\n  variables:\n    - refund_amount\n    - "ticket.ticket_field_*"\n',
      'refund.md': MACRO,
      'typo.md': 'Hi {{ticket.requester.first_name}},\n\nYour refund of {{refund_amout}} is on its way.\n',
    });
    const linted = await runCli(['--format', 'json', 'refund.md', 'typo.md'], { cwd: dir });
    const reports = JSON.parse(linted.stdout) as { filePath: string; messages: { ruleId: string; severity: number; message: string }[] }[];
    const unknown = (file: string) => reports.find((report) => report.filePath.endsWith(file))!.messages.filter((message) => message.ruleId === UNKNOWN);
    assert.deepEqual(unknown('refund.md'), []);
    assert.equal(unknown('typo.md').length, 1);
    assert.match(unknown('typo.md')[0]!.message, /Did you mean refund_amount\?/);
    assert.equal(linted.code, 1, 'the named dialect makes the unknown variable an error');

    const printed = await runCli(['--print-config', 'refund.md'], { cwd: dir });
    assert.equal(printed.code, 0, printed.stderr);
    const config = JSON.parse(printed.stdout) as { placeholders: string; variables: string[]; sources: Record<string, string> };
    const at = (place: string) => `${path.join(fs.realpathSync(dir), '.replylint.yaml')}:${place}`;
    assert.equal(config.placeholders, 'zendesk');
    assert.deepEqual(config.variables, ['refund_amount', 'ticket.ticket_field_*']);
    assert.equal(config.sources.placeholders, at('3:3'));
    assert.equal(config.sources['placeholders.variables.refund_amount'], at('5:7'));
    assert.equal(config.sources['placeholders.variables.ticket.ticket_field_*'], at('6:7'));
  });
});
