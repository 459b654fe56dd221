// Reads a rule pack (YAML or JSON) into checked data. Every problem carries
// the line and column in the pack file, so editors and the CLI can point at it.

import type { ValidateFunction } from 'ajv';
import { RE2JS } from 're2js';
import { isMap, isScalar, isSeq, type Scalar } from 'yaml';
import packSchema from '../../../../rules/schema/pack.schema.json';
import { readPlainYaml } from '../config/plain-yaml';
import { FILE_START, YamlFile, type KeyPath, type YamlProblem } from '../config/yaml-problems';
import { PhraseSyntaxError, parsePhrase, slotTrap } from '../match/phrase-index';
import type { TestHostWords } from '../units/test-links';
import { CATEGORIES, type Category, type RuleKind, type ScorecardItem, type Severity } from '../types';

/** How replies address the customer (Pan/Pani or ty, Jūs or tu, te or sinä, Ju or ti). */
export type Formality = 'formal' | 'informal' | 'any';

export type PhraseSpec = string | PhraseObject;
export interface PhraseObject {
  phrase: string;
  fix?: string;
  suggest?: string[];
  /** A phrase rule's phrase or a conditional's trigger: the reply kinds it is checked in; every kind the rule applies to when absent. */
  kinds?: RuleKind[];
  /**
   * A phrase rule's phrase of `kinds` only: it counts too in a reply whose kind no one named when the reply shows it is
   * written to one person (a quote of their message, their order's number: `kindSignals.recipient`).
   */
  toOne?: boolean;
  /**
   * A phrase rule's phrase: a word of software development ("repro", "triage", "hotfix"), jargon to a customer and the
   * reader's own word where the reader is a developer: in a project's issue thread (kind `thread`) or a reply that names
   * the reader's own code work (`kindSignals.developer`: "your pull request", "the repository").
   */
  developerWord?: boolean;
  /**
   * A phrase rule's phrase: a time after it in its sentence excuses it. An effort formula followed by the step it stands
   * for ("Zrobiliśmy wszystko, aby paczka dotarła przed świętami: nadaliśmy ją dziś o 9:00") is backed, not hollow.
   */
  unlessTimed?: boolean;
  /**
   * A conditional's trigger: a schedule the reply lists answers it, two or more other sentences that each give a time
   * ("Applications close on 9 March. Interviews run 22-26 March. … We will keep you informed."): a promise to keep the
   * reader up to date is met by the dates they were given.
   */
  metBySchedule?: boolean;
  /**
   * A `kindSignals.signOff` valediction whose language puts the signer right after it with no comma ("Terveisin
   * Asiakaspalvelu", "Pagarbiai Klientų aptarnavimas"): a name there on its line signs the reply.
   */
  namesSigner?: boolean;
  /**
   * A phrase rule's phrase (or a conditional's courtesy word, a consistency rule's form word): words right before or
   * after it that excuse this phrase only, as the rule's `unless.before`/`after` excuse any of its phrases ("contracts &
   * SLAs" names the agreement; "contracts & L2" is no phrase; "Szanowny Kliencie" sets no formal register).
   */
  /**
   * inPart (a phrase rule's phrase only): words in the match's part of the sentence that excuse this phrase alone, as
   * the rule's `unless.inPart` excuses any of its phrases: a duty whose source its part names ("Under the lease you are
   * required to…") is the source's, while "you must" beside "the contract" stays the writer's order.
   */
  /** near (a phrase rule's phrase only): words where the rule's `unless.near` would find them that excuse this phrase alone. */
  unless?: { before?: PhraseSpec[]; after?: PhraseSpec[]; inPart?: PhraseSpec[]; near?: PhraseSpec[] };
  /**
   * A phrase rule's phrase: its own message, for words the rule's advice does not fit ("{match}" as in the rule's):
   * a duty is not turned into a favour with "Please…".
   */
  message?: string;
}

