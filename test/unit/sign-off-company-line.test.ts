// ownership/nameless-sign-off: a team's line over its company's line ("The Support Team" / "Valley Broadband Ltd")
// still signs for nobody, as a team's line under a business's line does; a person's name over them signs it.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const RULE = 'ownership/nameless-sign-off';
const signs = (language: string, text: string) => spansOf(RULE, text, 'reply.txt', { language, kind: 'reply', placeholders: 'none' });

describe('ownership/nameless-sign-off: the company line under the team line', function () {
  this.timeout(60_000);

  it('flags the team line with the company line under it, in five languages', () => {
    const cases: [string, string, string][] = [
      [
        'en',
        'Hi Ola,\n\nI have swapped your router today.\n\nKind regards,\nThe Support Team\nHilltop Broadband Ltd\n',
        'The Support Team\nHilltop Broadband Ltd',
      ],
      [
        'pl',
        'Dzie\u0144 dobry,\n\nwymieni\u0142em dzi\u015b router.\n\nPozdrawiamy\nDzia\u0142 Obs\u0142ugi Klienta\nSieciaki sp. z o.o.\n',
        'Dzia\u0142 Obs\u0142ugi Klienta\nSieciaki sp. z o.o',
      ],
      [
        'fi',
        'Hei,\n\nvaihdoin reitittimen t\u00e4n\u00e4\u00e4n.\n\nTerveisin\nAsiakaspalvelu\nM\u00e4kikuitu osuuskunta\n',
        'Asiakaspalvelu\nM\u00e4kikuitu osuuskunta',
      ],
      [
        'lt',
        'Laba diena,\n\n\u0161iandien pakei\u010diau mar\u0161rutizatori\u0173.\n\nPagarbiai\nKlient\u0173 aptarnavimo skyrius\nUAB Kalvos ry\u0161ys\n',
        'Klient\u0173 aptarnavimo skyrius\nUAB Kalvos ry\u0161ys',
      ],
      [
        'sq',
        'P\u00ebrsh\u00ebndetje,\n\nsot jua nd\u00ebrrova ruterin.\n\nMe respekt,\nDepartamenti Teknik\nKodra Net sh.p.k.\n',
        'Departamenti Teknik\nKodra Net sh.p.k',
      ],
    ];
    for (const [language, text, span] of cases) assert.deepEqual(signs(language, text), [span], text);
  });

  it('leaves a person named over the team and the company, and a company line alone', () => {
    assert.deepEqual(signs('en', 'Hi Ola,\n\nI have swapped your router today.\n\nKind regards,\nMaya\nThe Support Team\nHilltop Broadband Ltd\n'), []);
    assert.deepEqual(signs('en', 'Hi Ola,\n\nI have swapped your router today.\n\nKind regards,\nHilltop Broadband Ltd\n'), []);
  });
});
