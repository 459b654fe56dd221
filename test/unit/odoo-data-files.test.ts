// An Odoo module's data files (trial 39/40: reading39 left them unread, the CLI said "not a reply or macro export"):
// each <record model="mail.template"> in an XML file rooted at <odoo> (or <openerp>) is a template, its body_html field
// the message, QWeb written inline or HTML in a CDATA section, titled by its name field. Other records, and the
// template's other fields, are no prose. Our own templates in the shipped shape.
import * as assert from 'node:assert/strict';
import { buildConfig } from '../../server/src/engine/config/project-config';
import { applyEdits, fixAllEdits } from '../../server/src/engine/fix-all';
import { lint } from '../../server/src/engine/linter';
import { lintText } from '../support/engine';

const options = (language: string) => buildConfig({ language }, undefined).lintOptions;
const lintData = (text: string, language = 'en') => lint({ text, fileName: 'data/mail_template_data.xml' }, options(language));
/** Each finding as its rule and the characters it covers. */
const covered = (text: string, language = 'en') =>
  lintData(text, language).findings.map((finding) => {
    const lines = text.split('\n');
    return [finding.ruleId, lines[finding.range.start.line]!.slice(finding.range.start.character, finding.range.end.character)];
  });

const record = (id: string, model: string, fields: string) => `        <record id="${id}" model="${model}">\n${fields}        </record>\n`;
const dataFile = (records: string, root = 'odoo') =>
  `<?xml version="1.0" encoding="utf-8"?>\n<!-- Part of a course module. -->\n<${root}>\n    <data noupdate="1">\n${records}    </data>\n</${root}>\n`;

const COURSE_PLACE = record(
  'mail_template_course_place',
  'mail.template',
  `            <field name="name">Course: place confirmed</field>
            <field name="model_id" ref="model_course_registration"/>
            <field name="subject">Your place on {{ object.course_id.name }} soon</field>
            <field name="body_html" type="html">
<div>
    <p>Hello <t t-out="object.partner_id.name or ''">Brandon Freeman</t>,<br/><br/>
    Your place on <t t-out="object.course_id.name or ''">Spanish A1</t> is confirmed. We will send you the room number soon.<br/><br/>
    Kind regards,<br/>
    <t t-if="object.user_id"><t t-out="object.user_id.name or ''">Mitchell Admin</t></t>
    <t t-else="">The Course Office</t></p>
</div>
            </field>
            <field name="auto_delete" eval="True"/>
`,
);

describe('Odoo data files (mail templates in XML)', () => {
  it("reads each mail template's body, titled by its name; a view's or the subject's words are no prose", () => {
    const view = record(
      'course_form',
      'ir.ui.view',
      '            <field name="name">course.form</field>\n            <field name="arch" type="xml"><form><p>We will look into it soon.</p></form></field>\n',
    );
    const text = dataFile(view + COURSE_PLACE);
    const result = lintData(text);
    assert.deepEqual(
      result.units.map((unit) => unit.title),
      ['Course: place confirmed'],
    );
    assert.deepEqual(covered(text), [['deferral/vague-timeframe', 'soon']]);
    // The one "soon" flagged is the body's, not the view's or the subject's.
    assert.equal(
      lintData(text).findings[0]!.range.start.line,
      text.split('\n').findIndex((line) => line.includes('room number')),
    );
  });

  it('a CDATA body of the Mako era (root <openerp>) is read, its markers no prose; a record with no name is titled by its id', () => {
    const refused = record(
      'mail_template_course_refused',
      'mail.template',
      '            <field name="body_html"><![CDATA[\n<p>Hello ${object.partner_id.name},</p>\n<p>Your request for the course has been rejected.</p>\n]]></field>\n',
    );
    const text = dataFile(refused, 'openerp');
    assert.deepEqual(
      lintData(text).units.map((unit) => unit.title),
      ['mail_template_course_refused'],
    );
    assert.deepEqual(covered(text), [['empathy/bad-news-without-empathy', 'has been rejected']]);
  });

  it('a fix in a body keeps its tags and references as written, and the file stays the same elsewhere; a Finnish body is read too', () => {
    const body = (words: string) =>
      dataFile(
        record(
          'mail_template_course_paid',
          'mail.template',
          `            <field name="name">Course: paid</field>\n            <field name="body_html" type="html">\n<p>Hello,<br/><br/>${words} <t t-out="object.course_id.name or ''">Spanish A1</t> is booked &amp; paid.</p>\n            </field>\n`,
        ),
      );
    const text = body('Obviously, your place on');
    const fixed = applyEdits(text, fixAllEdits(lintText(text, 'data/mail_template_data.xml', { language: 'en', extends: ['recommended', 'strict'] }).findings));
    assert.equal(fixed, body('Your place on'));
    const finnish = dataFile(
      record(
        'mail_template_kurssi',
        'mail.template',
        '            <field name="name">Kurssi: paikka vahvistettu</field>\n            <field name="body_html" type="html">\n<p>Hei,<br/><br/>paikkasi kurssilla on vahvistettu. Lähetämme huoneen numeron pian.<br/><br/>Ystävällisin terveisin,<br/>Kurssitoimisto</p>\n            </field>\n',
      ),
    );
    assert.deepEqual(covered(finnish, 'fi'), [['deferral/vague-timeframe', 'pian']]);
  });

  it('an XML file with another root, and a data file with no mail template, has no replies', () => {
    assert.equal(lintData(dataFile(record('x', 'ir.ui.view', '            <field name="name">x</field>\n'))).units.length, 0);
    assert.equal(
      lint({ text: '<?xml version="1.0"?>\n<project><name>We will call you soon.</name></project>\n', fileName: 'pom.xml' }, options('en')).units.length,
      0,
    );
  });

  it('a record or field never closed reads what is closed and stays linear', () => {
    const open = dataFile(
      COURSE_PLACE + '        <record id="broken" model="mail.template">\n            <field name="body_html" type="html"><p>Hello, soon.</p>\n',
    );
    assert.deepEqual(
      lintData(open).units.map((unit) => unit.title),
      ['Course: place confirmed'],
    );
    const many = `<odoo>${'<record model="mail.template"><field name="body_html">x '.repeat(20_000)}</odoo>`;
    assert.doesNotThrow(() => lintData(many));
  });
});
