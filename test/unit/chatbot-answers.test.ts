// A chatbot's scripted answers (trial 30, held out: Rasa responses, a support robot, a booking assistant): a validation
// or lookup line that opens with the regret word, a form field explained by what happens without it, the bot's joke
// about itself and an error line that gives another way to a person are no problems; the gendered address runs on
// saved chat lines and bots' answers (one of a file's many), which go to every customer, not on a transcript's turns
// or a chat file that is one message, written to one person (reviewer-29); a live transfer in a chat names nobody and
// needs no name. The same rules still find the refusals, the fixes told with "simply", the bare "try again later" and a
// question passed on to nobody in particular.
import * as assert from 'node:assert/strict';
import type { ReplyKind } from '../../server/src/engine/types';
import { findingsOf } from '../support/engine';

type Case = [rule: string, language: string, kind: ReplyKind, text: string];

function flagged([rule, language, kind, text]: Case): boolean {
  return findingsOf(rule, text, 'answer.md', { language, kind }).length > 0;
}

const QUIET: Case[] = [
  ['empathy/bad-news-without-empathy', 'lt', 'chat', 'Deja, \u0161is kliento numeris neteisingas. Jame turi b\u016bti 8 skaitmenys.'],
  ['empathy/bad-news-without-empathy', 'pl', 'chat', 'Niestety "{priority}" nie jest prawid\u0142owym priorytetem. Prosz\u0119 spr\u00f3bowa\u0107 ponownie.'],
  ['empathy/bad-news-without-empathy', 'en', 'chat', 'Unfortunately, "{email}" is not in our system. Please try again.'],
  ['empathy/bad-news-without-empathy', 'sq', 'chat', 'Fatkeq\u00ebsisht, "{date}" nuk \u00ebsht\u00eb e vlefshme.'],
  ['empathy/bad-news-without-empathy', 'en', 'chat', 'Unfortunately, this value is not valid. Please type the date as DD.MM.YYYY.'],
  ['empathy/bad-news-without-empathy', 'en', 'chat', "Unfortunately, I can't find that card number. Please check it and type it again."],
  ['empathy/bad-news-without-empathy', 'pl', 'chat', 'Niestety ta data jest nieprawid\u0142owa. Wpisz j\u0105 w formacie DD.MM.RRRR.'],
  ['empathy/bad-news-without-empathy', 'pl', 'chat', 'Niestety nie znalaz\u0142em takiego numeru klienta. Sprawd\u017a go i wpisz jeszcze raz.'],
  ['empathy/bad-news-without-empathy', 'fi', 'chat', 'Anteeksi, en pysty vastaamaan laskutusta koskeviin kysymyksiin.'],
  ['empathy/bad-news-without-empathy', 'lt', 'chat', 'Deja, \u0161i data neteisinga. \u012eveskite dat\u0105 i\u0161 naujo.'],
  [
    'empathy/bad-news-without-empathy',
    'sq',
    'chat',
    'Fatkeq\u00ebsisht, kjo dat\u00eb nuk \u00ebsht\u00eb e vlefshme. Ju lutem shkruani dat\u00ebn si DD.MM.VVVV.',
  ],
  ['empathy/bad-news-without-empathy', 'en', 'chat', "Please type your booking reference. Without it we can't help you."],
  [
    'empathy/bad-news-without-empathy',
    'fi',
    'chat',
    'Kirjoita lapsen syntym\u00e4aika. Ilman sit\u00e4 emme voi l\u00f6yt\u00e4\u00e4 oikeaa ryhm\u00e4\u00e4.',
  ],
  ['empathy/bad-news-without-empathy', 'lt', 'chat', 'Nurodykite u\u017esakymo numer\u012f. Be jo negalime pad\u0117ti.'],
  ['empathy/bad-news-without-empathy', 'sq', 'chat', "Ju lutem na jepni numrin e rezervimit. Pa t\u00eb nuk mund t'ju ndihmojm\u00eb."],
  ['ownership/nothing-i-can-do', 'en', 'chat', "Please give me your card number, otherwise I can't help you."],
  ['tone/condescending', 'en', 'chat', "Sorry, I'm just a simply robot and I don't understand long questions yet."],
  ['deferral/check-back', 'en', 'chat', 'The catalogue is not responding right now. Please try again later or write to desk@example.com.'],
  [
    'deferral/check-back',
    'fi',
    'auto-reply',
    'Kirjautumispalvelu ei juuri nyt vastaa. Yrit\u00e4 my\u00f6hemmin uudelleen tai l\u00e4het\u00e4 s\u00e4hk\u00f6postia osoitteeseen tuki@example.com.',
  ],
  ['deferral/check-back', 'pl', 'chat', 'Spr\u00f3buj ponownie p\u00f3\u017aniej lub napisz na pomoc@example.com.'],
  // What follows if the reader skips the step the sentence before asks of them is a condition (trial 30, item 5b).
  ['empathy/bad-news-without-empathy', 'en', 'chat', "We need your work email to send the invitation. Otherwise, we can't help you set up the workspace."],
  ['ownership/nothing-i-can-do', 'en', 'chat', "We need your work email to send the invitation. Otherwise, we can't help you set up the workspace."],
  ['empathy/bad-news-without-empathy', 'fi', 'chat', 'Tarvitsemme ty\u00f6s\u00e4hk\u00f6postiosoitteesi. Muuten emme voi auttaa sinua.'],
  ['empathy/bad-news-without-empathy', 'sq', 'chat', "Na duhet email-i juaj i pun\u00ebs. P\u00ebrndryshe nuk mund t'ju ndihmojm\u00eb."],
  // A live transfer in a chat brings whoever picks up into the same conversation: no name owed (bots brief item 4).
  ['ownership/nameless-handoff', 'en', 'chat', "I'm transferring you to an agent now."],
  ['ownership/nameless-handoff', 'en', 'chat', 'Transferring to another agent, one moment.'],
  ['ownership/nameless-handoff', 'pl', 'chat', 'Przekazuj\u0119 rozmow\u0119 do innego konsultanta.'],
  ['ownership/nameless-handoff', 'fi', 'chat', 'Siirr\u00e4n keskustelun toiselle asiakaspalvelijalle.'],
  ['ownership/nameless-handoff', 'lt', 'chat', 'Perduodu pokalb\u012f kitam konsultantui.'],
  ['ownership/nameless-handoff', 'sq', 'chat', 'Po ju transferoj te ekipi i faturimit.'],
];

