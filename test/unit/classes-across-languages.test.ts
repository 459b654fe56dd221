// Issue 13: a wrong class met at first sight in one language of a held-out trial is met next in another. Each case
// here is a class a trial showed in one language, checked in every language whose pack has the phrase.
import * as assert from 'node:assert/strict';
import { lintText } from '../support/engine';

type Kind = 'auto-reply' | 'reply' | 'macro' | 'snippet';
const found = (text: string, language: string, rule: string, kind: Kind = 'snippet') =>
  lintText(text, 'notice.txt', { language, kind })
    .findings.filter((finding) => finding.ruleId === rule)
    .map((finding) => text.slice(finding.start, finding.end));

describe('wrong classes of the held-out trials, in every language', () => {
  it('tone/blame: careful reading of what this message gives (below, attached) is advice, not a reproach', () => {
    const advice: [string, string][] = [
      ['pl', 'Zanim potwierdzi Pani rezerwację, prosimy dokładnie zapoznać się z warunkami najmu podanymi poniżej.'],
      ['pl', 'Proszę uważnie przeczytać następujące zasady korzystania z sali.'],
      ['pl', 'Prosimy o dokładne zapoznanie się z umową poniżej przed podpisem.'],
      ['lt', 'Prieš patvirtindami rezervaciją, atidžiai perskaitykite žemiau pateiktas nuomos sąlygas.'],
      ['lt', 'Prašome atidžiai susipažinti su toliau pateikta sutartimi prieš ją pasirašant.'],
      ['sq', 'Para se të konfirmoni rezervimin, lexoni me kujdes kushtet e qirasë më poshtë.'],
      ['sq', 'Ju lutemi lexoni me kujdes rregullat e mëposhtme të përdorimit të sallës.'],
      ['fi', 'Lukekaa huolellisesti alla olevat vuokraehdot ennen varauksen vahvistamista.'],
      // Trial 38: a document this message brings, or the reader's new agreement.
      ['pl', 'Prosimy o dokładne zapoznanie się z umową kredytu, którą dołączamy do tej wiadomości.'],
      ['lt', 'Atidžiai perskaitykite pridedamą paskolos sutartį.'],
      ['lt', 'Sutartis.pdf — Jūsų kredito sutartis, prašome atidžiai perskaityti'],
      ['fi', 'Lukekaa huolellisesti liitteenä oleva lainasopimus.'],
      ['sq', 'Ju lutemi lexoni me kujdes kontratën e kredisë bashkëngjitur.'],
    ];
    for (const [language, text] of advice) assert.deepEqual(found(text, language, 'tone/blame'), [], `${language}: ${text}`);
    // What the reader had already (the terms, an earlier message) is still the reproach.
    const reproach: [string, string, string][] = [
      ['pl', 'Proszę uważnie przeczytać regulamin, zanim znów Pan napisze.', 'Proszę uważnie przeczytać'],
      ['lt', 'Atidžiai perskaitykite taisykles, kurias gavote kovo mėnesį.', 'Atidžiai perskaitykite'],
      ['sq', 'Lexoni me kujdes udhëzimet që ju dërguam javën e kaluar.', 'Lexoni me kujdes'],
      ['fi', 'Lukekaa huolellisesti ohjeet, jotka lähetimme maaliskuussa.', 'Lukekaa huolellisesti'],
      // An attachment may be a past one, "next time" and "go on reading" are no "below" (reviewer-24 #4).
      ['pl', 'Proszę uważnie czytać, umowa była w załączniku poprzedniej wiadomości.', 'Proszę uważnie czytać'],
      ['lt', 'Prašome atidžiai skaityti mūsų laiškus ir toliau, sutartis buvo pridėta prie ankstesnio laiško.', 'Prašome atidžiai skaityti'],
      ['fi', 'Lukekaa huolellisesti seuraavalla kerralla, ohje oli jo liitteenä.', 'Lukekaa huolellisesti'],
      ['sq', 'Ju lutemi lexoni me kujdes email-et tona më poshtë në bisedë, kodi ishte aty.', 'lexoni me kujdes email-et tona'],
      // Attached to an earlier message, told in the past (trial 38's excuse is the attachment of this one).
      ['pl', 'Prosimy dokładnie zapoznać się, umowa była załączona do poprzedniej wiadomości.', 'Prosimy dokładnie zapoznać'],
      ['fi', 'Lukekaa huolellisesti, sopimus oli liitteenä jo maaliskuussa.', 'Lukekaa huolellisesti'],
      ['sq', 'Lexoni me kujdes, kontrata ishte bashkëngjitur në email-in e kaluar.', 'Lexoni me kujdes'],
    ];
    for (const [language, text, span] of reproach) assert.deepEqual(found(text, language, 'tone/blame'), [span], `${language}: ${text}`);
  });

  it('clarity/passive-closed: admission to a place someone else runs, refused, is their decision relayed (pl, fi, lt, sq)', () => {
    // Trials 20, 24, 25: a platform's notice that a registration, an enrolment or a subscription was refused, read as a
    // macro or a body without a config. The notice's own shapes: a fill-in names the place, or nothing does.
    const relayed: [string, string][] = [
      ['pl', 'Twoja rejestracja na {site_name} została odrzucona.'],
      ['pl', 'Witaj {first_name},\n\nTwój zapis na kurs „{course}” został odrzucony.'],
      ['pl', 'Prośba o rejestrację w serwisie Ogrodnicy została rozpatrzona negatywnie.'],
      ['fi', 'Rekisteröitymisesi palveluun {site_name} on hylätty.'],
      ['fi', 'Hei {first_name},\n\nIlmoittautumisesi kurssille {course} hylättiin.'],
      ['lt', 'Jūsų registracija svetainėje {site_name} buvo atmesta.'],
      ['lt', 'Sveiki, {first_name},\n\nJūsų prašymas priimti į kursą „{course}“ buvo atmestas.'],
      ['sq', 'Regjistrimi juaj në {site_name} është refuzuar.'],
      ['sq', 'Përshëndetje {first_name},\n\nAbonimi juaj në kursin {course} u refuzua.'],
    ];
    for (const [language, text] of relayed)
      for (const kind of ['snippet', 'macro'] as const)
        assert.deepEqual(found(text, language, 'clarity/passive-closed', kind), [], `${language} ${kind}: ${text}`);
    // The customer's claim, a refund that mentions a course, a blocked account: the writer's own decision, still hidden.
    const hidden: [string, string, string][] = [
      ['pl', 'Pana wniosek o zwrot opłaty za kurs został odrzucony.', 'kurs został odrzucony'],
      ['pl', 'Twoje konto w serwisie zostało zablokowane.', 'serwisie zostało zablokowane'],
      ['fi', 'Reklamaatiosi kurssimaksusta on hylätty.', 'on hylätty'],
      ['lt', 'Jūsų pretenzija dėl kurso buvo atmesta.', 'kurso buvo atmesta'],
      ['lt', 'Jūsų registracijos paskyra buvo užblokuota.', 'paskyra buvo užblokuota'],
      ['sq', 'Ankesa juaj për kursin u refuzua.', 'kursin u refuzua'],
      // The admission word counts only with the place after it: a date of registration, a clause of the terms, a return
      // accepted back, our own club (reviewer-24 #3).
      ['pl', 'Reklamacja z dnia rejestracji 5 maja została odrzucona.', 'maja została odrzucona'],
      ['pl', 'Na podstawie zapisu § 4 regulaminu zwrot został odrzucony.', 'zwrot został odrzucony'],
      ['pl', 'Prośba o dołączenie do naszego klubu stałych klientów została odrzucona.', 'klientów została odrzucona'],
      ['fi', 'Rekisteröimäsi palautuspyyntö on hylätty.', 'on hylätty'],
      ['lt', 'Jūsų prašymas priimti prekę atgal buvo atmestas.', 'atgal buvo atmestas'],
      ['sq', 'Ankesa juaj e regjistruar më 5 maj u refuzua.', 'maj u refuzua'],
      ['sq', 'Kërkesa juaj për pranimin e kthimit u refuzua.', 'kthimit u refuzua'],
    ];
    for (const [language, text, span] of hidden) assert.deepEqual(found(text, language, 'clarity/passive-closed'), [span], `${language}: ${text}`);
  });

  it("placeholder/vocative-name pl, lt: a labelled field's value (a meeting's title) is no address, as for the fallback", () => {
    // Trial 23's class ("Subject: {{name}}" read as the reader's name) met the Polish and Lithuanian vocative check too.
    const fields: [string, string][] = [
      ['pl', 'Temat: {{name}}\n\nSpotkanie działu sprzedaży przeniesiono na piątek na 9:30.'],
      ['pl', '<p><b>Wydarzenie:</b> {{name}}</p>\n<p>Sala 4, drugie piętro.</p>'],
      ['lt', 'Tema: {{name}}\n\nPardavimų skyriaus susitikimas perkeltas į penktadienį 9:30.'],
    ];
    for (const [language, text] of fields) assert.deepEqual(found(text, language, 'placeholder/vocative-name', 'macro'), [], `${language}: ${text}`);
    // A greeting with the name in the nominative is still flagged, a colon and a comma after the name too.
    assert.deepEqual(found('Cześć {{name}},\n\nspotkanie przeniesiono na piątek.', 'pl', 'placeholder/vocative-name', 'macro'), ['{{name}}']);
    assert.deepEqual(found('Sveiki, {{name}},\n\nsusitikimas perkeltas.', 'lt', 'placeholder/vocative-name', 'macro'), ['{{name}}']);
  });

  it("tone/commanding en: confirming the address the reader's own sign-in waits on is the product's condition (trial 21's class)", () => {
    for (const text of [
      'Thanks for signing up. You must confirm your e-mail address before you can sign in.',
      'Before you can log in, you need to verify the new account.',
      'You have to activate your account to be able to sign in to the workspace.',
    ])
      for (const kind of ['auto-reply', 'snippet'] as const) assert.deepEqual(found(text, 'en', 'tone/commanding', kind), [], `${kind}: ${text}`);
    // A step our own work waits on, or one with no condition, is still an order.
    assert.deepEqual(found('You must confirm your e-mail address before we can continue.', 'en', 'tone/commanding'), ['You must']);
    assert.deepEqual(found('You must confirm your e-mail address today.', 'en', 'tone/commanding'), ['You must']);
    // Any other demand before access is still one (reviewer-24).
    assert.deepEqual(found('You must settle the unpaid invoice before you can use your account again.', 'en', 'tone/commanding'), ['You must']);
    assert.deepEqual(found('You need to thank the moderators to be able to sign in again.', 'en', 'tone/commanding'), ['You need to']);
  });

  it('ownership/you-will-have-to pl: "zwrócić" without "się" returns a thing or pays attention, and sends nobody on', () => {
    for (const text of [
      'Wypożyczone filmy należy zwrócić w ciągu najbliższych {days} dni.',
      'Trzeba zwrócić uwagę na datę ważności kuponu.',
      'Przy odbiorze musi Pan zwrócić uwagę na stan opakowania.',
    ])
      assert.deepEqual(found(text, 'pl', 'ownership/you-will-have-to', 'auto-reply'), [], text);
    // Turning to someone else is still the hand-off, in either word order.
    assert.deepEqual(found('Należy zwrócić się do przewoźnika.', 'pl', 'ownership/you-will-have-to'), ['Należy zwrócić się do przewoźnika']);
    assert.deepEqual(found('W tej sprawie trzeba się zwrócić do banku.', 'pl', 'ownership/you-will-have-to'), ['trzeba się zwrócić']);
    // A thing sent on to another party is a hand-off too (reviewer-24 #4); a key left at reception is not.
    assert.deepEqual(found('Router należy zwrócić bezpośrednio do producenta.', 'pl', 'ownership/you-will-have-to'), [
      'należy zwrócić bezpośrednio do producenta',
    ]);
    assert.deepEqual(found('Klucz do szafki należy zwrócić do recepcji przy wyjściu.', 'pl', 'ownership/you-will-have-to'), []);
  });
});