export interface RuleSpec {
  kind: 'phrase' | 'pattern' | 'require' | 'conditional' | 'metric' | 'check' | 'consistency';
  category: Category;
  severity?: Severity;
  message: string;
  description?: string;
  link?: string;
  audience?: 'customer' | 'internal' | 'any';
  /** Active only when the team's formality for the pack's language is this one. */
  formality?: Exclude<Formality, 'any'>;
  /** The reply kinds the rule applies to; every kind when absent. */
  kinds?: RuleKind[];
  /**
   * Not applied either to a reply whose kind no one named that shows it is written to one person (a quote of their
   * message, their order's number, a greeting that names them): the writer knows the reader (a macro's gendered address).
   */
  skipToOne?: boolean;
  /** Rule ids whose finding in a sentence holding one of this rule's triggers or matches replaces this rule's findings (one problem, one finding). */
  yieldsTo?: string[];
  scorecard?: ScorecardItem;
  phrases?: PhraseSpec[];
  pattern?: string;
  caseSensitive?: boolean;
  /**
   * pattern: no finding when the match's sentence quotes a name or a code (quoted words, blanked in the prose, holding a
   * capital, a digit or anything but letters, spaces, apostrophes and hyphens): telling the customer the right code or
   * menu (It's "SPRING15", not "SPRING-15".) answers them, it corrects no writing.
   */
  skipQuotedNames?: boolean;
  /** No finding in the message's title lines when the body repeats them (evaluate.ts repeatedTitleEnd). */
  skipTitles?: boolean;
  /** No finding in a status heading over a message written in sentences (evaluate.ts statusTitleEnd). */
  skipStatusTitles?: boolean;
  /**
   * pattern: no finding on words that name something: a Markdown link's text, words mostly capitalised but not ended as
   * a sentence (evaluate.ts namesTitle). phrase: none on a word of a name in capitals ("Senior Backend Engineer", evaluate.ts insideTitle).
   */
  skipNamedTitles?: boolean;
  /**
   * phrase: no finding on a salutation followed on its line by the reader's name (one to three capitalised words or
   * placeholders, then a comma, a stop or the line's end): "I nderuar abonent {{first_name}} {{last_name}}," greets the
   * reader by name after the role word (evaluate.ts namedAfter).
   */
  skipNamedReader?: boolean;
  /** pattern: one finding per paragraph, its first match (evaluate.ts evaluatePattern). */
  oncePerParagraph?: boolean;
  /** pattern: the reply language's own common words (`commonWords`) that end a match are not part of it (evaluate.ts withoutOwnWordsAtEnd). */
  trimOwnWords?: boolean;
  /**
   * pattern: in a notice (kind auto-reply), the footer's lines that are the template's own (a no-reply or unsubscribe
   * line, footers.yaml `templateOwn`) are read too: the notice's reader reads them as part of it.
   */
  readsNoticeFooter?: boolean;
  /**
   * before/after: words right before or after a match that excuse it. asked (phrase rules with
   * requires.nextStep): the rule's phrases that are a pace the customer is asked to keep ("as soon as
   * possible"), excused inside a request to them (evaluate.ts, withoutAskedPace). near (pattern): words anywhere
   * before a match that open their line and introduce what follows ("(English version below)"). near (conditional, phrase): words
   * anywhere in the trigger's or match's sentence or the sentence before it ("As you requested, your subscription is
   * cancelled"; the problem named right before a stock apology: "We had an outage this morning. Sorry for the inconvenience.");
   * in a phrase rule the sentence before that too while in the match's paragraph, and only outside what the customer is
   * asked for: a question, or the rest of a request's part of the sentence (requests: "Please send a screenshot of the
   * error." names no problem) up to a comma before a reason (reasons: "Please confirm your address, as the courier made
   * an error" names one).
   * nearIn (conditional, phrase): words in the trigger's or match's sentence or either neighbour that make it fine in
   * replies of the given kinds only (an automatic notice of a moderation decision: "Your appeal has been rejected"; a
   * chat queue line: "Our team is handling other conversations and will respond to you shortly").
   * overlapIn (conditional): words that make a trigger they share a word with fine in replies of the given kinds only (a
   * live transfer in a chat: "I'm transferring you to an agent now"); a trigger beside them in the sentence stays one.
   * generalIn (conditional): in replies of the given kinds (help-centre answers), a trigger whose sentence holds
   * none of the `case` words (your, this, I: the customer's own case) states a policy in general terms; so does one
   * after a `condition` word ("if", "unless") in its sentence ("If 14 days have passed, unfortunately we can't refund
   * it"). In a reply, macro or chat the same condition is the customer's own ("If the box has been opened, we cannot
   * accept a return"): a refusal, unless `advice` words (please, approved, good news, tip) are in its sentence or the one
   * before: a condition the customer can still avoid, told inside help or good news, refuses nothing.
   * aheadIn (phrase): in replies of the given kinds (notices), a match holding a `possible` word ("any possible
   * inconvenience", "galimus nepatogumus") is excused when no `harm` words say anywhere in the reply that something
   * went wrong: an advance warning, whose harm is only possible.
   */
  unless?: {
    before?: PhraseSpec[];
    after?: PhraseSpec[];
    asked?: PhraseSpec[];
    near?: PhraseSpec[];
    requests?: PhraseSpec[];
    reasons?: PhraseSpec[];
    /**
     * phrase with near: a remedy already made ("We have issued a refund"): it excuses the match as a `near` word does only
     * when a `near` word names what went wrong in the remedy's sentence or the two before it in its paragraph. A refund
     * alone names no problem ("We have processed your refund. We apologize for the inconvenience.").
     */
    remedies?: PhraseSpec[];
    /**
     * phrase with near: a `near` word in the reply's opening (its greeting line and first sentence: "On Thursday from
     * 8:00 to 14:00 there will be no water.") names the problem for every match below it, however far: a notice's
     * closing stock apology answers the news it opened with.
     */
    nearOpening?: boolean;
    /**
     * phrase (and a conditional's `courtesy` words): words that name nothing ("situation", "matter", "this"): an
     * `after` phrase whose last word is one of them does not excuse the match ("for the inconvenience with the matter";
     * "with the login page" does).
     */
    vague?: PhraseSpec[];
    /**
     * phrase with vague: words that end the noun phrase an `after` phrase opens ("and", "which"); its head, the last
     * word before them (or before a punctuation mark, another `after` phrase or the sentence's end), is judged with
     * `vague` too ("with the login page and thank you for telling us about it" -> page; "from our side" -> side).
     */
    ends?: PhraseSpec[];
    /** paragraph (phrase rules): words that make it fine anywhere in the match's paragraph, not only its sentence's neighbours. */
    nearIn?: { kinds: RuleKind[]; phrases: PhraseSpec[]; paragraph?: PhraseSpec[] };
    overlapIn?: { kinds: RuleKind[]; phrases: PhraseSpec[] };
    generalIn?: { kinds: RuleKind[]; case: PhraseSpec[]; condition?: PhraseSpec[]; advice?: PhraseSpec[] };
    /**
     * conditional: in a reply with a `bookings` phrase (a booking confirmed or reminded), a trigger whose sentence holds
     * a `cutoffs` phrase (a notice period before the visit: "24 hours before your visit") and no `case` word outside it
     * tells the house rule in advance ("Appointments cannot be moved in the last hour before they start."): no refusal to
     * this reader (trial 37).
     */
    houseRule?: { bookings: PhraseSpec[]; cutoffs: PhraseSpec[]; case: PhraseSpec[] };
    aheadIn?: { kinds: RuleKind[]; possible: PhraseSpec[]; harm: PhraseSpec[] };
    /**
     * conditional: `phrases` anywhere in the reply hand the next step to the reader (a confirmation to send, the
     * password asked for): every trigger is excused unless a `promises` phrase says the team or owner acts later.
     */
    handedOver?: { phrases: PhraseSpec[]; promises: PhraseSpec[] };
    /**
     * conditional: a case closed (`phrases`: "Your ticket has been resolved and closed") is the outcome the text itself
     * brings: every trigger is excused unless a `reopens` phrase says another case is open beside it (the closed one
     * called "your previous ticket", "a new ticket has been created") or a `handedOver.promises` phrase still promises
     * the team's act.
     */
    closed?: { phrases: PhraseSpec[]; reopens: PhraseSpec[] };
    /**
     * conditional: a trigger whose object is a `pronouns` word right before or after it ("It has been received", "We
     * have received it") is excused when the sentence before it, or its own sentence before the pronoun, names a
     * `nouns` thing (a transaction: "Thank you for your payment of 40 EUR."): the receipt of that, not of a message.
     */
    antecedent?: { pronouns: PhraseSpec[]; nouns: PhraseSpec[] };
    /**
     * conditional: a trigger with a `threats` word before it in its clause and no `keeps` word there tells of a threat
     * lifted ("The rail strike planned for Friday is now cancelled": good news). `keeps` words keep it news against the
     * reader: their own thing ("Your flight during the strike …") or the threat as its cause ("Due to the strike …").
     */
    lifted?: { threats: PhraseSpec[]; keeps: PhraseSpec[] };
    /**
     * phrase: a match told as done is excused: a past verb (scorecard.nextStep `past`) next to it with no `ahead` word
     * before them in its clause ("niezwłocznie zgłosiliśmy": reported at once), or a label over a clause told in the
     * past ("Immediate fix: the firewall rule has been corrected"). Nobody waits on a thing done.
     */
    done?: boolean;
    /**
     * phrase: words in the match's part of the sentence (up to ; : a dash or a joining word, commas included) that make
     * it fine: work to prevent a recurrence ("so that we can take steps to prevent similar outages as soon as possible")
     * is nothing the customer waits on.
     */
    inPart?: PhraseSpec[];
    /**
     * phrase: with inPart, words that open a purpose clause: inPart words after the match and behind one of these say
     * why the timed step is done, not what is timed ("We will repair your sync as soon as possible to avoid a repeat").
     */
    purpose?: PhraseSpec[];
    /**
     * phrase: with inPart, our own promise ("we will", "we'll", pl "wyślemy"): inPart words before the match with one of
     * these between them and it excuse nothing, the time is the promise's ("If you fail to receive the code, we will send
     * a new one as soon as possible"). Promise forms, not "we": "any document we ask for as soon as possible" is a duty.
     */
    ours?: PhraseSpec[];
    /**
     * phrase: with inPart, a delay the pace may cause ("may delay your claim", pl "może się opóźnić"): after the match in
     * its part it excuses the match only under a `failures` word before the match in its sentence, with no `ours`
     * promise between them ("Failure to send the receipt and the photos in a timely manner may delay your claim", "If
     * the receipt is not provided in a timely manner, the claim may be delayed"). After our own promise it is a hedge.
     */
    delays?: { words: PhraseSpec[]; failures: PhraseSpec[] };
    /**
     * phrase with after: the writer's own story, no step on the reader's case ("not our department, but I called my own
     * bank about it last year"): a `marks` word later in the match's sentence voids an `after` excuse, unless a `cases`
     * word there ties the step to the reader's case or today ("… to handle yours today"). A `before` excuse stands.
     */
    story?: { marks: PhraseSpec[]; cases: PhraseSpec[] };
    /**
     * phrase with requires.nextStep: words opening a condition ("if", "should", "in case"). A match behind one in its
     * sentence, when an earlier sentence gives a time still to come, is a contingency on that time ("You will receive
     * a response within 20 working days. … If this is likely, you will be given a revised date at the earliest
     * opportunity."): the time is given; the vague one is for what may not happen.
     */
    contingency?: PhraseSpec[];
    /**
     * phrase: words opening a condition ("if", "in case"). A match behind one in its sentence tells of what may not
     * have happened ("If the pickup code got lost, no big deal: here is a new one"): reassurance, not a harm played down.
     */
    supposed?: PhraseSpec[];
    /**
     * require: words in the reply's first three sentences that make it a notice of news about the reader's own case, in
     * their favour or inviting them on ("Congratulations!", "You have been shortlisted"): the requirement is not asked.
     */
    news?: PhraseSpec[];
    /**
     * require: in replies of `kinds`, one with words of none of the packs' `kindSignals` lists named in `signals` answers
     * nothing the reader did: the requirement is not asked. An automatic notice owes thanks where it acknowledges what the
     * reader sent (receipt) or turns it down (refusal); a payment link, an offer or a status line does not (trial 40).
     */
    unanswered?: { kinds: RuleKind[]; signals: KindSignal[] };
    /**
     * require: words anywhere in the reply that show the organisation writes first, in every kind (a notice, a bill, a
     * reminder, a letter "hereby" informing): the requirement is not asked, unless the reply holds words of a packs'
     * `kindSignals` list named in `answers` (it answers what the reader wrote or sent: "Thanks for your message", "We have
     * received your payment"). A thank-you is owed for what the reader did; a letter the organisation starts owes none
     * (trials 46, 47: cost and arrears notices, a forced move, a pay-or-quit notice, claims letters).
     */
    writtenFirst?: { phrases: PhraseSpec[]; answers: KindSignal[] };
    /**
     * phrase: the time of an event the reader has booked, told by the event's own verb: a `verbs` phrase right before
     * or right after the match ("is starting", "ends") and a `subjects` phrase in its part of the sentence (the
     * event: "reservation", "appointment"), when the match is one of `times` ("soon", not the effort of "as soon as
     * possible") and no `ours` word stands in its sentence. "Your reservation is starting soon" is a reminder's fact.
     * `ends` verbs (a term running out or renewing by itself: "ends", "renews") take a `terms` phrase as the subject too
     * ("Your free trial ends soon"), which no other verb does: "Your trial starts soon" is a plan we switch on.
     */
    event?: { subjects: PhraseSpec[]; verbs: PhraseSpec[]; times: PhraseSpec[]; terms?: PhraseSpec[]; ends?: PhraseSpec[] };
    /**
     * phrase: a cheer about the reader's own step, not a promise of our work's pace: a `steps` phrase (the message's
     * button, link or instructions) in the match's sentence before it or in the sentence before in its paragraph, with
     * no `ours` or `ahead` word before it in its clause, and a `subjects` phrase (the reader back at their own use:
     * "you'll be back", "pääset") in or reaching into the match's clause. "Tap the link below and choose a new password.
     * You'll be back in your account in no time." is excused; "You'll be back up and running in no time." after our
     * repair is not.
     */
    readerStep?: { steps: PhraseSpec[]; subjects: PhraseSpec[]; handovers?: PhraseSpec[] };
    /**
     * phrase: what a lapse costs the reader, told as a fact: a `near` phrase (a link, code or invitation valid for a
     * time or running out) where `unless.near` would find it excuses a match only when a `steps` phrase (getting a new
     * one: request, resend, reset, reapply) stands in the match's part of the sentence. "The code is valid for 30
     * minutes; after that you need to request a new one" is excused; "Your discount code is valid for two days. You will
     * have to contact the courier" is not: the order is about something else.
     */
    lapse?: { near: PhraseSpec[]; steps: PhraseSpec[] };
    /**
     * conditional and phrase: what follows from the reader's step the sentence before asks of them or warns them of, in
     * groups: a match whose sentence opens with a group's `opens` phrase ("Otherwise,") is excused when the sentence before
     * it in its paragraph holds an `asks` phrase of the same group (a requirement on the reader: "We need your business
     * email", "Please enter your order number") and none of its `not` phrases. "Please send us your work address.
     * Otherwise, we can't open the trial for you." is excused; "The new lid went out today. Otherwise, we cannot refund the
     * pan" is not. Each group's asks answer its own opens only: "please" before "Otherwise," is no warning before "This
     * cannot be undone." (reviewer 10:02, trial 34). `asksOpen`: the asks phrase must open its sentence (what the step
     * will do, told on its own: "Every member will lose access…"; not after our act or decision in the same sentence:
     * "The migration overwrote your notes, so everyone will lose…"), and a `not` phrase in the sentence before it voids it too.
     */
    consequence?: { opens: PhraseSpec[]; asks: PhraseSpec[]; not?: PhraseSpec[]; asksOpen?: boolean }[];
    /**
     * phrase: a decision reported in the passive whose maker the reply names in the first person: a match holding a
     * `decisions` word ("rejected", "odrzucone") is excused when an `owners` phrase (the writer deciding or weighing the
     * case: "I reviewed your appeal", "rozpatrzyliśmy") stands anywhere in the reply. "Thanks for your message. Your
     * appeal was rejected." still hides who decided, and so does a writer who only sent something ("I've attached …").
     */
    owned?: { owners: PhraseSpec[]; decisions: PhraseSpec[] };
    /**
     * phrase with `where: sign-off`: a reference answer, two list items or more that open with a `steps` word (the
     * reader's own step: "1. Go to Settings"), with no `acts` word in the reply (someone doing, deciding or promising
     * something on the reader's case: "I'll investigate", "has been declined") but behind a `conditions` word in its
     * sentence (an offer: "if it went to the old address, reply and we will resend it"), is signed by the team on
     * purpose: nobody has a follow-up to own. Told in prose, a sentence holds two `steps` words or one and a label of the
     * reader's screen (bold, quoted, "Settings > Security"), and no `away` phrase: another party the reader is sent to
     * ("fill in the form on the courier's site") makes it a hand-off. An `acts` word inside a `product` phrase is the
     * product's own step ("We send a confirmation link to the new address"), no one acting on the case.
     */
    reference?: { steps: PhraseSpec[]; acts: PhraseSpec[]; conditions?: PhraseSpec[]; away?: PhraseSpec[]; product?: PhraseSpec[] };
    /**
     * phrase with `where: sign-off`: a team's own word that names no department ("Team", "tiimi"): after a brand's name
     * on its line ("Brightnest Team") it is the brand signing, as "The Little Ceramics team" is, not a department.
     */
    brandTeam?: PhraseSpec[];
  };
  /** require: where the phrase must be; phrase: `sign-off` when a match counts only as the reply's whole last line, `opening` only where a greeting stands (its line's start, or after a name and a comma). */
  where?: 'opening' | 'closing' | 'anywhere' | 'sign-off';
  window?: number;
  trigger?: PhraseSpec[];
  requires?: {
    phrases?: PhraseSpec[];
    timeframe?: boolean;
    /**
     * conditional: the reply's next step (nextStepVerdict's, in evaluate.ts) in the trigger's sentence or a later one (anywhere with scope `reply`);
     * phrase: a time frame still to come within `scope` of a match excuses it.
     */
    nextStep?: boolean;
    /** conditional with timeframe: a time frame still to come in the next sentence meets the trigger too ("I'll keep you updated. This may take 3 days."). */
    nextSentenceStep?: boolean;
    /**
     * conditional: the writer's own step told as done, in the sentence right after the trigger, meets it as the
     * required phrases do in the trigger's own sentence ("The bank posts the transfer. We sent the refund yesterday at 10:00.").
     */
    nextSentence?: PhraseSpec[];
    /**
     * conditional with nextSentence: the order's own sending ("sent your parcel"): a nextSentence step it overlaps without
     * lying inside it is no remedy; a longer step that takes it in ("sent your refund") counts.
     */
    nextSentenceNot?: PhraseSpec[];
    /** conditional: a variable that prints the team's written answer (the dialect's `responses`) anywhere in the reply meets every trigger. */
    answered?: boolean;
    /** conditional: a link or an e-mail address anywhere in the reply (prose-mask's holdsLink) meets every trigger: the place to go on to. */
    link?: boolean;
    /** conditional: a variable or fill-in that names a date or a time (grammar.yaml fillIns.times) anywhere in the reply meets every trigger. */
    timeVariable?: boolean;
    signature?: boolean;
    /** require (opening): words that, after a name and a comma at the reply's start, make it greeted ("Anna, thanks for the photos."). */
    afterName?: PhraseSpec[];
    /** require (opening): capitalised words before a comma that are no name ("Yes, thanks"). */
    notName?: PhraseSpec[];
    /** require (opening): words that, after the organisation, a comma and the agent's name in the first sentence, make it a service opening ("VR:n asiakaspalvelu, Minna puhelimessa."). */
    afterAgentName?: PhraseSpec[];
    /** conditional: words that open a condition ("if"): a required phrase after one in its clause meets nothing. */
    conditions?: PhraseSpec[];
    /** conditional: a required phrase in the reply's title or its first two sentences meets every later trigger. */
    opening?: boolean;
    /** conditional: an alternative offered after the trigger, in its sentence or the next ("but you can …", "Instead, …"), meets it. */
    alternatives?: PhraseSpec[];
    /**
     * conditional: the way back to a place or an offer the reader lost ("you can rejoin the waitlist"): it meets the trigger
     * as an alternative does, unless a `refusals` word is in the trigger's sentence: after a claim turned down ("Your
     * refund claim has been rejected. You can resubmit it.") applying again is the refusal said twice.
     */
    wayBack?: PhraseSpec[];
    /**
     * conditional: an offer that opens the sentence right after the news ("You can give them to a friend…", "We can pause
     * your account…"): it meets the trigger as an alternative does there only. A phrase's own `unless` voids it ("You can
     * buy a new one in our shop" is the refusal said again); a `wayBack` it opens is judged as one, and after a `refusals`
     * word in the news's sentence it does not count.
     */
    nextOffers?: PhraseSpec[];
    /** conditional with wayBack: words that refuse what the reader asked for ("declined", "rejected", "odrzucon*"). */
    refusals?: PhraseSpec[];
    /**
     * conditional with alternatives: words starting right where an alternative's words end that make it a restriction, no
     * way round: "only" with a verb of the refused thing ("We can, however, only accept unworn items": "only accept").
     */
    restrictions?: PhraseSpec[];
    /**
     * conditional: in replies of `kinds` (automatic notices), a decision that gives its reason (`reasons` after the
     * trigger in its sentence, or opening the next one: "Reason: …") and then points to another place for what it
     * refused (`ways`: "You can find another forum to join") has its way forward. Without the reason the pointer alone
     * is a brush-off; in a person's reply it is no alternative.
     */
    elsewhere?: { kinds: RuleKind[]; reasons: PhraseSpec[]; ways: PhraseSpec[] };
    /**
     * conditional: our own retry of what failed ("Yritämme uudelleen 3.5.", "Spróbujemy ponownie {{retry_date}}"): it meets
     * the trigger as an alternative does only with its time: a time frame in its sentence, or a value that names a date
     * or time within two words after it. Undated ("We will try again to reach the courier") it promises nothing.
     */
    retries?: PhraseSpec[];
    /**
     * conditional: our own mistake mended: a trigger that overlaps a `mistakes` word ("We made a mistake with the label")
     * is met by a `fixes` phrase, our fix told as done or as our dated re-send ("I've re-sent it", "It leaves again"), after
     * it in its sentence or in the next, with its time as a retry's (retryTimed in evaluate.ts): "it arrives Friday".
     * Other news stays unmet by it ("Your order has been cancelled. We've refunded it today.": no mistake of ours).
     */
    mended?: { mistakes: PhraseSpec[]; fixes: PhraseSpec[] };
    /**
     * conditional: words that hold a time saying when something is out of order ("is down today", "neveikia \u0161iandien"):
     * a time frame or a required phrase inside them tells when it fails, not when to come back, and meets no trigger
     * (reviewer-28 #15).
     */
    failureTimes?: PhraseSpec[];
    scope?: 'sentence' | 'previous-sentence' | 'next-sentence' | 'adjacent' | 'onward' | 'reply';
    /**
     * conditional with scope `onward`: words of a stock courtesy apology ("We apologise for any inconvenience caused.")
     * whose sentence meets no trigger beyond its neighbours: said at the end of a reply it answers nothing above.
     */
    courtesy?: PhraseSpec[];
    /**
     * conditional with scope `onward`: words right after a required phrase that open what it is about ("sorry that",
     * "Pahoittelemme, että"): bad news after them in that sentence names the news the apology answers, no news of its own.
     */
    about?: PhraseSpec[];
    /**
     * conditional: an acknowledgement of what the matter means to the customer ("We understand the importance of
     * minimising noise levels"), anywhere before a trigger in the reply, meets it: the concern is named before the news.
     */
    acknowledgements?: PhraseSpec[];
    /**
     * conditional: the writer's own follow-up in a later sentence of the reply ("I will get back to you", "palaan
     * asiaan"), meeting a trigger before it as a required phrase in the trigger's own sentence does: "I'm escalating this
     * to our team leads. … I will write to you again as soon as I can." stays on the case. Its missing time is another rule's.
     */
    followUps?: PhraseSpec[];
    /**
     * conditional with alternatives: words that say the news is bad, not that the writer is sorry ("unfortunately"): in
     * a trigger's sentence they let a way forward right before it meet it, as one right after it does.
     */
    regrets?: PhraseSpec[];
    /**
     * conditional: thanks for the reader's appeal ("Thanks for putting your appeal in writing"): it meets the appeal's
     * decision only, news in its sentence or the next that says it is bad news (a `regrets` word); not a later refusal of
     * something else, nor one told bare.
     */
    appeals?: PhraseSpec[];
    /** phrase with nextStep: in replies of these kinds a time frame still to come in any later sentence excuses a match too. */
    laterIn?: RuleKind[];
  };
  /** consistency: named forms; the first one a reply uses sets its register. */
  forms?: Record<string, PhraseSpec[]>;
  measure?: 'sentence-words' | 'reply-words';
  max?: number;
  check?:
    | 'placeholder-syntax'
    | 'placeholder-name-fallback'
    | 'placeholder-unknown-variable'
    | 'placeholder-vocative'
    | 'unfilled-slot'
    | 'undated-event'
    | 'literal-escape'
    | 'test-link'
    | 'repeated-word';
  /** The word for a customer whose name is unknown ("Hi there"): a name fallback, the name in an inserted greeting. */
  fallback?: string;
  /**
   * placeholder-vocative: how a variable holding the customer's name ends, words saying
   * it holds the vocative, and objects in its path that are someone else (the agent).
   */
  nameVariables?: { names: string[]; vocative: string[]; others?: string[]; needName?: string[] };
  /** repeated-word: words doubled on purpose ("that that", "had had"), in lower case (text/repeated-words.ts). */
  repeatable?: string[];
  /** test-link: the hosts of a developer's machine, a tunnel and a staging or preview deployment (units/test-links.ts). */
  hosts?: TestHostWords;
  /** Keeps the meaning, adds no commitment: applied in bulk. */
  fix?: { replace?: string; remove?: true };
  /** Rewordings and insertions: each its own quick fix. */
  suggest?: { replace?: string[]; remove?: boolean; insert?: string };
  examples?: { bad?: BadExample[]; good?: string[] };
  /**
   * Set by the loader, never written in a pack: the built-in file (under rules/) whose description and examples of
   * this rule the language server's bundle ships apart (docs.ts documentedSpec).
   */
  docsIn?: string;
}

