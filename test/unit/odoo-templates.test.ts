// Odoo's mail templates (trial 39: its recruiting app's applicant mails as shipped, QWeb in English and Finnish, Mako in
// Lithuanian). QWeb's value element prints a value and shows its own text as the stand-in when the value is empty
// ("YourCompany", "Mitchell Admin"): never prose. t-if / t-elif / t-else elements are the branches of one choice, and
// a Mako "% if …:" line is control flow, not a sentence. Our own texts in the shipped templates' shape.
import * as assert from 'node:assert/strict';
import { builtinDialects } from '../../server/src/engine/config/dialects-file';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';
import { detectDialect } from '../../server/src/engine/placeholders/dialects';
import { scanPlaceholders } from '../../server/src/engine/placeholders/scan';

const lintIn = (language: string, text: string, extra: Record<string, unknown> = {}) =>
  lint({ text, fileName: 'mail_template.html' }, buildConfig({ language, ...extra }, undefined).lintOptions);
const rulesOf = (language: string, text: string, extra: Record<string, unknown> = {}) =>
  lintIn(language, text, extra).findings.map((finding) => finding.ruleId);

const QWEB_SIGNATURE = (closing: string, team: string) =>
  `${closing}<br/>\n<t t-if="object.user_id">\n  -- <br/>\n  <strong t-out="object.user_id.name or ''">Mitchell Admin</strong>\n</t>\n<t t-else="">\n  -- <br/>\n  <t t-out="object.company_id.name or ''">YourCompany</t><br/>\n  ${team}\n</t>\n`;

