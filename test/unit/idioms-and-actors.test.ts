// Trial 20 (issue 13): whose act a sentence tells decides what it owes. An intruder in a security notice, a third
// party's decision the platform relays, a cheer about the reader's own step and a state running out are no task,
// hidden actor or speed promise of ours; the same words about our own work still are.
import * as assert from 'node:assert/strict';
import { lintText } from '../support/engine';

type Kind = 'auto-reply' | 'reply' | 'macro' | 'snippet';
const found = (text: string, language: string, rule: string, kind: Kind = 'snippet') =>
  lintText(text, 'notice.txt', { language, kind })
    .findings.filter((finding) => finding.ruleId === rule)
    .map((finding) => text.slice(finding.start, finding.end));

describe('idioms and actors read by whose act they tell', () => {
  it('deferral/no-owner fi: "joku on" in the perfect tells what someone has done, no task handed to nobody', () => {
    for (const text of [
      'Jos et itse vaihtanut salasanaa, joku muu on luultavasti kirjautunut tilillesi.',
      'Jos et tunnista kirjautumista, joku toinen on voinut saada salasanasi.',
      'Jos et itse tehnyt muutosta, joku muu on ilmeisesti päässyt tilillesi.',
      'Joku kollegoistani on jo soittanut sinulle.',
    ])
      assert.deepEqual(found(text, 'fi', 'deferral/no-owner'), [], text);
    // The same words of a contact still to come name nobody.
    assert.deepEqual(found('Joku tiimistämme on teihin yhteydessä.', 'fi', 'deferral/no-owner'), ['Joku tiimistämme on']);
    assert.deepEqual(found('Joku on ollut teihin yhteydessä, ja joku palaa asiaan.', 'fi', 'deferral/no-owner'), ['joku palaa']);
  });

  it("clarity/passive-closed: a third party's decision the platform relays hides nobody (pl, fi, lt, sq)", () => {
    const relayed: [string, string][] = [
      ['pl', 'Twoja prośba o dołączenie do grupy Biegacze Mokotowa została odrzucona.'],
      ['pl', 'Twój wniosek o członkostwo w klubie został odrzucony.'],
      ['pl', 'Zgłoszenie na wykład zostało odrzucone przez organizatorów.'],
      ['fi', 'Pyyntösi liittyä ryhmään Kallion juoksijat on hylätty.'],
      ['lt', 'Jūsų prašymas prisijungti prie grupės Vilniaus bėgikai buvo atmestas.'],
      ['sq', "Kërkesa juaj për t'u bashkuar me grupin Vrapuesit e Tiranës u refuzua."],
    ];
    for (const [language, text] of relayed) assert.deepEqual(found(text, language, 'clarity/passive-closed'), [], `${language}: ${text}`);
    // Our own decision, or a cause that names no one, still hides who decided.
    assert.deepEqual(found('Twoja reklamacja została odrzucona.', 'pl', 'clarity/passive-closed'), ['reklamacja została odrzucona']);
    assert.deepEqual(found('Konto zostało zablokowane przez pomyłkę.', 'pl', 'clarity/passive-closed'), ['Konto zostało zablokowane']);
    assert.deepEqual(found('Hakemuksesi kanta-asiakkaaksi on hylätty.', 'fi', 'clarity/passive-closed'), ['on hylätty']);
    assert.deepEqual(found('Kërkesa juaj për rimbursim u refuzua.', 'sq', 'clarity/passive-closed'), ['rimbursim u refuzua']);
  });

  it('deferral/vague-timeframe: a term that runs out by itself is a state, no act of ours (five languages)', () => {
    const states: [string, string][] = [
      ['en', 'Your subscription expires soon.'],
      ['en', 'Your free trial will expire shortly.'],
      ['pl', 'Twoja subskrypcja wkrótce wygaśnie.'],
      ['pl', 'Subskrypcja wygasa wkrótce.'],
      ['fi', 'Tilauksesi vanhenee pian.'],
      ['fi', 'Jäsenyytesi voimassaolo päättyy pian.'],
      ['lt', 'Jūsų prenumeratos galiojimas netrukus baigsis.'],
      ['lt', 'Kortelė netrukus nustos galioti.'],
      ['sq', 'Abonimi juaj do të skadojë së shpejti.'],
    ];
    for (const [language, text] of states) assert.deepEqual(found(text, language, 'deferral/vague-timeframe'), [], `${language}: ${text}`);
    // Our own act beside it, or an end that may be our work's, still gives no time.
    assert.deepEqual(found('Your subscription expires tomorrow, and we will renew it soon.', 'en', 'deferral/vague-timeframe'), ['soon']);
    assert.deepEqual(found('Remontas netrukus baigsis.', 'lt', 'deferral/vague-timeframe'), ['netrukus']);
    assert.deepEqual(found('Odnowimy subskrypcję wkrótce.', 'pl', 'deferral/vague-timeframe'), ['wkrótce']);
  });
});