/**
 * A bad example, RuleTester style: the text alone, or with the excerpt the
 * finding must cover, the text after its fix (null: it has none) and the
 * text after each of its suggestions, in order.
 */
export type BadExample = string | { text: string; span?: string; output?: string | null; suggestions?: string[] };

export function exampleText(example: BadExample): string {
  return typeof example === 'string' ? example : example.text;
}

/** Why a reply needs empathy: it answers a complaint, tells of a delay or refuses. */
export const EMPATHY_NEEDS = ['complaint', 'delay', 'refusal'] as const;
export type EmpathyNeed = (typeof EMPATHY_NEEDS)[number];

/**
 * The word lists that tell a next step to come from a date in the past, and
 * what an undated step waits on (scorecard.nextStep): see NextStepSpec.
 */
export const NEXT_STEP_LISTS = [
  'ahead',
  'asks',
  'imperatives',
  'past',
  'behind',
  'joins',
  'waitsOn',
  'milestones',
  'ours',
  'staff',
  'findingOut',
  'repairs',
  'launches',
  'plans',
  'restocks',
  'outside',
  'replies',
  'purposes',
  'notTheirs',
  'requestJoins',
] as const;
export type NextStepList = (typeof NEXT_STEP_LISTS)[number];

/**
 * When a time frame is a step still to come, and when a step waits on an
 * event: the decision is made once in code (evaluate.ts), the words are each
 * language's.
 */
