// Issue 12 item 2 (trials 22, 24, 26): a platform greets its user and prints its own site's name ({{site_name}}), and
// no one signs: the platform's e-mail. Without a config such notices were read as agents' macros (the fi pack then
// asked "Hyvä käyttäjä" of a person). A shop's or brand's name, a writer in the first person, an answer to the reader's
// message or a person signing keeps the macro. Text of our own.
import * as assert from 'node:assert/strict';
import { lintText } from '../support/engine';

const reading = (language: string, text: string) => {
  const unit = lintText(text, 'notice.txt', { language }).units[0]!;
  return `${unit.kind} ${unit.kindReason?.id ?? ''}`;
};

describe("a greeted, unsigned text that prints the site's own name, without a config", function () {
  this.timeout(60_000);

  it("is the platform's notice in five languages", () => {
    for (const [language, text] of [
      ['en', 'Dear member,\n\nyou have not signed in to {{ site_name }} for 30 days. Your saved courses are still there.'],
      ['pl', 'Drogi u\u017cytkowniku,\n\nod 30 dni nie logowano si\u0119 do {{ site_name }}. Zapisane kursy nadal czekaj\u0105.'],
      [
        'fi',
        'Hyv\u00e4 k\u00e4ytt\u00e4j\u00e4,\n\net ole kirjautunut palveluun {{ site_name }} 30 p\u00e4iv\u00e4\u00e4n. Tallentamasi kurssit odottavat yh\u00e4.',
      ],
      ['lt', 'Gerb. naudotojau,\n\n\u012f {{ site_name }} neprisijung\u0117te jau 30 dien\u0173. I\u0161saugoti kursai vis dar laukia.'],
      ['sq', 'I/E dashur p\u00ebrdorues,\n\nnuk keni hyr\u00eb n\u00eb {{ site_name }} prej 30 dit\u00ebsh. Kurset e ruajtura ju presin ende.'],
    ] as const)
      assert.equal(reading(language, text), 'auto-reply kind.inferred.site', `${language}: ${text}`);
    // The fi pack spares a notice its conventional "Hyv\u00e4 k\u00e4ytt\u00e4j\u00e4".
    const fi = lintText('Hyv\u00e4 k\u00e4ytt\u00e4j\u00e4,\n\net ole kirjautunut palveluun {{ site_name }} 30 p\u00e4iv\u00e4\u00e4n.', 'notice.txt', {
      language: 'fi',
    });
    assert.deepEqual(
      fi.findings.filter((finding) => finding.ruleId === 'formula/dear-customer'),
      [],
    );
  });

  it("a shop's name, the first person, an answer to the reader or a person signing keeps the macro", () => {
    for (const text of [
      'Hi {{ first_name }},\n\nyour return to {{ shop_name }} is booked for Monday.',
      'Hi {{ first_name }},\n\nI have moved your {{ site_name }} account to the new plan.',
      'Hi {{ first_name }},\n\nthanks for your message about {{ site_name }}: the export button is under Settings.',
      'Hi {{ first_name }},\n\nyour {{ site_name }} account is on the new plan now.\n\nBest,\nMaria',
    ])
      assert.equal(reading('en', text).split(' ')[0], 'macro', text);
  });
});
