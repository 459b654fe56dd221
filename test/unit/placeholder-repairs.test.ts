// Repairs of broken placeholder syntax: closing an unclosed "{{" or "{%" is a
// fix; where a missing end tag goes is the writer's choice (suggestions).
import * as assert from 'node:assert/strict';
import { applyEdits, fixToFixedPoint } from '../../server/src/engine/fix-all';
import type { Finding } from '../../server/src/engine/types';
import { findingsOf, lintText } from '../support/engine';

const malformed = (text: string, fileName = 'reply.txt'): Finding[] => findingsOf('placeholder/malformed', text, fileName);

const fixed = (text: string, fileName = 'reply.txt'): string => {
  // The unclosed delimiter's finding (an unended block around it is reported too).
  const finding = malformed(text, fileName).find((item) => item.fix);
  assert.ok(finding?.fix, `no fix for ${JSON.stringify(text)}`);
  return applyEdits(text, finding.fix.edits);
};

describe('placeholder syntax repairs', () => {
  it('closes an unclosed "{{" right after its variable and filters', () => {
    assert.equal(fixed('Hi {{first_name,\n\nYour order shipped.'), 'Hi {{first_name}},\n\nYour order shipped.');
    assert.equal(
      fixed('Hi {{ first_name | fallback: "there" , thanks.\n\nYour order shipped.'),
      'Hi {{ first_name | fallback: "there"}} , thanks.\n\nYour order shipped.',
    );
    assert.equal(fixed('Order {{ticket.id is on its way.'), 'Order {{ticket.id}} is on its way.');
  });

  it('completes a closing typed by half', () => {
    assert.equal(fixed('Hi {{first_name}, thanks.\n\nYour order shipped.'), 'Hi {{first_name}}, thanks.\n\nYour order shipped.');
    assert.equal(fixed('Hi there,\n\n{% if x %}Yes.{% endif %\n\nBest,\nAna'), 'Hi there,\n\n{% if x %}Yes.{% endif %}\n\nBest,\nAna');
  });

  it('closes a Help Scout variable and a Liquid tag without arguments, spaced like its opening', () => {
    assert.equal(fixed('Hi {%customer.firstName,fallback=there, welcome.'), 'Hi {%customer.firstName,fallback=there%}, welcome.');
    assert.equal(fixed('{% if vip %}Hi VIP{% else\nHi there{% endif %}'), '{% if vip %}Hi VIP{% else %}\nHi there{% endif %}');
  });

  it('offers no fix where the end of the expression is a guess', () => {
    const [finding] = malformed("Hi there,\n\n{% if ticket.priority == 'urgent' We're on it.");
    assert.ok(finding);
    assert.equal(finding.fix, undefined);
  });

  // An HTML e-mail holds its paragraphs on one line: a broken opening that took in the rest of its line hid every
  // sentence after it from the other rules (a Help Scout saved reply with "%," typed for "%}").
  it('a never-closed opening takes in its expression, or the text up to the next HTML tag, not the rest of the line', () => {
    const rules = (text: string, fileName: string) =>
      lintText(text, fileName).findings.map((finding) => `${finding.ruleId}:${text.slice(finding.start, finding.end)}`);
    const after = 'As I said before, you need to simply click Cancel in the app.';
    assert.deepEqual(rules(`<p>Hi {%customer.firstName,fallback=there%,</p><p>${after}</p><p>Best,<br>Ana</p>`, 'reply.html'), [
      'placeholder/malformed:{%customer.firstName,fallback=there%',
      'tone/condescending:As I said before',
      'tone/condescending:simply',
    ]);
    assert.deepEqual(rules(`Hi {{first_name, ${after}\n\nBest,\nAna`, 'reply.txt'), [
      'placeholder/malformed:{{first_name',
      'tone/condescending:As I said before',
      'tone/condescending:simply',
    ]);
    // Where a tag's expression ends is a guess: it runs to the next HTML tag, or the line's end.
    assert.deepEqual(rules(`<p>{% if ticket.priority == 'urgent' Hi there,</p><p>${after}</p>`, 'reply.html').slice(0, 2), [
      "placeholder/malformed:{% if ticket.priority == 'urgent' Hi there,",
      'tone/condescending:As I said before',
    ]);
  });

  it('keeps positions with emoji and CRLF before the placeholder', () => {
    assert.equal(fixed('Hi 😀 Zoë {{first_name,\r\n\r\nYour order shipped.'), 'Hi 😀 Zoë {{first_name}},\r\n\r\nYour order shipped.');
  });

  it('suggests a missing end tag at the end of the paragraph and at the end of the reply, before its footer', () => {
    const text = "Hi there,\n\n{% if ticket.priority == 'urgent' %}We're on it.\n\nBest,\nAna\n\n-- \nAcme Support, 1 Main St";
    const [finding] = malformed(text);
    assert.ok(finding);
    assert.equal(finding.fix, undefined);
    assert.deepEqual(
      finding.suggestions.map((suggestion) => applyEdits(text, suggestion.edits)),
      [text.replace('on it.', 'on it.{% endif %}'), text.replace('Ana\n', 'Ana{% endif %}\n')],
    );
  });

  it('one suggestion when the block runs to the end of the reply; the first words may start on the next line', () => {
    const text = 'Hi there,\n\n{% unless vip %}\nYour refund is on its way.';
    const [finding] = malformed(text);
    assert.deepEqual(
      finding!.suggestions.map((suggestion) => [suggestion.title, applyEdits(text, suggestion.edits)]),
      [['Add "{% endunless %}" at the end of the reply', `${text}{% endunless %}`]],
    );
  });

  it('a fix in a JSON export keeps the file valid', () => {
    const json = JSON.stringify([{ title: 'Shipped', body: 'Hi {{first_name,\n\nYour order shipped.\n\nBest,\nAna' }], null, 2);
    const result = lintText(json, 'macros.json');
    const { text } = fixToFixedPoint(json, result, (next) => lintText(next, 'macros.json'));
    assert.equal((JSON.parse(text) as { body: string }[])[0]!.body, 'Hi {{first_name}},\n\nYour order shipped.\n\nBest,\nAna');
  });
});