export type NextStepSpec = Partial<Record<NextStepList, PhraseSpec[]>>;

/** How the scorecard judges replies in the pack's language, beyond what its rules report. */
export interface ScorecardSpec {
  nextStep?: NextStepSpec;
  /** The reply kinds an item applies to; for other kinds it is n/a. Every kind when absent. */
  kinds?: Partial<Record<ScorecardItem, RuleKind[]>>;
  empathy?: {
    /** Words that say the reply answers a complaint, tells of a delay or refuses. */
    needed?: Partial<Record<EmpathyNeed, PhraseSpec[]>>;
    /** Words that acknowledge how the customer feels. */
    shown?: PhraseSpec[];
    /** Words right before a need that make it hypothetical ("if it arrives damaged"). */
    unless?: PhraseSpec[];
  };
}

/** Words by which a macro says what it is (rules/kind-inference.ts reads them). */
export interface KindSignalsSpec {
  /** Valedictions that sign a full e-mail ("Kind regards"). */
  signOff?: PhraseSpec[];
  /** Phrases only an automatic message says ("do not reply to this email"). */
  notice?: PhraseSpec[];
  /** Phrases of a text written to agents ("internal note"). */
  internal?: PhraseSpec[];
  /** Words a person writes and a machine does not ("I", "let me"): a greeted macro in them is an agent's, notice words or not. */
  person?: PhraseSpec[];
  /** Words before a number that is one customer's ("your order #", "zamówienie nr"): the reply is written to that person. */
  recipient?: PhraseSpec[];
  /** Words that answer the customer's own message ("thanks for reaching out", "we've passed your message on"): no order's automatic e-mail. */
  answer?: PhraseSpec[];
  /** A decision stated in the passive ("has been rejected"): with a program's own arguments ("$1"), a system's decision notice. */
  decision?: PhraseSpec[];
  /** Words that confirm a message arrived ("we've received your request"): with `queued` words, an automatic acknowledgement. */
  receipt?: PhraseSpec[];
  /** What an acknowledgement says follows, with no person in it: the case's number ("your case number is"), an unnamed team's step ("a member of our team will"). */
  queued?: PhraseSpec[];
  /** A refusal of the reader's request in its own verb ("we can't refund", "your claim was declined"), not a word of regret: a text that decides is no acknowledgement. */
  refusal?: PhraseSpec[];
  /** Words of a team's closure or absence ("our office is closed", "reopens on"): its dates are typed by a person, not printed by a system. */
  closure?: PhraseSpec[];
  /** Words of a developer's code work ("pull request", "repository"): the reply is written to a developer, and a `developerWord` is theirs. */
  developer?: PhraseSpec[];
  /** Words that make a line of capitalised words a business's name, not a person's ("Northwind Books", "Acme Ltd"). */
  business?: PhraseSpec[];
  /**
   * Thanks for a review, a rating or its stars ("thanks for the 5 stars", "dziękujemy za opinię"): a reply filed as a
   * `reply` that opens so is a public reply under a review, spared a letter's greeting and sign-off.
   */
  review?: PhraseSpec[];
  /**
   * A tracking or delivery system's event on the reader's own parcel or order, the item its subject ("Your parcel has
   * been delivered", "Paczka czeka na odbiór"): opening a text no person writes or signs, a courier's or shop's notice.
   */
  status?: PhraseSpec[];
  /** An office of the organisation ("Sekretariat", "Opintotoimisto", "Priėmimo komisija"): alone under a valediction, the department signs. */
  department?: PhraseSpec[];
}
export const KIND_SIGNALS = [
  'signOff',
  'notice',
  'internal',
  'person',
  'recipient',
  'answer',
  'decision',
  'receipt',
  'queued',
  'refusal',
  'closure',
  'developer',
  'business',
  'review',
  'status',
  'department',
] as const;
export type KindSignal = (typeof KIND_SIGNALS)[number];

