// Agent fill-ins and signature variables: what a help desk fills in when the
// reply is sent, and what an agent must fill in before.
import * as assert from 'node:assert/strict';
import { lintText, ruleIds } from '../helpers/engine';

describe('signature variables', () => {
  const closingOf = (text: string, config = {}) => {
    const result = lintText(text, 'reply.txt', config);
    return { fired: ruleIds(result).includes('formula/closing'), scorecard: result.units[0]!.scorecard.closing };
  };

  it("a signature variable of the file's dialect at the end is a closing, in the scorecard too", () => {
    const zendesk = 'Hi {{ticket.requester.first_name}},\n\nYour order shipped yesterday.\n\n{{current_user.signature}}';
    assert.deepEqual(closingOf(zendesk), { fired: false, scorecard: 'pass' });
    const freshdesk = 'Hi {{ticket.contact.firstname | default: "there"}},\n\nYour order shipped yesterday.\n\n{{ticket.agent.signature}}';
    assert.deepEqual(closingOf(freshdesk), { fired: false, scorecard: 'pass' });
    // After a "-- " delimiter too: the help desk prints the sign-off there.
    const delimited = 'Hi {{ticket.requester.first_name}},\n\nYour order shipped yesterday.\n\n-- \n{{current_user.signature}}';
    assert.deepEqual(closingOf(delimited), { fired: false, scorecard: 'pass' });
  });

  it('any other variable at the end, or a signature variable far from the end, is no closing', () => {
    assert.deepEqual(closingOf('Hi {{ticket.requester.first_name}},\n\nYour order shipped yesterday.\n\n{{current_user.first_name}}'), {
      fired: true,
      scorecard: 'fail',
    });
    const early =
      'Hi Sam, {{current_user.signature}} here.\n\nYour order shipped yesterday. It left our warehouse at noon. The courier has it now. ' +
      'It should reach you on Friday. The box holds both items. The invoice is inside. The tracking page updates hourly.';
    assert.equal(closingOf(early, { language: 'en' }).fired, true);
  });

  it('counts in every language pack', () => {
    const replies = {
      pl: 'Dzień dobry,\n\nfaktura jest w załączniku, a paczka wyszła wczoraj.\n\n{{current_user.signature}}',
      fi: 'Hei,\n\nlasku on liitteenä ja paketti lähti eilen.\n\n{{current_user.signature}}',
      lt: 'Laba diena,\n\nsąskaita pridėta, o siunta išsiųsta vakar.\n\n{{current_user.signature}}',
      sq: 'Përshëndetje,\n\nfatura është bashkëngjitur dhe pakoja u nis dje.\n\n{{current_user.signature}}',
    };
    for (const [language, text] of Object.entries(replies)) assert.equal(closingOf(text, { language }).fired, false, language);
  });
});