// Reviewer 21 #16: a library notice's field closed with one ">" was not reported.
describe('a double-angle field closed with one ">"', () => {
  const notice = 'Dear <<borrowers.firstname>,\n\nThe book <<biblio.title>> is due on <<issues.date_due | dateonly>>.\n\n<<branches.branchname>>';

  it('is malformed, and the fix adds the missing ">" (text, HTML, JSON export)', () => {
    const [finding] = malformed(notice);
    assert.ok(finding, 'not reported');
    assert.equal(notice.slice(finding.start, finding.end), '<<borrowers.firstname>');
    assert.equal(fixed(notice), notice.replace('firstname>,', 'firstname>>,'));
    const html = `<p>${notice.split('\n\n').join('</p>\n<p>')}</p>`;
    assert.equal(fixed(html, 'notice.html'), html.replace('firstname>,', 'firstname>>,'));
    const exported = JSON.stringify([{ name: 'Due', body: notice }]);
    assert.deepEqual(JSON.parse(fixed(exported, 'notices.json')), [{ name: 'Due', body: notice.replace('firstname>,', 'firstname>>,') }]);
  });

  it('in HTML that writes the field with references, closes it with "&gt;" too (reviewer 22 #9)', () => {
    const html = '<p>Hello &lt;&lt;borrowers.firstname&gt;,</p>\n<p>&lt;&lt;biblio.title&gt;&gt; is ready at the front desk &amp; kept for you.</p>';
    assert.equal(fixed(html, 'hold.html'), html.replace('firstname&gt;,', 'firstname&gt;&gt;,'));
    // A bare ">" stays bare where the file has references elsewhere.
    const mixed = '<p>Hello <<borrowers.firstname>,</p>\n<p><<biblio.title>> is ready at the front desk &amp; kept for you.</p>';
    assert.equal(fixed(mixed, 'hold.html'), mixed.replace('firstname>,', 'firstname>>,'));
  });

  it('is only offered where the text has no whole field (reviewer 22 #17)', () => {
    const text = 'Hi Ana,\n\nThe filter reads <<score:high> on the dashboard.\n\nBest,\nLeo';
    const [finding] = malformed(text, 'reply.md');
    assert.equal(finding?.fix, undefined);
    assert.deepEqual(
      finding!.suggestions.map((suggestion) => applyEdits(text, suggestion.edits)),
      [text.replace('high>', 'high>>')],
    );
  });

  it('whole fields, a filter, a shell heredoc and C++ output are not', () => {
    assert.deepEqual(malformed(notice.replace('firstname>,', 'firstname>>,')), []);
    const code =
      'Hi Sam,\n\nSave the log with:\n\n    cat <<EOF > log.txt\n    EOF\n\nor inline `cat <<EOF`; in C++ it is `std::cout << order.id >`.\n\nBest,\nAna';
    assert.deepEqual(malformed(code, 'reply.md'), []);
  });
});