export interface PackSpec {
  name?: string;
  extends?: string[];
  language?: string;
  description?: string;
  /** Frequent words of the pack's language, for detecting a reply's language. */
  commonWords?: string[];
  /** Letters that mark the pack's language (ą, ä, ë), for detecting a short reply's language. */
  letters?: string[];
  /** ISO 639-3 codes of the pack's language in franc's models, for detecting it statistically. */
  iso639Codes?: string[];
  timeframes?: string[];
  /** Calendar dates ("14 March", "2027-03-14"): with time frames, what a listed schedule's sentences give (`metBySchedule`). */
  dates?: string[];
  scorecard?: ScorecardSpec;
  kindSignals?: KindSignalsSpec;
  rules: Record<string, RuleSpec>;
}

/** Replylint's default language (the pack schema's default): a pack without `language` is in it, and Replylint's own words fall back to it. */
export const DEFAULT_LANGUAGE: string = packSchema.properties.language.default;

/** The language of a pack's phrases. */
export function packLanguage(spec: PackSpec): string {
  return spec.language ?? DEFAULT_LANGUAGE;
}

export interface PackLoad {
  pack: PackSpec | undefined;
  problems: YamlProblem[];
  /** A pack with problems whose `extends` list could still be read: the packs it names, so their problems are reported too. */
  extends?: string[];
}

/** The `extends` list of a pack's data, when it is a list of names. */
function extendsOf(data: unknown): string[] | undefined {
  const list = typeof data === 'object' && data !== null ? (data as { extends?: unknown }).extends : undefined;
  return Array.isArray(list) && list.every((entry) => typeof entry === 'string') ? (list as string[]) : undefined;
}

// The schema check is loaded on first use: the built-in packs skip it (see
// parsePack), so a start with no workspace pack never pays for it.
let validatePack: ValidateFunction<PackSpec> | undefined;
function packValidator(): ValidateFunction<PackSpec> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  return (validatePack ??= (require('./pack-validator') as typeof import('./pack-validator')).validatePack);
}

/** Compiles an RE2 pattern the way rules use it; throws with RE2's message. */
export function compileRegex(pattern: string, caseSensitive = false): RE2JS {
  return RE2JS.compile(pattern, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
}

/** A phrase or pattern that does not compile, at its key path. */
export interface SyntaxProblem {
  path: KeyPath;
  message: string;
}

/** The phrases of a list that do not compile. */
export function phraseProblems(path: KeyPath, list: PhraseSpec[] | undefined): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  phrasesOf(list).forEach((item, index) => {
    try {
      parsePhrase(item.phrase);
    } catch (error) {
      if (!(error instanceof PhraseSyntaxError)) throw error;
      problems.push({ path: [...path, index], message: `Invalid phrase: ${error.message}.` });
    }
  });
  return problems;
}

function regexProblems(path: KeyPath, pattern: string, caseSensitive?: boolean): SyntaxProblem[] {
  try {
    compileRegex(pattern, caseSensitive);
    return [];
  } catch (error) {
    return [{ path, message: `Invalid regular expression (RE2 syntax): ${(error as Error).message}${unsupportedHint(pattern)}` }];
  }
}

/**
 * What to write instead of the JavaScript syntax RE2 has not (it keeps every pack linear-time), whose own error names
 * something else: a lookbehind is "invalid named capture", a backreference "invalid escape sequence".
 */
