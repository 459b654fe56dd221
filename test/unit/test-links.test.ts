// placeholder/test-link (trial 41, issue 13): an automatic message that links its reader to the developer's machine or
// a staging or preview site ("http://localhost:3000/track/…", "https://staging.shop.example/…"), in five languages; a
// person's reply may name the reader's own localhost, and a site whose name is "staging" is somebody's own.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { builtinLanguages, builtinRulesDir, readPackFile } from '../../server/src/engine/config/pack-resolver';
import { isTestHost, testLinks, type TestHostWords } from '../../server/src/engine/units/test-links';
import { spansOf } from '../support/engine';

const RULE = 'placeholder/test-link';
/** The rule's hosts as a language's built-in pack holds them. */
const hostsOf = (language: string) => readPackFile(path.join(builtinRulesDir(), 'recommended', `${language}.yaml`), true).rules[RULE]!.hosts!;
const HOSTS: TestHostWords = hostsOf('en');
const links = (language: string, text: string, kind: 'auto-reply' | 'reply' | 'macro' = 'auto-reply', fileName = 'notice.md') =>
  spansOf(RULE, text, fileName, { language, kind, placeholders: 'liquid' });

describe('placeholder/test-link: links to a test machine or a staging site in automatic messages', function () {
  // The first lint builds the five packs: slow under load.
  this.timeout(60_000);

  it('knows the hosts of a developer machine, a tunnel and a staging or preview deployment', () => {
    for (const host of [
      'localhost',
      'LOCALHOST',
      'app.localhost',
      '127.0.0.1',
      '127.1.2.3',
      '0.0.0.0',
      'shop.local',
      'myshop.test',
      'abc.ngrok-free.app',
      'x1.ngrok.io',
      'tidy-owl.loca.lt',
      'staging.shop.example',
      'preview.shop.example',
      'shop-staging.acme.example',
      'staging-2.shop.example',
      'api.staging.shop.example',
      'deploy-preview-12--shop.netlify.app',
    ])
      assert.equal(isTestHost(host, HOSTS), true, host);
    for (const host of [
      'shop.example',
      'staging.com',
      'preview.com',
      'www.example.com',
      'localhost.example.com',
      '128.0.0.1',
      'teststore.example',
      'stagecoach.example.com',
      'backstage.example.com',
      'pre.view.example',
    ])
      assert.equal(isTestHost(host, HOSTS), false, host);
  });

  it('reports the scheme, host and port, not the path the template fills in', () => {
    const text =
      'Track it: http://localhost:3000/track/{{ parcel.id }}, or https://shop.test. Also localhost:8000/x and https://user@staging.shop.example:8443/a.';
    assert.deepEqual(
      testLinks(text, HOSTS).map((span) => text.slice(span.start, span.end)),
      ['http://localhost:3000', 'https://shop.test', 'localhost:8000', 'https://user@staging.shop.example:8443'],
    );
    assert.deepEqual(testLinks('Track it at https://shop.example/track/1 or www.shop.example.', HOSTS), []);
  });

  it('reports a contact e-mail address at a test host whole, in the text and in a mailto: link (trial 43)', () => {
    const text = 'Write to tilaus@localhost, <a href="mailto:help@staging.cabs.example">us</a> or desk@cabs.test.';
    assert.deepEqual(
      testLinks(text, HOSTS).map((span) => text.slice(span.start, span.end)),
      ['tilaus@localhost', 'help@staging.cabs.example', 'desk@cabs.test'],
    );
    assert.deepEqual(testLinks('Write to help@cabs.example, staging@cabs.example or a@localhost.example.com.', HOSTS), []);
  });

  it("takes its hosts from the rule's data: the five packs list the same, and a team's own label counts", () => {
    for (const language of builtinLanguages()) assert.deepEqual(hostsOf(language), HOSTS, language);
    const own: TestHostWords = { machines: ['devbox'], reserved: [], tunnels: [], labels: ['uat'] };
    const text = 'Open https://uat.shop.example/a, https://uat-2.shop.example/b, devbox:8080/c or https://staging.shop.example/d.';
    assert.deepEqual(
      testLinks(text, own).map((span) => text.slice(span.start, span.end)),
      ['https://uat.shop.example', 'https://uat-2.shop.example', 'devbox:8080'],
    );
    assert.equal(isTestHost('uat.com', own), false, 'a label before a domain of two labels at least');
  });

  it('flags a test link in an automatic message in five languages, in the text and in an href', () => {
    const cases: [string, string, string][] = [
      ['en', 'Your parcel is waiting at the pickup point.\n\nTrack it here: http://localhost:3000/track/{{ parcel.id }}', 'http://localhost:3000'],
      [
        'pl',
        'Twoja paczka czeka w punkcie odbioru.\n\nŚledź ją tutaj: https://preview.sklep.example/sledzenie/{{ paczka.id }}',
        'https://preview.sklep.example',
      ],
      [
        'fi',
        'Pakettisi odottaa noutopisteessä.\n\nSeuraa sitä täällä: https://staging.kauppa.example/seuranta/{{ paketti.id }}',
        'https://staging.kauppa.example',
      ],
      ['lt', 'Jūsų siunta laukia atsiėmimo punkte.\n\nSekite ją čia: http://127.0.0.1:8000/sekimas/{{ siunta.id }}', 'http://127.0.0.1:8000'],
      ['sq', 'Dërgesa juaj ju pret në pikën e marrjes.\n\nGjurmojeni këtu: http://dyqani.test/gjurmimi/{{ dergesa.id }}', 'http://dyqani.test'],
    ];
    for (const [language, text, span] of cases) assert.deepEqual(links(language, text), [span], `${language}: ${text}`);
    const html = '<p>Your booking is confirmed.</p>\n<p><a href="http://localhost:8000/bookings/{{ booking.id }}">See your booking</a></p>';
    assert.deepEqual(links('en', html, 'auto-reply', 'notice.html'), ['http://localhost:8000']);
  });

  it('leaves live links, and a localhost address in a person’s reply or a macro', () => {
    assert.deepEqual(links('en', 'Your parcel is waiting.\n\nTrack it here: https://shop.example/track/{{ parcel.id }}'), []);
    const ownMachine = 'Hi Sam,\n\nThe install has finished once http://localhost:8080 opens in your browser.\n\nBest,\nAna';
    assert.deepEqual(links('en', ownMachine, 'reply'), []);
    assert.deepEqual(links('en', ownMachine, 'macro'), []);
  });
});
