// Trial 19: a booking system's reminders (a reservation "starting soon") and its password e-mails (sign in and set a new
// password "as soon as possible") were read as vague promises. The time of an event the reader booked,
// told by the event's own verb, and the reader's own step asked of them owe no time; work of ours and our own steps do.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const vague = (text: string, language: string) => spansOf('deferral/vague-timeframe', text, 'notice.txt', { language, kind: 'auto-reply' });

describe('deferral/vague-timeframe: an event the reader booked, a step asked of the reader', () => {
  it("excuses a reminder's start or end of the reader's booking in five languages", () => {
    const reminders: [string, string][] = [
      ['en', 'Your reservation for Studio B is starting soon.'],
      ['en', 'Your appointment is coming up soon.'],
      ['en', 'Your room booking ends soon.'],
      ['en', 'Your class is starting soon, and we look forward to seeing you there.'],
      ['pl', 'Twoja rezerwacja wkrótce się zakończy.'],
      ['pl', 'Wizyta w salonie zacznie się wkrótce.'],
      ['fi', 'Varauksesi alkaa pian.'],
      ['lt', 'Jūsų rezervacija netrukus prasidės.'],
      ['sq', 'Rezervimi juaj fillon së shpejti.'],
    ];
    for (const [language, text] of reminders) assert.deepEqual(vague(text, language), [], `${language}: ${text}`);
  });

  it('keeps our work, a step done to the booking, and a promise beside the reminder', () => {
    assert.deepEqual(vague('Your repair is starting soon.', 'en'), ['soon']);
    assert.deepEqual(vague('Your booking will be confirmed shortly.', 'en'), ['shortly']);
    assert.deepEqual(vague('Your reservation is confirmed and we will send the keys shortly.', 'en'), ['shortly']);
    assert.deepEqual(vague('Rezerwacja zostanie wkrótce potwierdzona.', 'pl'), ['wkrótce']);
    assert.deepEqual(vague('Vahvistamme varauksesi pian.', 'fi'), ['pian']);
    assert.deepEqual(vague('Rezervaciją netrukus patvirtinsime.', 'lt'), ['netrukus']);
    assert.deepEqual(vague('Riparimi fillon së shpejti.', 'sq'), ['së shpejti']);
  });

  // Reviewer-20 #4, #5: a plan we switch on, our effort and our own work still ahead are no reminder of a booking.
  it('keeps a plan we switch on, the effort of "as soon as possible", and our work in the sentence', () => {
    assert.deepEqual(vague('Thanks for paying. Your subscription will start as soon as possible.', 'en'), ['as soon as possible']);
    assert.deepEqual(vague('Your membership starts shortly.', 'en'), ['shortly']);
    assert.deepEqual(vague('We are still preparing the room, so your session starts soon.', 'en'), ['soon']);
    assert.deepEqual(vague('Your repair visit will begin shortly.', 'en'), ['shortly']);
    assert.deepEqual(vague('Konsultacja rozpocznie się jak najszybciej.', 'pl'), ['jak najszybciej']);
    assert.deepEqual(vague('Jäsenyytesi alkaa mahdollisimman pian.', 'fi'), ['mahdollisimman pian']);
    assert.deepEqual(vague('Narystė prasidės kuo greičiau.', 'lt'), ['kuo greičiau']);
  });

  it("excuses the reader's own step asked of them, joined to the request or opening the sentence", () => {
    const requests: [string, string][] = [
      ['en', 'Please sign in to your account and choose a new password as soon as possible.'],
      ['en', 'Log in and update your details as soon as possible.'],
      ['pl', 'Prosimy zalogować się w panelu klienta i niezwłocznie ustawić nowe hasło.'],
      ['pl', 'Zaloguj się i zmień hasło jak najszybciej.'],
      ['fi', 'Kirjaudu verkkopalveluun ja valitse uusi salasana mahdollisimman pian.'],
      ['lt', 'Prisijunk ir pakeisk slaptažodį kuo greičiau.'],
      ['sq', 'Hyni në llogari dhe ndryshoni fjalëkalimin sa më shpejt.'],
    ];
    for (const [language, text] of requests) assert.deepEqual(vague(text, language), [], `${language}: ${text}`);
  });

  it('keeps the same verbs when we are their subject, and a new subject after the join', () => {
    assert.deepEqual(vague("We'll sign in and choose a new password as soon as possible.", 'en'), ['as soon as possible']);
    assert.deepEqual(vague('We can sign in and choose a new password as soon as possible.', 'en'), ['as soon as possible']);
    assert.deepEqual(vague('Let us know your new address and a replacement ships as soon as possible.', 'en'), ['as soon as possible']);
    assert.deepEqual(vague('Change requests are handled as soon as possible.', 'en'), ['as soon as possible']);
    assert.deepEqual(vague('Musimy sprawdzić zamówienie i niezwłocznie wysłać paczkę.', 'pl'), ['niezwłocznie']);
    assert.deepEqual(vague('Postaramy się niezwłocznie wysłać paczkę.', 'pl'), ['niezwłocznie']);
    assert.deepEqual(vague('Mes pakeisime slaptažodį kuo greičiau.', 'lt'), ['kuo greičiau']);
    // Reviewer-20 #3: after "and" the verb keeps the subject of the clause before it, whoever that is.
    assert.deepEqual(vague('The courier will collect the box and return it to our workshop as soon as possible.', 'en'), ['as soon as possible']);
    assert.deepEqual(vague('Our engineer has to sign in remotely and update the router as soon as possible.', 'en'), ['as soon as possible']);
    assert.deepEqual(vague('They can check the shelf and return the parcel as soon as possible.', 'en'), ['as soon as possible']);
    assert.deepEqual(vague('Kurier ma odebrać przesyłkę i jak najszybciej dostarczyć ją do magazynu.', 'pl'), ['jak najszybciej']);
    assert.deepEqual(vague('Serwisant przyjedzie sprawdzić piec i niezwłocznie wymienić czujnik.', 'pl'), ['niezwłocznie']);
  });
});