function unsupportedHint(pattern: string): string {
  if (/\\(?:[1-9]|k<)/.test(pattern)) return '. RE2 has no backreferences (\\1, \\k<name>): list the words to match instead.';
  if (/\(\?<?[=!]/.test(pattern)) {
    return '. RE2 has no lookahead or lookbehind ((?=, (?!, (?<=, (?<!): match the context too and put what to underline in a capture group (the finding covers the first group), or name the words that must not be beside it in `unless: { before: [...], after: [...] }`.';
  }
  return '';
}

/**
 * A rule's phrase lists (besides `forms` and each phrase's own `unless`), in one order: where each stands in the rule,
 * and what the rule set reads its phrases as (rule-set.ts): the rule's own phrases, a trigger, what satisfies a require
 * rule, an excusing phrase before or after the hit, or the form words of `form`.
 */
export interface RulePhraseList {
  keys: readonly string[];
  of: (rule: Partial<RuleSpec>) => PhraseSpec[] | undefined;
  role: 'own' | 'trigger' | 'satisfy' | 'before' | 'after' | 'form';
  form?: string;
}

export const RULE_PHRASE_LISTS: readonly RulePhraseList[] = [
  { keys: ['phrases'], of: (rule) => rule.phrases, role: 'own' },
  { keys: ['trigger'], of: (rule) => rule.trigger, role: 'trigger' },
  { keys: ['requires', 'phrases'], of: (rule) => rule.requires?.phrases, role: 'satisfy' },
  { keys: ['requires', 'alternatives'], of: (rule) => rule.requires?.alternatives, role: 'form', form: 'alternative' },
  { keys: ['requires', 'wayBack'], of: (rule) => rule.requires?.wayBack, role: 'form', form: 'wayBack' },
  { keys: ['requires', 'nextOffers'], of: (rule) => rule.requires?.nextOffers, role: 'form', form: 'nextOffer' },
  { keys: ['requires', 'refusals'], of: (rule) => rule.requires?.refusals, role: 'form', form: 'refusal' },
  { keys: ['requires', 'restrictions'], of: (rule) => rule.requires?.restrictions, role: 'form', form: 'restriction' },
  { keys: ['requires', 'elsewhere', 'reasons'], of: (rule) => rule.requires?.elsewhere?.reasons, role: 'form', form: 'elsewhereReason' },
  { keys: ['requires', 'elsewhere', 'ways'], of: (rule) => rule.requires?.elsewhere?.ways, role: 'form', form: 'elsewhere' },
  { keys: ['requires', 'retries'], of: (rule) => rule.requires?.retries, role: 'form', form: 'retry' },
  { keys: ['requires', 'mended', 'mistakes'], of: (rule) => rule.requires?.mended?.mistakes, role: 'form', form: 'mistake' },
  { keys: ['requires', 'mended', 'fixes'], of: (rule) => rule.requires?.mended?.fixes, role: 'form', form: 'mend' },
  { keys: ['requires', 'failureTimes'], of: (rule) => rule.requires?.failureTimes, role: 'form', form: 'failureTime' },
  { keys: ['requires', 'nextSentence'], of: (rule) => rule.requires?.nextSentence, role: 'form', form: 'nextSentence' },
  { keys: ['requires', 'nextSentenceNot'], of: (rule) => rule.requires?.nextSentenceNot, role: 'form', form: 'nextSentenceNot' },
  { keys: ['requires', 'conditions'], of: (rule) => rule.requires?.conditions, role: 'form', form: 'requiredIf' },
  { keys: ['requires', 'courtesy'], of: (rule) => rule.requires?.courtesy, role: 'form', form: 'courtesy' },
  { keys: ['requires', 'about'], of: (rule) => rule.requires?.about, role: 'form', form: 'about' },
  { keys: ['requires', 'acknowledgements'], of: (rule) => rule.requires?.acknowledgements, role: 'form', form: 'acknowledgement' },
  { keys: ['requires', 'followUps'], of: (rule) => rule.requires?.followUps, role: 'form', form: 'followUp' },
  { keys: ['requires', 'regrets'], of: (rule) => rule.requires?.regrets, role: 'form', form: 'regret' },
  { keys: ['requires', 'appeals'], of: (rule) => rule.requires?.appeals, role: 'form', form: 'appeal' },
  { keys: ['requires', 'afterName'], of: (rule) => rule.requires?.afterName, role: 'form', form: 'afterName' },
  { keys: ['requires', 'notName'], of: (rule) => rule.requires?.notName, role: 'form', form: 'notName' },
  { keys: ['requires', 'afterAgentName'], of: (rule) => rule.requires?.afterAgentName, role: 'form', form: 'afterAgentName' },
  { keys: ['unless', 'before'], of: (rule) => rule.unless?.before, role: 'before' },
  { keys: ['unless', 'after'], of: (rule) => rule.unless?.after, role: 'after' },
  { keys: ['unless', 'asked'], of: (rule) => rule.unless?.asked, role: 'form', form: 'asked' },
  { keys: ['unless', 'near'], of: (rule) => rule.unless?.near, role: 'form', form: 'near' },
  { keys: ['unless', 'inPart'], of: (rule) => rule.unless?.inPart, role: 'form', form: 'inPart' },
  { keys: ['unless', 'purpose'], of: (rule) => rule.unless?.purpose, role: 'form', form: 'purpose' },
  { keys: ['unless', 'ours'], of: (rule) => rule.unless?.ours, role: 'form', form: 'ours' },
  { keys: ['unless', 'delays', 'words'], of: (rule) => rule.unless?.delays?.words, role: 'form', form: 'delay' },
  { keys: ['unless', 'delays', 'failures'], of: (rule) => rule.unless?.delays?.failures, role: 'form', form: 'failure' },
  { keys: ['unless', 'story', 'marks'], of: (rule) => rule.unless?.story?.marks, role: 'form', form: 'storyMark' },
  { keys: ['unless', 'story', 'cases'], of: (rule) => rule.unless?.story?.cases, role: 'form', form: 'storyCase' },
  { keys: ['unless', 'contingency'], of: (rule) => rule.unless?.contingency, role: 'form', form: 'contingency' },
  { keys: ['unless', 'supposed'], of: (rule) => rule.unless?.supposed, role: 'form', form: 'supposed' },
  { keys: ['unless', 'news'], of: (rule) => rule.unless?.news, role: 'form', form: 'news' },
  { keys: ['unless', 'writtenFirst', 'phrases'], of: (rule) => rule.unless?.writtenFirst?.phrases, role: 'form', form: 'writtenFirst' },
  { keys: ['unless', 'event', 'subjects'], of: (rule) => rule.unless?.event?.subjects, role: 'form', form: 'eventSubject' },
  { keys: ['unless', 'event', 'verbs'], of: (rule) => rule.unless?.event?.verbs, role: 'form', form: 'eventVerb' },
  { keys: ['unless', 'event', 'times'], of: (rule) => rule.unless?.event?.times, role: 'form', form: 'eventTime' },
  { keys: ['unless', 'event', 'terms'], of: (rule) => rule.unless?.event?.terms, role: 'form', form: 'eventTerm' },
  { keys: ['unless', 'event', 'ends'], of: (rule) => rule.unless?.event?.ends, role: 'form', form: 'eventEnd' },
  { keys: ['unless', 'readerStep', 'steps'], of: (rule) => rule.unless?.readerStep?.steps, role: 'form', form: 'readerStep' },
  { keys: ['unless', 'readerStep', 'subjects'], of: (rule) => rule.unless?.readerStep?.subjects, role: 'form', form: 'readerSubject' },
  { keys: ['unless', 'readerStep', 'handovers'], of: (rule) => rule.unless?.readerStep?.handovers, role: 'form', form: 'readerHandover' },
  { keys: ['unless', 'lapse', 'near'], of: (rule) => rule.unless?.lapse?.near, role: 'form', form: 'lapse' },
  { keys: ['unless', 'lapse', 'steps'], of: (rule) => rule.unless?.lapse?.steps, role: 'form', form: 'lapseStep' },
  { keys: ['unless', 'owned', 'owners'], of: (rule) => rule.unless?.owned?.owners, role: 'form', form: 'owner' },
  { keys: ['unless', 'owned', 'decisions'], of: (rule) => rule.unless?.owned?.decisions, role: 'form', form: 'decision' },
  { keys: ['unless', 'reference', 'steps'], of: (rule) => rule.unless?.reference?.steps, role: 'form', form: 'referenceStep' },
  { keys: ['unless', 'reference', 'acts'], of: (rule) => rule.unless?.reference?.acts, role: 'form', form: 'referenceAct' },
  { keys: ['unless', 'reference', 'conditions'], of: (rule) => rule.unless?.reference?.conditions, role: 'form', form: 'referenceCondition' },
  { keys: ['unless', 'reference', 'away'], of: (rule) => rule.unless?.reference?.away, role: 'form', form: 'referenceAway' },
  { keys: ['unless', 'reference', 'product'], of: (rule) => rule.unless?.reference?.product, role: 'form', form: 'referenceProduct' },
  { keys: ['unless', 'brandTeam'], of: (rule) => rule.unless?.brandTeam, role: 'form', form: 'brandTeam' },
  { keys: ['unless', 'requests'], of: (rule) => rule.unless?.requests, role: 'form', form: 'requests' },
  { keys: ['unless', 'reasons'], of: (rule) => rule.unless?.reasons, role: 'form', form: 'reasons' },
  { keys: ['unless', 'remedies'], of: (rule) => rule.unless?.remedies, role: 'form', form: 'remedy' },
  { keys: ['unless', 'vague'], of: (rule) => rule.unless?.vague, role: 'form', form: 'vague' },
  { keys: ['unless', 'ends'], of: (rule) => rule.unless?.ends, role: 'form', form: 'ends' },
  { keys: ['unless', 'nearIn', 'phrases'], of: (rule) => rule.unless?.nearIn?.phrases, role: 'form', form: 'nearIn' },
  { keys: ['unless', 'nearIn', 'paragraph'], of: (rule) => rule.unless?.nearIn?.paragraph, role: 'form', form: 'nearInParagraph' },
  { keys: ['unless', 'overlapIn', 'phrases'], of: (rule) => rule.unless?.overlapIn?.phrases, role: 'form', form: 'overlapIn' },
  { keys: ['unless', 'generalIn', 'case'], of: (rule) => rule.unless?.generalIn?.case, role: 'form', form: 'case' },
  { keys: ['unless', 'generalIn', 'condition'], of: (rule) => rule.unless?.generalIn?.condition, role: 'form', form: 'condition' },
  { keys: ['unless', 'generalIn', 'advice'], of: (rule) => rule.unless?.generalIn?.advice, role: 'form', form: 'advice' },
  { keys: ['unless', 'houseRule', 'bookings'], of: (rule) => rule.unless?.houseRule?.bookings, role: 'form', form: 'houseRuleBooking' },
  { keys: ['unless', 'houseRule', 'cutoffs'], of: (rule) => rule.unless?.houseRule?.cutoffs, role: 'form', form: 'houseRuleCutoff' },
  { keys: ['unless', 'houseRule', 'case'], of: (rule) => rule.unless?.houseRule?.case, role: 'form', form: 'houseRuleCase' },
  { keys: ['unless', 'aheadIn', 'possible'], of: (rule) => rule.unless?.aheadIn?.possible, role: 'form', form: 'possible' },
  { keys: ['unless', 'aheadIn', 'harm'], of: (rule) => rule.unless?.aheadIn?.harm, role: 'form', form: 'harm' },
  { keys: ['unless', 'handedOver', 'phrases'], of: (rule) => rule.unless?.handedOver?.phrases, role: 'form', form: 'handedOver' },
  { keys: ['unless', 'handedOver', 'promises'], of: (rule) => rule.unless?.handedOver?.promises, role: 'form', form: 'promise' },
  { keys: ['unless', 'closed', 'phrases'], of: (rule) => rule.unless?.closed?.phrases, role: 'form', form: 'closure' },
  { keys: ['unless', 'closed', 'reopens'], of: (rule) => rule.unless?.closed?.reopens, role: 'form', form: 'reopens' },
  { keys: ['unless', 'antecedent', 'pronouns'], of: (rule) => rule.unless?.antecedent?.pronouns, role: 'form', form: 'antecedentPronoun' },
  { keys: ['unless', 'antecedent', 'nouns'], of: (rule) => rule.unless?.antecedent?.nouns, role: 'form', form: 'antecedentNoun' },
  { keys: ['unless', 'lifted', 'threats'], of: (rule) => rule.unless?.lifted?.threats, role: 'form', form: 'liftedThreat' },
  { keys: ['unless', 'lifted', 'keeps'], of: (rule) => rule.unless?.lifted?.keeps, role: 'form', form: 'liftedKeeps' },
];

/** The form of a consequence group's list: each group's words are read together, apart from the other groups'. */
export const consequenceForm = (group: number, list: 'opens' | 'asks' | 'not') => `consequence.${group}.${list}`;

/** A rule's `unless.consequence` lists, each with its key path under the rule and the form its words are read as. */
export function consequenceLists(rule: Partial<RuleSpec>): { keys: (string | number)[]; list: PhraseSpec[] | undefined; form: string }[] {
  return (rule.unless?.consequence ?? []).flatMap((group, index) =>
    (['opens', 'asks', 'not'] as const).map((name) => ({
      keys: ['unless', 'consequence', index, name],
      list: group[name],
      form: consequenceForm(index, name),
    })),
  );
}

/** The phrase lists of a rule, each with its key path. */
function rulePhraseLists(path: KeyPath, rule: Partial<RuleSpec>): [KeyPath, PhraseSpec[] | undefined][] {
  return [
    ...RULE_PHRASE_LISTS.map(({ keys, of }): [KeyPath, PhraseSpec[] | undefined] => [[...path, ...keys], of(rule)]),
    ...Object.entries(rule.forms ?? {}).map(([form, list]): [KeyPath, PhraseSpec[]] => [[...path, 'forms', form], list]),
    ...consequenceLists(rule).map(({ keys, list }): [KeyPath, PhraseSpec[] | undefined] => [[...path, ...keys], list]),
    ...ownExceptionLists([...path, 'phrases'], rule.phrases),
    ...Object.entries(rule.forms ?? {}).flatMap(([form, list]) => ownExceptionLists([...path, 'forms', form], list)),
  ];
}

/** The `unless` before/after lists of the phrases in `list`, each with its key path. */
function ownExceptionLists(path: KeyPath, list: PhraseSpec[] | undefined): [KeyPath, PhraseSpec[] | undefined][] {
  return phrasesOf(list).flatMap((item, index): [KeyPath, PhraseSpec[] | undefined][] => [
    [[...path, index, 'unless', 'before'], item.unless?.before],
    [[...path, index, 'unless', 'after'], item.unless?.after],
    [[...path, index, 'unless', 'inPart'], item.unless?.inPart],
  ]);
}

/** Phrases and the pattern of a rule (in a pack, or its settings in a config) that do not compile. */
export function ruleSyntaxProblems(path: KeyPath, rule: Partial<RuleSpec>): SyntaxProblem[] {
  return [
    ...rulePhraseLists(path, rule).flatMap(([at, list]) => [
      ...phraseProblems(at, list),
      ...misplacedPhraseOptions(at, list, {
        // A conditional's trigger too: evaluate.ts drops every match whose phrase names other kinds before any rule reads it.
        kinds:
          at.length === path.length + 1 &&
          ((rule.kind === 'phrase' && at[at.length - 1] === 'phrases') || (rule.kind === 'conditional' && at[at.length - 1] === 'trigger')),
        ownPart: rule.kind === 'phrase' && at.length === path.length + 1 && at[at.length - 1] === 'phrases',
        // A conditional's courtesy words: an apology that goes on to name the news is no stock line (evaluate.ts, stockCourtesy).
        // A consistency rule's form words: a salutation before a role noun keeps no register ("Szanowny Kliencie, Twoje…").
        // A conditional's trigger, `unless.near`, `requires.nextSentence` and `requires.nextOffers` words (evaluate.ts,
        // withoutExceptions): "nie zwracamy" but not "nie zwracamy uwagi"; "cancelled successfully" but not with our reason
        // after it; "it only takes a moment" but not "to reset your password" after it; "You can" but not "buy a new one".
        // A conditional's required phrases (evaluate.ts, excusedByOwnWords): "the due date" but not "by the due date".
        unless:
          (rule.kind === 'phrase' && at.length === path.length + 1 && at[at.length - 1] === 'phrases') ||
          (rule.kind === 'conditional' && at.length === path.length + 1 && at[at.length - 1] === 'trigger') ||
          (rule.kind === 'conditional' && at.length === path.length + 2 && at[at.length - 2] === 'unless' && at[at.length - 1] === 'near') ||
          (rule.kind === 'conditional' &&
            at.length === path.length + 2 &&
            at[at.length - 2] === 'requires' &&
            (at[at.length - 1] === 'phrases' ||
              at[at.length - 1] === 'courtesy' ||
              at[at.length - 1] === 'nextSentence' ||
              at[at.length - 1] === 'nextOffers')) ||
          (rule.kind === 'consistency' && at.length === path.length + 2 && at[at.length - 2] === 'forms'),
      }),
    ]),
    ...(rule.pattern ? regexProblems([...path, 'pattern'], rule.pattern, rule.caseSensitive) : []),
  ];
}

/**
 * `kinds`, `message`, `unless` or `unless.inPart`/`near` on a phrase where nothing reads it (`allowed` says where it is read:
 * `kinds` also in a conditional's `trigger:`, `kinds`, `message` and `unless.inPart`/`near` in a phrase rule's own `phrases:`, `unless` before/after there, in a
 * conditional's `trigger:`, `unless.near`, `requires.phrases`, `requires.courtesy`, `requires.nextSentence` and `requires.nextOffers` and in a consistency rule's `forms`): an error,
 * not a silent no-op.
 */
function misplacedPhraseOptions(
  path: KeyPath,
  list: PhraseSpec[] | undefined,
  allowed: { kinds: boolean; ownPart: boolean; unless: boolean },
): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  phrasesOf(list).forEach((item, index) => {
    if (item.kinds && !allowed.kinds)
      problems.push({
        path: [...path, index, 'kinds'],
        message: 'A phrase names its kinds only in the `phrases:` of a phrase rule (the words it reports) or the `trigger:` of a conditional.',
      });
    if (item.message !== undefined && !allowed.ownPart)
      problems.push({
        path: [...path, index, 'message'],
        message: 'A phrase has its own message only in the `phrases:` of a phrase rule (the words it reports).',
      });
    // Where `unless` is read at all but not its inPart or near (a conditional's courtesy, a consistency rule's forms).
    if (item.unless?.inPart && allowed.unless && !allowed.ownPart)
      problems.push({
        path: [...path, index, 'unless', 'inPart'],
        message: 'A phrase names words of its part of the sentence only in the `phrases:` of a phrase rule (the words it reports).',
      });
    if (item.unless?.near && allowed.unless && !allowed.ownPart)
      problems.push({
        path: [...path, index, 'unless', 'near'],
        message: 'A phrase names words near its sentence only in the `phrases:` of a phrase rule (the words it reports).',
      });
    if (item.unless && !allowed.unless)
      problems.push({
        path: [...path, index, 'unless'],
        message:
          "A phrase names its own exceptions only in the `phrases:` of a phrase rule (the words it reports), in a conditional's `trigger`, `unless.near`, `requires.phrases`, `requires.courtesy`, `requires.nextSentence` or `requires.nextOffers`, or in a consistency rule's `forms`.",
      });
  });
  return problems;
}

