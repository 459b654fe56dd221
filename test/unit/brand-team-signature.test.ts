// A brand's name and a team's word on one line under the valediction ("Thanks,\nBrightnest Support", "Pozdrawiamy,\nZespół
// Brightnest") signs for nobody, as "Customer Care" alone does: ownership/nameless-sign-off, and the scorecard's
// Ownership fails. A person's name with the team ("Maria Lopez,\nCustomer Care Team", "Ana, Support") still signs it.
import * as assert from 'node:assert/strict';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';
import type { ReplyKind } from '../../server/src/engine/types';

const RULE = 'ownership/nameless-sign-off';
const run = (text: string, language: string, kind: ReplyKind = 'reply') =>
  lint({ text, fileName: 'reply.txt' }, buildConfig({ language, kind }, undefined).lintOptions);
const signature = (text: string, language: string, kind: ReplyKind = 'reply') => {
  const finding = run(text, language, kind).findings.find((candidate) => candidate.ruleId === RULE);
  return finding && text.slice(finding.start, finding.end);
};

const EN = 'Hi Sam,\n\nYour order left our warehouse this morning and should arrive on Friday.\n\n';

describe("a brand's name on the team's line", () => {
  it('is flagged under a valediction, quoted whole, in a reply and in a macro; the scorecard fails Ownership', () => {
    assert.equal(signature(`${EN}Thanks,\nLarkfield Support`, 'en'), 'Larkfield Support');
    assert.equal(signature(`${EN}Kind regards,\n\nLarkfield Customer Care`, 'en', 'macro'), 'Larkfield Customer Care');
    const [unit] = run(`${EN}Thanks,\nLarkfield Support`, 'en').units;
    assert.equal(unit?.scorecard.ownership, 'fail');
    // "The" before the brand and its department: nobody either.
    assert.equal(signature(`${EN}Cheers,\nThe Larkfield Support Team`, 'en'), 'The Larkfield Support Team');
    assert.equal(signature(`${EN}Cheers,\nThe Larkfield Customer Care Team`, 'en'), 'The Larkfield Customer Care Team');
  });

  it('a titled, greeted macro signed "The Brand Support Team" stays a macro and keeps its own findings (reviewer-24 #17)', () => {
    const macro =
      '# Parcel held at customs\n\nHi {{first_name}},\n\nThanks for waiting. We have asked the customs broker, and the parcel is still waiting for clearance.\n\nSomeone from our shipping team will contact you.\n\nYou can see where it is here: [Parcel status]({{tracking_url}})\n\nBest regards,\nThe Larkfield Support Team\n';
    const result = lint({ text: macro, fileName: 'macro.md' }, buildConfig({ language: 'en' }, undefined).lintOptions);
    assert.equal(result.units[0]?.kind, 'macro');
    const rules = result.findings.map((finding) => finding.ruleId);
    assert.ok(rules.includes('deferral/no-owner'), rules.join(', '));
    assert.ok(rules.includes(RULE), rules.join(', '));
  });

  it('in pl, fi, lt: before or after the team word', () => {
    assert.equal(signature('Dzień dobry,\n\npaczka wyjechała dziś z magazynu.\n\nPozdrawiamy,\nZespół Lnianka', 'pl'), 'Zespół Lnianka');
    assert.equal(signature('Hei,\n\npaketti lähti tänään varastolta.\n\nTerveisin,\nLarkfield Asiakaspalvelu', 'fi'), 'Larkfield Asiakaspalvelu');
    assert.equal(signature('Laba diena,\n\nsiunta šiandien išvyko iš sandėlio.\n\nPagarbiai,\nLarkfield pagalba', 'lt'), 'Larkfield pagalba');
  });

  it("a person's name with the team, on its own line or parted by a comma or a bar, signs it", () => {
    assert.equal(signature(`${EN}Best regards,\nMaria Lopez,\nCustomer Care Team`, 'en'), undefined);
    assert.equal(signature(`${EN}Thanks,\nAna, Support`, 'en'), undefined);
    assert.equal(signature(`${EN}Thanks,\nAna | Larkfield Support`, 'en'), undefined);
    assert.equal(signature('Hei,\n\nlasku on liitteenä.\n\nYstävällisin terveisin\nMikko Virtanen, asiakaspalvelu', 'fi'), undefined);
    assert.equal(signature('Hei,\n\nlasku on liitteenä.\n\nYstävällisin terveisin\nLaura Virtanen\nAsiakaspalvelu', 'fi'), undefined);
  });

  it("a brand's own team is the brand signing, its department is not", () => {
    assert.equal(signature(`${EN}Yours sincerely,\nLarkfield Team`, 'en'), undefined);
    assert.equal(signature('Hei,\n\npaketti lähti tänään varastolta.\n\nTerveisin,\nLarkfield-palvelun tiimi', 'fi'), undefined);
    assert.equal(signature('Laba diena,\n\nsiunta šiandien išvyko iš sandėlio.\n\nPagarbiai,\nLarkfield komanda', 'lt'), undefined);
  });

  it('no valediction over it, a link, thanks to the team or a shop signing with its own name: not read as a signature', () => {
    // A last line with no valediction over it may be a sentence or a link's words.
    assert.equal(signature(`${EN}Questions? Contact support`, 'en'), undefined);
    assert.equal(signature(`${EN}Best,\nThe Larkfield team\n\n[Track it](https://example.com/t/1)`, 'en'), undefined);
    assert.equal(signature('Hi all,\n\nThe rota is in the shared folder.\n\nThanks Support', 'en'), undefined);
    // The shop's own word with its name is the business signing, as "Harbour Lane Books" is in English.
    assert.equal(signature('Dzień dobry,\n\npaczka wyjechała dziś z magazynu.\n\nPozdrawiamy,\nSklep Lnianka', 'pl'), undefined);
  });
});
