// Reviewer bugs 6, 9, 10 and 16 on the eleventh trial's fixes: a stated rule or alternative after a refusal is
// only the way to get the refused thing, and a last line signs the reply only as a person's name.
import * as assert from 'node:assert/strict';
import { buildConfig, type ConfigFile } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';

const REPLY: ConfigFile = { kind: 'reply' };
const ruleIds = (text: string, language = 'en'): string[] =>
  lint({ text, fileName: 'reply.md' }, buildConfig({ language, ...REPLY }, undefined).lintOptions).findings.map((finding) => finding.ruleId);

describe('stated rules after a refusal', () => {
  it('"you have to" after "you cannot get …" states how to get it; after "you cannot keep …" it is an order', () => {
    assert.ok(
      !ruleIds('Hi Sam,\n\nUnfortunately you cannot get a parking permit by post. You have to visit the town hall to get one.\n\nBest,\nOwen').includes(
        'tone/commanding',
      ),
    );
    assert.ok(
      ruleIds('Hi Sam,\n\nYou cannot keep calling the warehouse about this. You need to wait for the courier like everyone else.\n\nBest,\nOwen').includes(
        'tone/commanding',
      ),
    );
    assert.ok(
      ruleIds('Hi Sam,\n\nLike I told you, you cannot return the jacket after 30 days. You have to keep it or sell it yourself.\n\nBest,\nOwen').includes(
        'tone/commanding',
      ),
    );
  });

  // Trial 16: a grant's and a programme's terms ("you are obliged to notify us", "Before your request can be accepted,
  // you must first provide …") were read as orders to soften; "please" would have dropped the duty.
  it("a duty of the terms or a condition of the decision is no order; a step before the team's own work still is", () => {
    const commanding = (text: string, language = 'en'): boolean => ruleIds(text, language).includes('tone/commanding');
    assert.ok(!commanding('Hi Sam,\n\nAs a grant holder you are obligated to tell us if the project stops early.\n\nBest,\nOwen'));
    assert.ok(!commanding('Hi Sam,\n\nBefore your club application can be approved, you must send your licence number.\n\nBest,\nOwen'));
    assert.ok(!commanding('Dzień dobry,\n\njako stypendysta jest Pan zobowiązany zgłosić nam przerwanie studiów.\n\nPozdrawiamy,\nAnna', 'pl'));
    assert.ok(!commanding('Përshëndetje,\n\nsi përfitues jeni të detyruar të na njoftoni për çdo ndryshim.\n\nMe respekt,\nAna', 'sq'));
    assert.ok(commanding('Hi Sam,\n\nYou need to log in and correct the postcode before we can send the parcel again.\n\nBest,\nOwen'));
    assert.ok(commanding('Dzień dobry,\n\nmusi Pan zachować paragon, bo bez niego nie przyjmiemy zwrotu.\n\nPozdrawiamy,\nAnna', 'pl'));
  });

  it('a way to get the refused thing softens the refusal; "you can buy | get in the queue" does not', () => {
    assert.ok(
      !ruleIds('Hi Sam,\n\nUnfortunately you cannot get a library card by post. You have to visit one of our branches to get one.\n\nBest,\nOwen').includes(
        'empathy/bad-news-without-empathy',
      ),
    );
    assert.ok(
      ruleIds(
        'Hi Maria,\n\nUnfortunately your warranty has expired, so we cannot repair the laptop. You can buy a new one in our shop.\n\nBest,\nOwen',
      ).includes('empathy/bad-news-without-empathy'),
    );
    assert.ok(
      ruleIds(
        'Hi Maria,\n\nUnfortunately we cannot refund the concert tickets. You can get in the queue for the next tour like everyone else.\n\nBest,\nOwen',
      ).includes('empathy/bad-news-without-empathy'),
    );
  });
});

describe('a last line signed with a name', () => {
  const body = 'Your refund of 40 EUR was sent today and reaches your card within 5 working days.';

  it("a full name with the writer's team after a comma signs the reply; the team alone does not", () => {
    assert.ok(!ruleIds(`Hi Ana,\n\n${body}\n\nOwen Price, Support Team`).includes('formula/closing'));
    assert.ok(!ruleIds('Dzień dobry,\n\nzwrot 40 zł został wysłany dzisiaj.\n\nJan Kowalski, Dział Reklamacji', 'pl').includes('formula/closing'));
    assert.ok(ruleIds(`Hi Ana,\n\n${body}\n\nSupport Team`).includes('formula/closing'));
  });

  it('an institution capitalised on its first word only (Finnish, Lithuanian) signs as one capitalised on its last', () => {
    assert.ok(!ruleIds('Hei,\n\nmolemmat muodot ovat oikein.\nLiisa Korhonen, Kotimaisten kielten keskus', 'fi').includes('formula/closing'));
    assert.ok(!ruleIds('Hei,\n\nmolemmat muodot ovat oikein.\nLiisa Korhonen, FT, Helsingin yliopisto', 'fi').includes('formula/closing'));
    assert.ok(!ruleIds('Laba diena,\n\nabi formos taisyklingos.\nRūta Petrauskienė, Lietuvių kalbos institutas', 'lt').includes('formula/closing'));
    // A surname in -nen before the team is no team phrase ("*n asiakaspalvelu" would read "Virtanen, Asiakaspalvelu" as one).
    assert.ok(!ruleIds('Hei,\n\nlasku on liitteenä.\nMikko Virtanen, Asiakaspalvelu', 'fi').includes('formula/closing'));
    assert.ok(!ruleIds('Hei,\n\nlasku on liitteenä.\nLiisa Korhonen, Laskutus', 'fi').includes('formula/closing'));
    assert.ok(ruleIds('Hei,\n\nlasku on liitteenä.\nYrityksen Asiakaspalvelu', 'fi').includes('formula/closing'));
    // Seven words after the comma are a sentence's, not an institution's.
    assert.ok(
      ruleIds('Laba diena,\n\nsąskaita prisegta.\nRūta Petrauskienė, Lietuvių kalbos instituto bendrinės kalbos skyriaus vedėja', 'lt').includes(
        'formula/closing',
      ),
    );
  });

  it('the last line of an address block is no signature', () => {
    assert.ok(
      ruleIds('Hi Ana,\n\nYour return is approved. Please send the kettle to our returns centre:\n\nAcme Returns\nNorth Road, Leeds').includes(
        'formula/closing',
      ),
    );
    assert.ok(ruleIds('Hi Ana,\n\nYour return is approved. Please send the kettle to:\nNorth Road, Leeds').includes('formula/closing'));
    // Under a finished sentence, or in a paragraph of its own, the name signs.
    assert.ok(!ruleIds(`Hi Ana,\n\n${body}\nOwen Price`).includes('formula/closing'));
    assert.ok(!ruleIds(`Hi Ana,\n\n${body}\n\nOwen Price`).includes('formula/closing'));
  });
});