/** The phrase lists of a pack outside its rules (its scorecard's and kind signals' words), each with its key path. */
function packPhraseLists(pack: PackSpec): [KeyPath, PhraseSpec[] | undefined][] {
  const empathy = pack.scorecard?.empathy;
  return [
    ...EMPATHY_NEEDS.map((need): [KeyPath, PhraseSpec[] | undefined] => [['scorecard', 'empathy', 'needed', need], empathy?.needed?.[need]]),
    [['scorecard', 'empathy', 'shown'], empathy?.shown],
    [['scorecard', 'empathy', 'unless'], empathy?.unless],
    ...NEXT_STEP_LISTS.map((list): [KeyPath, PhraseSpec[] | undefined] => [['scorecard', 'nextStep', list], pack.scorecard?.nextStep?.[list]]),
    ...KIND_SIGNALS.map((signal): [KeyPath, PhraseSpec[] | undefined] => [['kindSignals', signal], pack.kindSignals?.[signal]]),
  ];
}

/**
 * Phrases of a pack written as if `|` split whole phrases (match/phrase-index.ts, slotTrap): valid, so the
 * loader takes them, but they do not match what their author meant. `replylint test-pack` and the editor
 * report them with the pack's examples.
 */
export function phraseSlotTraps(pack: PackSpec): (SyntaxProblem & { phrase: string })[] {
  const problems: (SyntaxProblem & { phrase: string })[] = [];
  const lists = [...packPhraseLists(pack), ...Object.entries(pack.rules).flatMap(([id, rule]) => rulePhraseLists(['rules', id], rule))];
  for (const [path, list] of lists) {
    phrasesOf(list).forEach((item, index) => {
      const trap = slotTrap(item.phrase);
      if (trap === undefined) return;
      problems.push({
        path: [...path, index],
        phrase: item.phrase,
        message: `Phrase "${item.phrase}": ${trap}. Alternatives are per word ("bank|card issuer" is "bank issuer" or "card issuer", never "bank" alone): write an alternative of several words as a phrase of its own.`,
      });
    });
  }
  return problems;
}

