// The comment a replylint directive is written in, in a plain-text template: the one its engine drops before the
// customer sees the text (dialects.yaml `comments`), so the directive is never printed and the template still
// parses (reviewer-26 #9: a Liquid {% comment %} in a Jinja, Template Toolkit, Handlebars or FreeMarker file).
import * as assert from 'node:assert/strict';
import { builtinDialects } from '../../server/src/engine/config/dialects-file';
import { scanPlaceholders } from '../../server/src/engine/placeholders/scan';
import { findDirectives } from '../../server/src/engine/units/directives';
import { findingsOf, lintText } from '../support/engine';

const RULE = 'deferral/vague-timeframe';

/** A reply with a directive line (in `comment`) above its vague promise. */
const withDirective = (head: string, comment: readonly [string, string] | undefined, tail = '') =>
  `${head}\n${comment ? `${comment[0]}replylint-disable-next-line ${RULE}${comment[1]}\n` : ''}We will send the new parts soon.\n${tail}\nBest,\nMirja\n`;

describe('directive comments', () => {
  it("every engine's comment in dialects.yaml is read back as a directive", () => {
    const forms = new Set(
      Object.values(builtinDialects())
        .flatMap((dialect) => dialect.comments ?? [])
        .map((entry) => entry.comment),
    );
    assert.ok(forms.size >= 6, JSON.stringify([...forms]));
    for (const [opening, closing] of forms) {
      const text = `${opening}replylint-disable-next-line ${RULE} tone/shouting${closing}\nWe will reply soon.`;
      assert.deepEqual(
        findDirectives(text).directives.map(({ kind, rules, start, end }) => ({ kind, rules, start, end })),
        [{ kind: 'disable-next-line', rules: [RULE, 'tone/shouting'], start: 0, end: text.indexOf('\n') }],
        opening,
      );
    }
    // Handlebars' short comment too.
    assert.deepEqual(findDirectives(`{{! replylint-disable ${RULE} }}`).directives[0]?.rules, [RULE]);
  });

  it("gives each plain-text template its engine's comment, and none where the engine may print it", () => {
    const templates: [string, string, (readonly [string, string])?][] = [
      // Zendesk's variables say Zendesk, whose Liquid drops its comment tag; a Liquid filter or tag says Liquid.
      ['Hi {{ ticket.requester.first_name }},\n', 'macro.txt', ['{% comment %}', '{% endcomment %}']],
      ['Hi {{ member.first_name | default: "there" }},\n', 'renewal.txt', ['{% comment %}', '{% endcomment %}']],
      ['Hi {{ member.first_name }},\n{% if member.paid %}Thanks for renewing.{% endif %}\n', 'renewal.txt', ['{% comment %}', '{% endcomment %}']],
      ['Hi there,\n', 'renewal.liquid', ['{% comment %}', '{% endcomment %}']],
      // No template syntax, or {{name}} alone (Mustache, Handlebars and Twig print {% comment %}): nothing tells the engine.
      ['Hello,\n', 'reply.txt', undefined],
      ['Hi {{ member_name }},\n', 'renewal.txt', undefined],
      // ERB's own comment tag (a Rails mailer view).
      ['Hi <%= member.first_name %>,\n', 'renewal.text.erb', ['<%# ', ' %>']],
      // Intercom, Help Scout, Front and Gorgias document no comment tag (reviewer-27 #16).
      ['Hi {{ first_name | fallback: "there" }},\n', 'intercom.txt', undefined],
      ['Hi {%customer.firstName,fallback=there%},\n', 'helpscout.txt', undefined],
      ['Hi {{ recipient.first_name }},\n', 'front.txt', undefined],
      ['Hi {{ ticket.customer.firstname }},\n', 'gorgias.txt', undefined],
      // Jinja read as Liquid, told by its own tags and fallbacks; FreeMarker by its directives.
      [
        'Hi {{ member.first_name or "there" }},\n{% if member.paid %}Thanks for renewing.{% elif member.trial %}Thanks for trying us.{% endif %}\n',
        'renewal.j2',
        ['{# ', ' #}'],
      ],
      ['Hi {{ member.first_name | default("there") }},\n', 'renewal.txt', ['{# ', ' #}']],
      ['Hi ${member.firstName},\n<#if member.paid>Thanks for renewing.</#if>\n', 'renewal.ftl', ['<#-- ', ' -->']],
      // A Smarty template of translation blocks alone (CiviCRM).
      ['{ts 1=$member.first_name}Dear %1,{/ts}\n', 'renewal.tpl', ['{* ', ' *}']],
      // Or by the file's name, when its tags are Liquid's too.
      ['Hi {{ member.first_name }},\n{% if member.paid %}Thanks for renewing.{% endif %}\n', 'renewal.j2', ['{# ', ' #}']],
      ['Hi ${member.firstName},\n', 'renewal.ftl', ['<#-- ', ' -->']],
      ['Dear [% borrower.firstname %],\n[% IF hold %]Your hold is ready.[% END %]\n', 'hold.txt', ['[%# ', ' %]']],
      ['Hi {{#if name}}{{name}}{{else}}there{{/if}},\n', 'order.hbs', ['{{!-- ', ' --}}']],
      // osTicket prints a Liquid comment as text, and has no comment of its own.
      ['Dear %{ticket.name.first},\nYour ticket #%{ticket.number} is open.\n', 'osticket.txt', undefined],
    ];
    for (const [head, fileName, comment] of templates) {
      const result = lintText(withDirective(head, undefined), fileName);
      assert.deepEqual(result.comment, comment, `${fileName}: ${result.dialect}`);
      if (!comment) continue;
      // Written there, the directive hides the finding, and the template's placeholders read as before.
      const text = withDirective(head, comment);
      assert.deepEqual(findingsOf(RULE, text, fileName), [], text);
      assert.equal(findingsOf(RULE, withDirective(head, undefined), fileName).length, 1, fileName);
      assert.deepEqual(scanPlaceholders(text).problems, scanPlaceholders(withDirective(head, undefined)).problems, fileName);
    }
  });

  it("a name's fallback is suggested in the syntax of the file's engine: Jinja's filter call, not Liquid's (issue 12)", () => {
    const body = '\n\nYour membership is renewed until March.\n\nBest,\nMirja\n';
    const templates: [string, string, string][] = [
      ['Hi {{ member.first_name }},\n{% set year = 2027 %}', 'renewal.txt', '{{ member.first_name | default("there") }}'],
      ['Hi {{ member.first_name }},', 'renewal.twig', '{{ member.first_name | default("there") }}'],
      ['Hi {{ member.first_name }},', 'renewal.njk', '{{ member.first_name | default("there") }}'],
      ['Hi {{ member.first_name }},\n{% assign year = 2027 %}', 'renewal.txt', '{{member.first_name | default:"there"}}'],
      ['Hi {{ member.first_name }},', 'renewal.liquid', '{{member.first_name | default:"there"}}'],
    ];
    for (const [head, fileName, written] of templates) {
      const text = `${head}${body}`;
      const [finding, ...more] = findingsOf('placeholder/name-without-fallback', text, fileName);
      assert.equal(more.length, 0, fileName);
      const edit = finding?.suggestions[0]?.edits[0];
      assert.equal(edit?.newText, written, fileName);
      // Taken, the suggestion leaves a name with its fallback.
      const fixed = `${text.slice(0, edit.start)}${edit.newText}${text.slice(edit.end)}`;
      assert.deepEqual(findingsOf('placeholder/name-without-fallback', fixed, fileName), [], fixed);
    }
  });

  it("a directive in a Jinja comment is nobody's words: no finding reads its note", () => {
    // The scan reads {# #} as text; the directive's note in capitals would be shouting were it not masked.
    const text =
      'Hi {{ member.first_name or "there" }},\n{# replylint-disable deferral/vague-timeframe -- KEEP THIS LINE, OUR TEAM NEEDS IT #}\nYour parcel left our warehouse this morning.\n\nBest,\nMirja\n';
    assert.deepEqual(
      lintText(text, 'reply.txt').findings.map((finding) => finding.ruleId),
      [],
    );
  });

  it('reads the ids on one line: a comment still being typed, closed only by a later comment, reads no prose as ids', () => {
    const rulesOf = (text: string) => findDirectives(text).directives.map((directive) => directive.rules);
    // Typed above a reply whose later note closes it: the reply's words are no ids.
    assert.deepEqual(rulesOf('<!-- replylint-disable-next-line tone/con\nWe will look into it, thanks for your patience.\n<!-- note -->'), [['tone/con']]);
    // In a comment tag of its own, the ids on the line after the keyword; the lines after them are a description.
    assert.deepEqual(rulesOf(`{% comment %}replylint-disable\n${RULE}, tone\nagreed with legal\n{% endcomment %}`), [[RULE, 'tone']]);
    assert.deepEqual(rulesOf(`<!-- replylint-disable ${RULE} -- agreed\nwith legal -->`), [[RULE]]);
    assert.deepEqual(rulesOf('<!-- replylint-disable\n-->'), [[]]);
  });

  it('an unknown id is one problem per comment, at its first unknown id, however many words follow it', () => {
    const problems = (text: string) =>
      lintText(text, 'reply.md')
        .findings.filter((finding) => finding.ruleId === 'replylint/unknown-setting')
        .map((finding) => [text.slice(finding.start, finding.end), finding.message]);
    const reply = 'We will look into it and write again, thanks for your patience.';
    assert.deepEqual(problems(`Hi Sam,\n\n<!-- replylint-disable-next-line tone/con\n${reply}\n\nBest,\nAna\n<!-- sent by Ana -->\n`), [
      ['tone/con', 'Unknown rule id "tone/con" in this replylint-disable-next-line comment; did you mean "tone/condescending"?'],
    ]);
    assert.deepEqual(problems(`Hi Sam,\n\n<!-- replylint-disable-next-line ${RULE} tone/con ${reply}\n<!-- sent by Ana -->\n`), [
      [
        'tone/con',
        'Unknown rule id "tone/con" in this replylint-disable-next-line comment (12 more words in it are no rule id either; a description follows "--"); did you mean "tone/condescending"?',
      ],
    ]);
    assert.deepEqual(problems(`<!-- replylint-disable ${RULE} tone -->\nWe will reply by Friday.\n`), []);
  });
});