const FLAGGED: Case[] = [
  ['empathy/bad-news-without-empathy', 'en', 'reply', 'Hi Sam,\n\nUnfortunately, your entry is not valid, as it arrived after the closing date.\n\nBest,\nMia'],
  ['tone/condescending', 'en', 'reply', 'Hi Sam,\n\nSimply machine wash it at 30 degrees.\n\nBest,\nMia'],
  ['empathy/bad-news-without-empathy', 'en', 'chat', 'Unfortunately, "Gold" is not a valid plan for your region.'],
  ['empathy/bad-news-without-empathy', 'en', 'chat', 'Unfortunately, we cannot renew this book again because another reader has reserved it.'],
  ['empathy/bad-news-without-empathy', 'en', 'chat', 'Unfortunately, your voucher is not valid for sale items.'],
  ['empathy/bad-news-without-empathy', 'pl', 'chat', 'Niestety nie mo\u017cemy roz\u0142o\u017cy\u0107 tej faktury na raty.'],
  ['empathy/bad-news-without-empathy', 'en', 'chat', 'Otherwise, we cannot help you.'],
  ['tone/condescending', 'en', 'chat', 'Simply restart the app and log in again.'],
  ['deferral/check-back', 'en', 'chat', 'Please try again later.'],
  // "Otherwise" after what we did is "apart from that": the refusal stands (reviewer-24 #1).
  ['empathy/bad-news-without-empathy', 'en', 'chat', "The new lid went out today. Otherwise, we can't refund the pan, as it was used."],
  [
    'empathy/bad-news-without-empathy',
    'fi',
    'chat',
    'Uusi kansi l\u00e4hti t\u00e4n\u00e4\u00e4n. Muuten emme voi hyvitt\u00e4\u00e4 pannua, koska sit\u00e4 on k\u00e4ytetty.',
  ],
  [
    'empathy/bad-news-without-empathy',
    'sq',
    'chat',
    'Kapaku i ri u nis sot. P\u00ebrndryshe nuk mund ta rimbursojm\u00eb tiganin, sepse \u00ebsht\u00eb p\u00ebrdorur.',
  ],
  // The same transfer in an e-mail, and a question passed on in a chat, hand it to nobody in particular.
  ['ownership/nameless-handoff', 'en', 'reply', "Hi Sam,\n\nI'm transferring you to our billing team.\n\nBest,\nMia"],
  ['ownership/nameless-handoff', 'pl', 'reply', 'Dzie\u0144 dobry,\n\nprzekazuj\u0119 rozmow\u0119 do innego konsultanta.\n\nPozdrawiam,\nOla'],
  ['ownership/nameless-handoff', 'en', 'chat', "I'll pass this on to the team."],
  // Beside a live transfer in its sentence, a question passed on still names nobody (reviewer MED on 66bce8ed).
  ['ownership/nameless-handoff', 'en', 'chat', "I'll pass your question on to the warehouse and connect you with our returns form in a second."],
  ['ownership/nameless-handoff', 'fi', 'chat', 'V\u00e4lit\u00e4n asiasi eteenp\u00e4in.'],
  [
    'deferral/check-back',
    'en',
    'reply',
    'Hi Sam,\n\nOur booking page is not responding, so please try again later or write to desk@example.com.\n\nBest,\nAda',
  ],
];

