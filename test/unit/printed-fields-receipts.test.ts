// A receipt or statement a billing system prints (rules/kind-inference.ts printedFields): its values in labelled fields
// over a bare valediction, no greeting and nobody signing. Trial 42: an ISP billing system's payment receipt,
// "[[x]]" fields over "Thank you...", was read as an agent's macro without a config and asked for a greeting.
import * as assert from 'node:assert/strict';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';
import type { LintResult } from '../../server/src/engine/types';

const read = (language: string, text: string): LintResult => lint({ text, fileName: 'receipt.txt' }, buildConfig({ language }, undefined).lintOptions);

describe('kind inference: a receipt the billing system prints in labelled fields', () => {
  it('fields over a bare valediction: an auto-reply, asked for no greeting, quoting the first field', () => {
    const receipts: [string, string, string][] = [
      [
        'en',
        '*[[company_name]]*\n\nRECEIPT: *[[invoice]]*\nDate : [[date]]\nPlan : *[[plan_name]]*\nAmount : *[[price]]*\n\nThank you...',
        'RECEIPT: *[[invoice]]*',
      ],
      ['en', 'Payment received\n\nInvoice: {{invoice_id}}\nDate: {{paid_at}}\nAmount: {{amount}}\n\nThanks,', 'Invoice: {{invoice_id}}'],
      ['pl', 'Faktura: {{numer}}\nData: {{data}}\nKwota: {{kwota}}\n\nDziękujemy', 'Faktura: {{numer}}'],
      ['fi', 'Lasku: {{numero}}\nPäivä: {{paiva}}\nSumma: {{summa}}\n\nKiitos', 'Lasku: {{numero}}'],
      ['lt', 'Sąskaita: {{numeris}}\nData: {{data}}\nSuma: {{suma}}\n\nAčiū', 'Sąskaita: {{numeris}}'],
      ['sq', 'Fatura: {{numri}}\nData: {{data}}\nShuma: {{shuma}}\n\nFaleminderit', 'Fatura: {{numri}}'],
    ];
    for (const [language, text, excerpt] of receipts) {
      const result = read(language, text);
      const unit = result.units[0]!;
      assert.equal(unit.kind, 'auto-reply', `${language}: ${text}`);
      assert.equal(unit.kindReason?.id, 'kind.inferred.fields', `${language}: ${text}`);
      assert.equal(unit.kindReason?.args?.excerpt, excerpt, `${language}: ${text}`);
      assert.ok(!result.findings.some((finding) => finding.ruleId === 'formula/greeting'), `${language}: ${text}`);
    }
  });

  it("an agent's text stays a macro: fields an agent types, two fields only, a person signing, or the first person", () => {
    const macros = [
      // Fill-ins an agent types.
      'Order: [ORDER NUMBER]\nDate: [DATE]\nTotal: [TOTAL]\n\nThanks',
      // Two fields are an answer's details, not a printed record.
      'Invoice: {{invoice_id}}\nAmount: {{amount}}\n\nThanks',
      // A person signs under the valediction.
      'Invoice: {{invoice_id}}\nDate: {{paid_at}}\nAmount: {{amount}}\n\nThanks,\nAna Lee',
      // Written in the first person.
      "I've checked your payment.\nInvoice: {{invoice_id}}\nDate: {{paid_at}}\nAmount: {{amount}}\n\nThanks",
    ];
    for (const text of macros) {
      const unit = read('en', text).units[0]!;
      assert.equal(unit.kind, 'macro', text);
      assert.notEqual(unit.kindReason?.id, 'kind.inferred.fields', text);
    }
  });
});
