// The `|` trap (issue 13, prec3's note): alternatives are per word slot, so "contact your bank|card issuer"
// means "bank issuer" or "card issuer", never "bank" alone. A phrase written as if `|` split whole phrases
// shows as a slot listing one alternative twice ("su savo banku|banku") or offering the very word written
// next to it ("przez bank|twój bank"); `replylint test-pack` (and the editor, with the pack's examples)
// reports it at its line, and the built-in packs hold none (pack-examples.test.ts).
import * as assert from 'node:assert/strict';
import { slotTrap } from '../../server/src/engine/match/phrase-index';
import { runCli, tempDir } from '../support/cli';

describe('phrases written as if | split whole phrases', () => {
  it('flags a slot that lists an alternative twice or offers the word next to it', () => {
    assert.match(slotTrap('susisiekite su savo banku|banku') ?? '', /"banku\|banku" lists "banku" twice/);
    assert.match(slotTrap('przez bank|twój bank') ?? '', /"bank\|twój" offers "bank", the word written next to it/);
    assert.match(slotTrap("hasn't|has not|haven't|have not arrived") ?? '', /offers "not"/);
    assert.match(slotTrap('jei|jeigu tai buvote ne jūs|ne tu') ?? '', /offers "ne"/);
    // Case and apostrophes are read as the matcher reads them.
    assert.match(slotTrap('Sorry|sorry for the delay') ?? '', /lists "sorry" twice/);
  });

  it('flags a contraction offered beside its own words (reviewer\'s bug 2): "do not|don\'t" is "do don\'t"', () => {
    assert.match(slotTrap("please do not|don't reply") ?? '', /"not\|don't" offers "don't" after "do": "do don't"/);
    assert.match(slotTrap("if this wasn't|was not you") ?? '', /"wasn't\|was" offers "wasn't" before "not": "wasn't not"/);
    assert.match(slotTrap("we|i could not|couldn't reach|contact you") ?? '', /offers "couldn't" after "could"/);
    assert.match(slotTrap("we|i don't|do not do|give refunds") ?? '', /offers "don't" before "not"/);
    assert.match(slotTrap('we can|cannot not help') ?? '', /offers "cannot" before "not"/);
    // A contraction that holds its subject, after that subject: "so we we've", "but you you're".
    assert.match(slotTrap("so we have|we've sent") ?? '', /"have\|we've" offers "we've" after "we": "we we've"/);
    assert.match(slotTrap("but you are|you're welcome to") ?? '', /offers "you're" after "you": "you you're"/);
    assert.match(slotTrap("i|we will|we'll refund") ?? '', /offers "we'll" after "i\|we"/);
    // Each form as a phrase of its own, or both forms in one slot, is fine.
    for (const phrase of [
      'please do not reply',
      "please don't reply",
      "we will|won't ship",
      "has|have|hasn't|haven't been sent",
      "not|isn't|aren't eligible",
      "we|i can't|cannot|couldn't refund",
      "if you don't|haven't|didn't hear from us",
      "can't|cannot|won't|couldn't be",
      "dont|don't hesitate",
      "we've|we have sent",
      "i'm|we're going to escalate",
      "the order's|order status",
    ])
      assert.equal(slotTrap(phrase), undefined, phrase);
  });

  it('leaves per-word alternatives alone, repeated words elsewhere in the phrase too', () => {
    for (const phrase of [
      'we|i have received|got',
      'sorry that you feel|felt that|this way',
      'as quickly|fast as possible',
      "you're going to have|need to contact|call",
      'na|më jepni|jep pak më shumë kohë',
      'your|the order * has been cancelled|canceled',
      'hi {{ first_name | fallback: "there" }}|there',
      // Placeholders as alternatives are different words, each its own variable.
      'rma {{id}}|{{rma_id}}|{{return_id}}',
      'stem*|other* word',
    ])
      assert.equal(slotTrap(phrase), undefined, phrase);
  });

  it('test-pack fails on such a phrase and says where it is', async () => {
    const pack = (phrase: string) => `language: en
rules:
  team/call-your-bank:
    kind: phrase
    category: ownership
    message: Say what we will do.
    description: Sending the customer to their bank or card issuer without saying what we do meanwhile.
    phrases:
      - "${phrase}"
    examples:
      bad: ["Please contact your bank.", "Contact your bank today.", "You should contact your bank."]
      good: ["Your bank confirmed it.", "Paid.", "Thanks!"]
`;
    // Meant: "contact your bank" or "contact your card issuer"; written, it is "contact your bank card issuer" or
    // "contact your your card issuer", and the examples fail too.
    const trapped = await runCli(['test-pack', 'pack.yaml'], { cwd: tempDir({ 'pack.yaml': pack('contact your bank|your card issuer') }) });
    assert.equal(trapped.code, 1);
    assert.match(trapped.stdout, /pack\.yaml:9:9: team\/call-your-bank: Phrase "contact your bank\|your card issuer": "bank\|your" offers "your"/);
    assert.match(trapped.stdout, /write an alternative of several words as a phrase of its own/);
    // Written as two phrases' worth of slots, it passes.
    const fixed = await runCli(['test-pack', 'pack.yaml'], { cwd: tempDir({ 'pack.yaml': pack('contact your bank') }) });
    assert.equal(fixed.code, 0, fixed.stdout);
  });
});