const SAVED_LINES: [language: string, text: string][] = [
  [
    'pl',
    '## utter_greet\n\nDzie\u0144 dobry! W czym mog\u0119 pom\u00f3c?\n\n## utter_answer\n\nNie do ko\u0144ca zrozumia\u0142em. Czy m\u00f3g\u0142by\u015b napisa\u0107 to inaczej?',
  ],
  ['lt', '## utter_greet\n\nSveiki! Kuo galiu pad\u0117ti?\n\n## utter_answer\n\nGerbiamas {first_name}, j\u016bs\u0173 u\u017esakymas patvirtintas.'],
  [
    'sq',
    "## utter_greet\n\nP\u00ebrsh\u00ebndetje! Si mund t'ju ndihmoj?\n\n## utter_answer\n\nI dashur {customer_name}, rezervimi juaj \u00ebsht\u00eb konfirmuar.",
  ],
];

const TO_ONE_PERSON: [language: string, text: string][] = [
  [
    'pl',
    '[10:02] Klient Marek: Dzie\u0144 dobry, nie dosta\u0142em paczki.\n[10:03] Agent Ola: Dzie\u0144 dobry, Marku! Zam\u00f3wi\u0142e\u015b rozmiar 42, zgadza si\u0119?',
  ],
  ['pl', 'Sprawdzi\u0142am: zam\u00f3wi\u0142e\u015b rozmiar 42, a paczka dotrze jutro do 14:00.'],
];

describe("chatbot answers: trial 30's wrong classes", function () {
  this.timeout(60_000);

  it("leaves validation lines, explained form fields, the bot's joke and error lines with a contact quiet", () => {
    for (const item of QUIET) assert.equal(flagged(item), false, `${item[0]} ${item[1]} ${item[2]}: ${item[3]}`);
  });

  it('flags masculine address in saved chat lines and bot answers, not in a transcript or one chat message', () => {
    const gendered = (language: string, text: string) => flagged(['tone/gendered-address', language, 'chat', text]);
    for (const [language, text] of SAVED_LINES) assert.equal(gendered(language, text), true, `${language}: ${text}`);
    for (const [language, text] of TO_ONE_PERSON) assert.equal(gendered(language, text), false, `${language}: ${text}`);
  });

  it('still flags refusals, "simply" told to the stuck and a bare retry', () => {
    for (const item of FLAGGED) assert.equal(flagged(item), true, `${item[0]} ${item[1]} ${item[2]}: ${item[3]}`);
  });
});