export function phrasesOf(list: PhraseSpec[] | undefined): PhraseObject[] {
  return (list ?? []).map((item) => (typeof item === 'string' ? { phrase: item } : item));
}

/**
 * The YAML parser needs about 1.5 s per MB; a pack past this size (tens of
 * thousands of rules) would stall the editor on every reload, so it is refused
 * with a message instead.
 */
export const MAX_PACK_CHARS = 2_000_000;

export interface ParsePackOptions {
  /**
   * Replylint's own packs: the test suite validates them against the schema,
   * so loading them at start-up skips the schema check (about 100 ms).
   */
  vetted?: boolean;
}

export function parsePack(text: string, { vetted = false }: ParsePackOptions = {}): PackLoad {
  if (text.length > MAX_PACK_CHARS) {
    const size = (text.length / 1e6).toFixed(1);
    const message = `This pack is ${size} million characters; packs are limited to ${MAX_PACK_CHARS / 1e6} million (about 20,000 rules). Split it into several packs and list them in extends.`;
    return { pack: undefined, problems: [{ message, ...FILE_START }] };
  }
  // A pack written in plain YAML is read as data alone; yaml's document, which
  // places problems in the file, is built only for a pack that has some.
  const plain = readPlainYaml(text);
  if (plain) {
    const data = plain.data;
    if (vetted) return { pack: data as unknown as PackSpec, problems: [] };
    const validate = packValidator();
    if (validate(data) && packProblems(data, (_path, message) => ({ message, ...FILE_START })).length === 0) return { pack: data, problems: [] };
  }
  return parsePackWithPlaces(text, vetted);
}

function parsePackWithPlaces(text: string, vetted: boolean): PackLoad {
  // yaml's own duplicate-key check is quadratic; a pack may hold thousands of rules.
  const file = new YamlFile(text, { uniqueKeys: false });
  const syntaxProblems = file.syntaxProblems();
  if (syntaxProblems.length > 0) return { pack: undefined, problems: syntaxProblems };
  const duplicates = duplicateKeys(file.document.contents);
  if (duplicates.length > 0) {
    return { pack: undefined, problems: duplicates.map((node) => ({ message: `Duplicate key "${String(node.value)}".`, ...file.placeOf(node.range) })) };
  }
  const read = file.data();
  if ('problem' in read) return { pack: undefined, problems: [read.problem] };
  const data = read.data;

  if (vetted) return { pack: data as PackSpec, problems: [] };
  const validate = packValidator();
  if (!validate(data)) {
    return { pack: undefined, problems: file.schemaProblems(validate.errors, 'the pack', packSchema), extends: extendsOf(data) };
  }
  const problems = packProblems(data, (path, message, key) => file.problemAt(path, message, key));
  return problems.length > 0 ? { pack: undefined, problems, extends: extendsOf(data) } : { pack: data, problems };
}

/** Phrases and patterns that do not compile and categories that contradict the id, each placed by `at`. */
function packProblems(pack: PackSpec, at: (path: KeyPath, message: string, key?: boolean) => YamlProblem): YamlProblem[] {
  const problems: YamlProblem[] = [];
  const report = (problem: SyntaxProblem) => problems.push(at(problem.path, problem.message));
  (pack.timeframes ?? []).forEach((pattern, index) => regexProblems(['timeframes', index], pattern).forEach(report));
  (pack.dates ?? []).forEach((pattern, index) => regexProblems(['dates', index], pattern).forEach(report));
  for (const [path, list] of packPhraseLists(pack))
    [...phraseProblems(path, list), ...misplacedPhraseOptions(path, list, { kinds: false, ownPart: false, unless: false })].forEach(report);
  for (const [id, rule] of Object.entries(pack.rules)) {
    const path = ['rules', id];
    ruleSyntaxProblems(path, rule).forEach(report);
    const category = id.split('/')[0];
    if (category !== rule.category && rule.category !== undefined && isBuiltInCategoryId(category)) {
      problems.push(at([...path, 'category'], `Rule "${id}" is in category "${category}" by its id but says "${rule.category}".`));
    }
  }
  return problems;
}

/** Keys that appear twice in one mapping, anywhere in the document (linear time). */
function duplicateKeys(root: unknown): Scalar[] {
  const found: Scalar[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          if (seen.has(pair.key.value)) found.push(pair.key);
          seen.add(pair.key.value);
        }
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      // One by one: spread, a list of hundreds of thousands overflows the call stack.
      for (const item of node.items) stack.push(item);
    }
  }
  return found;
}

function isBuiltInCategoryId(category: string | undefined): boolean {
  return (CATEGORIES as readonly string[]).includes(category ?? '');
}
