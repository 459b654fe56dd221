// Trial 23 (class 3): a hosting panel's notices that a database or a mail account was made, with their
// settings, and an ISP's dunning notice listing the operations its billing system recorded, were read as
// acknowledgements owing a reply time (deferral/auto-reply-next-step, 6 wrong). They tell of an event done for the
// reader, acknowledge no message and promise no reply. A request, a ticket or a message received still owes a time.
import * as assert from 'node:assert/strict';
import { findingsOf } from '../support/engine';

const RULE = 'deferral/auto-reply-next-step';

function fired(text: string, language: string): number {
  return findingsOf(RULE, text, 'notice.txt', { language, kind: 'auto-reply' }).length;
}

describe('event notices owe no reply time', function () {
  // The first lint builds the five packs: slow under load.
  this.timeout(60_000);

  it('a resource made for the reader, with its settings, is an event (en, pl)', () => {
    for (const [language, text] of [
      ['en', 'Your web space is ready. The database shopdb has been created.\n\nHost: {{db_host}}\nUser: {{db_user}}'],
      ['en', 'SFTP account has been created.\n\nServer: {{host}}\nPort: 22'],
      ['pl', 'Konto FTP zostało utworzone.\n\nSerwer: {{host}}\nLogin: {{username}}'],
      ['pl', 'Kopia zapasowa została utworzona i czeka w panelu.'],
    ]) {
      assert.equal(fired(text, language), 0, `${language}: ${text}`);
    }
  });

  it('operations the billing system recorded are a statement (5 languages)', () => {
    for (const [language, text] of [
      ['en', 'You owe 25 EUR.\n\nThe three payments which have been recorded this month:\n\n{{table}}'],
      ['pl', 'Zaległość wynosi 25 zł.\n\nTrzy wpłaty, które zostały zarejestrowane w tym miesiącu:\n\n{{table}}'],
      ['fi', 'Avoin saldo on 25 euroa.\n\nTässä kuussa tilillenne on kirjattu seuraavat maksut:\n\n{{table}}'],
      ['lt', 'Skola yra 25 eurai.\n\nŠį mėnesį užregistruotos šios įmokos:\n\n{{table}}'],
      ['sq', 'Detyrimi është 25 euro.\n\nKjo është pagesa e fundit që u regjistrua këtë muaj:\n\n{{table}}'],
    ]) {
      assert.equal(fired(text, language), 0, `${language}: ${text}`);
    }
  });

  it('a request, a ticket or a message received still owes its time', () => {
    for (const [language, text] of [
      ['en', 'Hello,\n\nWe have received your request to move the database.\n\nRegards,\nHosting Team'],
      ['en', 'Thanks for your message. A support ticket has been created for it.'],
      ['en', 'A ticket about your e-mail account has been created.'],
      ['en', 'Your question about the database has been logged.'],
      // A request queued about a thing is no thing made (reviewer-23 #13).
      ['en', 'Your mailbox migration has been logged. Our team will handle it.'],
      ['en', 'The domain transfer has been registered.'],
      ['pl', 'Przeniesienie domeny zostało zarejestrowane.'],
      ['en', 'Your request about the mail account has been registered.'],
      ['pl', 'Dzień dobry,\n\notrzymaliśmy Pana prośbę o przeniesienie bazy danych.'],
      ['pl', 'Zgłoszenie w sprawie konta FTP zostało utworzone.'],
      ['fi', 'Viestinne maksuista on kirjattu.'],
      ['lt', 'Jūsų užklausa dėl įmokų užregistruota.'],
      ['sq', 'Kërkesa juaj për pagesat u regjistrua.'],
    ]) {
      assert.equal(fired(text, language), 1, `${language}: ${text}`);
    }
  });
});
