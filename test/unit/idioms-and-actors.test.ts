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
    // Reviewer-21 #5: the adverb "nyt" is no participle.
    assert.deepEqual(found('Joku kollegoistani on nyt sinuun yhteydessä tilauksesta.', 'fi', 'deferral/no-owner'), ['Joku kollegoistani on']);
  });

  it("clarity/passive-closed: a third party's decision the platform relays hides nobody (pl, fi, lt, sq)", () => {
    const relayed: [string, string][] = [
      ['pl', 'Twoja prośba o dołączenie do grupy Biegacze Mokotowa została odrzucona.'],
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
    // Reviewer-21 #6: the shop's own club or review group is no third party.
    assert.deepEqual(found('Pani prośba o członkostwo w klubie stałych klientów naszej drogerii została odrzucona.', 'pl', 'clarity/passive-closed'), [
      'drogerii została odrzucona',
    ]);
    assert.deepEqual(found('Jūsų prašymas tapti mūsų parduotuvės klubo nariu buvo atmestas.', 'lt', 'clarity/passive-closed'), ['nariu buvo atmestas']);
    assert.deepEqual(found('Ankesa juaj u refuzua nga grupi ynë i kontrollit të cilësisë.', 'sq', 'clarity/passive-closed'), ['juaj u refuzua']);
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

  it("promise/immediately: the reader's own step is their pace, no promise of our work (reviewer-21 #8)", () => {
    for (const [language, text] of [
      ['en', 'You can fix it immediately by clearing the browser cache and signing in again.'],
      ['en', 'Please resolve the declined payment immediately to keep your plan active.'],
      ['en', 'To fix this right away, open Settings > Devices and remove the old phone.'],
      ['sq', 'Zgjidh menjëherë një fjalëkalim të ri, nëse nuk ke hyrë ti nga Tirana.'],
    ]) {
      assert.deepEqual(found(text, language, 'promise/immediately'), [], `${language}: ${text}`);
    }
    for (const [language, text] of [
      ['en', "We'll fix this immediately."],
      ['en', 'We are going to fix this right away, so thanks for bearing with us.'],
      ['en', 'We will try to resolve it immediately.'],
      ['sq', 'E zgjidhim menjëherë problemin me faturën.'],
      ['sq', 'Defektin do ta rregullojmë menjëherë.'],
    ]) {
      assert.equal(found(text, language, 'promise/immediately').length, 1, `${language}: ${text}`);
    }
  });

  it('deferral/vague-timeframe: a term that ends or renews by itself is a fact of the term; one we start is not (reviewer-21 #7, five languages)', () => {
    const ends: [string, string][] = [
      ['en', 'Your free trial ends soon. You can pick a plan on the Billing page.'],
      ['en', 'Your membership is renewing shortly.'],
      ['pl', 'Pani okres próbny wkrótce się kończy.'],
      ['pl', 'Abonament wkrótce się odnowi, 12 stycznia.'],
      ['fi', 'Kokeilujaksosi päättyy pian.'],
      ['fi', 'Jäsenyytesi uusiutuu pian, 12.1.'],
      ['lt', 'Jūsų bandomasis laikotarpis netrukus baigiasi.'],
      ['sq', 'Periudha juaj provuese përfundon së shpejti.'],
    ];
    for (const [language, text] of ends) assert.deepEqual(found(text, language, 'deferral/vague-timeframe'), [], `${language}: ${text}`);
    // A term we switch on, or our own act beside the end, still owes a time.
    const ours: [string, string, string][] = [
      ['en', 'Your free trial starts soon.', 'soon'],
      ['en', 'Your trial ends on Friday, and we will send you a reset link soon.', 'soon'],
      ['pl', 'Okres próbny wkrótce się zacznie.', 'wkrótce'],
      ['fi', 'Kokeilujaksosi alkaa pian.', 'pian'],
      ['lt', 'Bandomasis laikotarpis netrukus prasidės.', 'netrukus'],
      ['sq', 'Periudha provuese fillon së shpejti.', 'së shpejti'],
      // A period of our own handling is our work (reviewer-22 #13).
      ['en', 'Your claim is with our assessors. The review period ends soon.', 'soon'],
      ['pl', 'Okres rozpatrywania reklamacji wkrótce się kończy.', 'wkrótce'],
      ['lt', 'Pretenzijos nagrinėjimo laikotarpis netrukus baigiasi.', 'netrukus'],
      ['sq', 'Periudha e shqyrtimit të ankesës përfundon së shpejti.', 'së shpejti'],
    ];
    for (const [language, text, span] of ours) assert.deepEqual(found(text, language, 'deferral/vague-timeframe'), [span], `${language}: ${text}`);
  });

  it("promise/immediately and deferral/vague-timeframe: a cheer about the reader's own step after its button or link promises nothing of ours", () => {
    const cheers: [string, string, string][] = [
      ['en', 'promise/immediately', "Resetting is quick. Tap the link below and pick a new password. You'll be back in your account in no time."],
      ['en', 'promise/immediately', "Tap the link below and choose a new password. We'll have you signed in again in no time."],
      [
        'en',
        'promise/immediately',
        "Choosing a new password is easy. Just tap the green button, then follow the steps on screen. We'll have you up and running again in a jiffy.",
      ],
      ['en', 'deferral/vague-timeframe', "Tap the link below and pick a new password. You'll be back in your account soon."],
      ['pl', 'promise/immediately', 'Zmiana hasła jest prosta. Kliknij link poniżej i wybierz nowe hasło. W mgnieniu oka wrócisz do swojego konta.'],
      ['pl', 'deferral/vague-timeframe', 'Kliknij link poniżej i wybierz nowe hasło. Wkrótce wrócisz do swojego konta.'],
      [
        'fi',
        'deferral/vague-timeframe',
        'Salasanan vaihto on nopeaa. Napauta alla olevaa linkkiä ja valitse uusi salasana. Pääset tuota pikaa kirjautumaan taas.',
      ],
      ['lt', 'promise/immediately', 'Spustelėkite nuorodą žemiau ir pasirinkite naują slaptažodį. Akies mirksniu vėl galėsite prisijungti.'],
      ['lt', 'deferral/vague-timeframe', 'Spustelėkite nuorodą žemiau ir pasirinkite naują slaptažodį. Netrukus vėl galėsite prisijungti.'],
      ['sq', 'promise/immediately', 'Klikoni lidhjen më poshtë dhe zgjidhni një fjalëkalim të ri. Do të jeni përsëri në llogari sa hap e mbyll sytë.'],
      ['sq', 'deferral/vague-timeframe', 'Klikoni lidhjen më poshtë dhe zgjidhni një fjalëkalim të ri. Së shpejti do të jeni përsëri në llogari.'],
    ];
    for (const [language, rule, text] of cheers) assert.deepEqual(found(text, language, rule), [], `${language} ${rule}: ${text}`);
  });

  it('keeps the cheer flagged when the step hands something to us or books our work: the pace is ours (reviewer-21 #22)', () => {
    const handed: [string, string, string, string][] = [
      [
        'en',
        'promise/immediately',
        "Press the button below to send us the photos of the dented case. We'll have you up and running again in a jiffy.",
        'in a jiffy',
      ],
      ['en', 'deferral/vague-timeframe', "Use the link below to book a technician. You'll be back online soon.", 'soon'],
      [
        'pl',
        'deferral/vague-timeframe',
        'Kliknij przycisk poni\u017cej i wy\u015blij nam zdj\u0119cia wgniecionej obudowy. Wkr\u00f3tce wr\u00f3cisz do pracy.',
        'Wkr\u00f3tce',
      ],
      [
        'fi',
        'deferral/vague-timeframe',
        'Paina alla olevaa painiketta ja l\u00e4het\u00e4 meille kuvat kolhiintuneesta kuoresta. P\u00e4\u00e4set pian taas t\u00f6ihin.',
        'pian',
      ],
      [
        'lt',
        'deferral/vague-timeframe',
        'Spustel\u0117kite nuorod\u0105 ir atsi\u0173skite mums \u012fl\u0117\u0161to korpuso nuotraukas. Netrukus v\u0117l gal\u0117site dirbti.',
        'Netrukus',
      ],
      [
        'sq',
        'deferral/vague-timeframe',
        'Shtypni butonin m\u00eb posht\u00eb dhe na d\u00ebrgoni fotot e kutis\u00eb s\u00eb g\u00ebrvishtur. S\u00eb shpejti do t\u00eb jeni p\u00ebrs\u00ebri n\u00eb pun\u00eb.',
        'S\u00eb shpejti',
      ],
    ];
    for (const [language, rule, text, excerpt] of handed) assert.deepEqual(found(text, language, rule), [excerpt], `${language} ${rule}: ${text}`);
    // The reader's own step keeps its excuse: nothing is handed to us.
    assert.deepEqual(found("Press the button below and choose a new PIN. You'll be back online soon.", 'en', 'deferral/vague-timeframe'), []);
  });

  it("keeps the same cheer after our own work, with no step of the reader's, or when our work is what is timed", () => {
    const ours: [string, string, string, string][] = [
      ['en', 'promise/immediately', "Our engineer is replacing the faulty router today. You'll be back up and running in no time.", 'in no time'],
      // A button pressed by our people is our work, not the reader's step.
      ['en', 'promise/immediately', "Our technician will press the reset button. You'll be back up and running in no time.", 'in no time'],
      ['en', 'promise/immediately', "Tap the link in this email to confirm your address. We'll fix the sync in no time.", 'in no time'],
      // A subject joined before "and" is another clause's: the rest is our fix.
      ['en', 'promise/immediately', "Tap the link below to sign in again, and we'll fix the rest in no time.", 'in no time'],
      // The reader as receiver of our work is no reader back at their own use.
      ['en', 'deferral/vague-timeframe', "Tap the link in this email to confirm your address. You'll receive your refund soon.", 'soon'],
      ['pl', 'deferral/vague-timeframe', 'Naprawiamy serwer. Wkrótce wrócisz do swojego konta.', 'Wkrótce'],
      ['fi', 'deferral/vague-timeframe', 'Korjaamme vian. Pääset tuota pikaa kirjautumaan taas.', 'tuota pikaa'],
      ['fi', 'promise/immediately', 'Napauta alla olevaa linkkiä ja valitse uusi salasana. Tilisi on hetkessä kunnossa.', 'hetkessä kunnossa'],
    ];
    for (const [language, rule, text, span] of ours) assert.deepEqual(found(text, language, rule), [span], `${language} ${rule}: ${text}`);
    // The step in an earlier paragraph cheers nothing below it.
    assert.deepEqual(found("Tap the link below and choose a new password.\n\nYou'll be back in your account in no time.", 'en', 'promise/immediately'), [
      'in no time',
    ]);
  });

  it("empathy/bad-news-without-empathy en: a threat lifted is good news; the reader's own thing, or the threat as a cause, stays news", () => {
    const notice = (text: string) => found(`Hello,\n\n${text}\n\nTransit Team`, 'en', 'empathy/bad-news-without-empathy', 'auto-reply');
    assert.deepEqual(notice('The rail strike is now cancelled.'), []);
    assert.deepEqual(notice("Good news: the bus drivers' walkout planned for Thursday is now cancelled, so all routes run as normal."), []);
    assert.deepEqual(notice('Your tram runs as booked, and the strike is now cancelled.'), []);
    assert.deepEqual(notice('The planned maintenance on Saturday is now cancelled.'), []);
    assert.deepEqual(notice('Your flight during the strike on Monday is now cancelled.'), ['is now cancelled']);
    assert.deepEqual(notice('Due to the strike the open-air concert is now cancelled.'), ['is now cancelled']);
    assert.deepEqual(notice('Because of the strike, the concert is now cancelled.'), ['is now cancelled']);
  });
});