describe('Odoo mail templates (QWeb and Mako)', () => {
  it('a QWeb value element is one value: its variable, and its stand-in text or "or" as the fallback', () => {
    const text = `<p>Hello <t t-out="object.partner_name or ''">Marc Demo</t>, <span t-esc="object.job_id.name"/> <b t-field="object.company_id.name">YourCompany</b></p>`;
    const values = scanPlaceholders(text).placeholders.filter((placeholder) => placeholder.syntax === 't-');
    assert.deepEqual(
      values.map((value) => [text.slice(value.start, value.end), value.kind, value.variable, value.hasFallback]),
      [
        [`<t t-out="object.partner_name or ''">Marc Demo</t>`, 'output', 'object.partner_name', true],
        ['<span t-esc="object.job_id.name"/>', 'output', 'object.job_id.name', false],
        ['<b t-field="object.company_id.name">YourCompany</b>', 'output', 'object.company_id.name', true],
      ],
    );
  });

  it('a stand-in is no prose: "soon" shown in place of a date is not a vague time', () => {
    const text = `<p>Hello <t t-out="object.partner_name or ''">Marc Demo</t>,<br/><br/>Your interview is on <t t-out="format_date(object.meeting_date)">soon</t>, at our office.<br/><br/>Best regards,<br/><t t-out="user.name">Ana</t></p>`;
    assert.deepEqual(rulesOf('en', text), []);
    assert.ok(rulesOf('en', text.replace(/<t t-out="format_date\(object.meeting_date\)">soon<\/t>/, 'soon')).includes('deferral/vague-timeframe'));
  });

  it('t-if / t-elif / t-else siblings are the branches of one choice, t-foreach a loop', () => {
    const text = `<t t-if="a">One.</t>\n<t t-elif="b">Two.</t>\n<t t-else="">Three.</t>\n<ul><li t-foreach="object.slot_ids" t-as="slot">A slot.</li></ul>`;
    const tags = scanPlaceholders(text).placeholders.filter((placeholder) => placeholder.kind === 'tag');
    assert.deepEqual(
      tags.map((tag) => [text.slice(tag.start, tag.end), tag.flow]),
      [
        ['<t t-if="a">', 'open'],
        ['</t>\n<t t-elif="b">', 'branch'],
        ['</t>\n<t t-else="">', 'branch'],
        ['</t>', 'close'],
        ['<li t-foreach="object.slot_ids" t-as="slot">', 'open'],
        ['</li>', 'close'],
      ],
    );
  });

  it("the team signing only the branch with no user is no nameless sign-off: the user's name signs the other (en, fi)", () => {
    const english = `<div>Hello,<br/><br/>Thank you for applying. We read every application and will write to you by 30 June.<br/><br/>${QWEB_SIGNATURE('Kind regards,', 'The HR Team')}</div>`;
    assert.ok(!rulesOf('en', english).includes('ownership/nameless-sign-off'), rulesOf('en', english).join());
    const finnish = `<div>Hei,<br/><br/>kiitos hakemuksestasi. Luemme jokaisen hakemuksen ja vastaamme 30. kesäkuuta mennessä.<br/><br/>${QWEB_SIGNATURE('Ystävällisin terveisin', 'HR-tiimi')}</div>`;
    assert.ok(!rulesOf('fi', finnish).includes('ownership/nameless-sign-off'), rulesOf('fi', finnish).join());
    // Signed by the team alone, with no branch naming a person, it is still a team signing.
    const teamOnly = `<div>Hello,<br/><br/>Thank you for applying. We read every application and will write to you by 30 June.<br/><br/>Kind regards,<br/>The HR Team</div>`;
    assert.ok(rulesOf('en', teamOnly).includes('ownership/nameless-sign-off'));
  });

  it('a t-else (or t-elif) branch that is itself a value closes the choice: its stand-in is the value, nothing runs on', () => {
    const text = `<p>Best,<br/><t t-if="object.user_id"><t t-out="object.user_id.name">Mitchell</t></t><span t-else="" t-out="object.company_id.name">YourCompany</span></p><p>See you soon.</p>`;
    const read = scanPlaceholders(text).placeholders.map((placeholder) => [
      text.slice(placeholder.start, placeholder.end),
      placeholder.flow ?? placeholder.variable,
    ]);
    assert.deepEqual(read, [
      ['<t t-if="object.user_id">', 'open'],
      ['<t t-out="object.user_id.name">Mitchell</t>', 'object.user_id.name'],
      ['</t><span t-else="" t-out="object.company_id.name">', 'branch'],
      ['YourCompany', 'object.company_id.name'],
      ['</span>', 'close'],
    ]);
  });

  it('Mako "% if …:" / "% else:" / "% endif" lines are control flow: branches, and no closing asked of "% endif" (lt, pl)', () => {
    const lithuanian =
      'Sveiki,<br/><br/>\nDėkojame už paraišką. Atsakysime iki birželio 30 d.<br/><br/>\nPagarbiai,\n% if object.user_id:\n<strong>${object.user_id.name}</strong>\n% else:\n${object.company_id.name} komanda\n% endif\n';
    const tags = scanPlaceholders(lithuanian).placeholders.filter((placeholder) => placeholder.kind === 'tag');
    assert.deepEqual(
      tags.map((tag) => [tag.body, tag.flow]),
      [
        ['if object.user_id:', 'open'],
        ['else:', 'branch'],
        ['endif', 'close'],
      ],
    );
    const strict = { extends: ['recommended', 'strict'] };
    assert.ok(!rulesOf('lt', lithuanian, strict).includes('formula/closing'), rulesOf('lt', lithuanian, strict).join());
    const polish =
      'Dzień dobry,<br/><br/>\ndziękujemy za zgłoszenie. Odpowiemy do 30 czerwca.<br/><br/>\nPozdrawiamy,\n% if object.user_id:\n${object.user_id.name}\n% else:\nZespół HR\n% endif\n';
    assert.ok(!rulesOf('pl', polish).includes('ownership/nameless-sign-off'), rulesOf('pl', polish).join());
  });

  it('"%" opening a line of prose is no control line', () => {
    const text = '% of applicants hear back within a week.\n50% if you count the phone calls: most of them.\n';
    assert.deepEqual(
      scanPlaceholders(text).placeholders.filter((placeholder) => placeholder.kind === 'tag'),
      [],
    );
  });

  it('is detected from QWeb values and from Mako variables of the record', () => {
    const dialects = builtinDialects();
    const qweb = scanPlaceholders(`<p>Dear <t t-out="object.partner_id.name"/>,</p>`).placeholders;
    assert.equal(detectDialect(qweb, dialects), 'odoo');
    const mako = scanPlaceholders('<p>Dear ${object.partner_name},</p>').placeholders;
    assert.equal(detectDialect(mako, dialects), 'odoo');
  });

  it('a QWeb name value with no fallback in the greeting is told (no replacement written into the HTML); an unknown variable is unknown', () => {
    const text = `<p>Hello <t t-out="object.partner_name"/>,</p><p>Thanks for applying. We will write to you by 30 June.</p><p>Best regards,<br/><t t-out="user.name"/></p>`;
    const fallback = lintIn('en', text).findings.find((finding) => finding.ruleId === 'placeholder/name-without-fallback');
    assert.ok(fallback);
    assert.deepEqual(fallback.suggestions, []);
    assert.deepEqual(rulesOf('en', text.replace('object.partner_name"', `object.partner_name or 'there'"`)), []);
    assert.deepEqual(rulesOf('en', text.replace('object.partner_name"/>', 'object.partner_name">there</t>')), []);
    const unknown = rulesOf('en', text.replace('user.name', 'usr.name'), { placeholders: 'odoo' });
    assert.ok(unknown.includes('placeholder/unknown-variable'), unknown.join());
  });
});
