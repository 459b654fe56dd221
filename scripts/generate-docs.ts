// Writes docs/rules.md from the built-in packs: `npm run docs`.
// `--check` exits 1 when the file is out of date (the test suite runs it).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinPackNames, builtinRulesDir, readPackFile } from '../server/src/engine/config/project-config';
import { ruleAnchor, ruleMarkdown } from '../server/src/engine/rules/docs';
import { CATEGORIES } from '../server/src/engine/types';
import { MIN_CELL_LABELS, PRECISION_BAR, RECALL_BAR, measureRuleTrust, ruleTrustMarkdown } from '../test/support/rule-trust';

/** A language's English name from its code (ICU's data, so a new pack needs no entry here). */
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

// Why the packs are cut as they are, and why formality is a setting: the
// reasoning a QA lead needs before turning a rule on or off.
const PACKS_AND_FORMALITY = `## Which pack a rule is in, and why

- **\`recommended\`** (the default) holds only rules that are right at least 9 times in 10
  on real replies. A false positive on a polite, concrete reply is a bug in the pack.
- **\`strict\`** holds house-style opinions that good teams disagree on: thanks in every
  reply (\`formula/thanks\`; many replies rightly need none, and on real replies it was
  wrong far more often than right), "ticket" as jargon (\`clarity/ticket-jargon\`; most help
  desks show customers a ticket number) and a reply-length limit (\`clarity/long-reply\`). Turn
  them on in one line: \`extends: [recommended, strict]\`.
- What strict's thanks asks for: a thank-you where the reply answers something the customer did — their
  message, question, request, complaint or feedback, or a payment, application or document they sent (an
  acknowledgement that says it arrived, "We have received your payment", is asked too). A letter the organisation
  writes first owes none: a notice, a bill or cost statement, a reminder, an arrears or pay-or-quit notice, a
  contract ending, a forced move, a cover letter sending documents, a letter that "hereby" informs or a system's own mail (the rule's
  \`unless.writtenFirst\` words: the letter's own, "This letter serves as notice", "Notice is hereby given", "This is a
  reminder", not a verb of informing, which a stiff answer to a complaint uses too; in every kind, unless the reply
  also acknowledges what the reader sent), and neither
  do news in the reader's favour ("Congratulations, you have been shortlisted": \`unless.news\`) nor an automatic
  notice that neither acknowledges nor turns down what the reader sent (a payment link, a status line:
  \`unless.unanswered\`). On the forty-sixth and forty-seventh real-text trials 23 of 26 thanks findings were wrong, most of
  them on such letters: 16 are gone, and every right one stays (receipts of a claim, of documents, of a payment).
- A closing is asked of a drafted e-mail (kind \`reply\`) in \`recommended\` and of a macro too only in
  \`strict\` (\`formula/closing\`, issue 13). A macro is what a team keeps in its repository, and the help
  desk appends the agent's signature to it when it is sent, so a macro without a closing is normal: on the
  third and fourth real-text trials the finding was right about 1 time in 8. The scorecard's closing item
  of a macro is n/a, "the help desk appends the agent's signature"; with \`strict\` it is checked.
- The reply-length limit is the same length of reply in every language, not the same number of
  words: 350 words in English, 300 in Polish, 250 in Finnish, 280 in Lithuanian and 350 in Albanian.
  A faithful translation of the English rule's 382-word example has 327 words in Polish (0.86 per
  English word: no articles, cases instead of prepositions), 267 in Finnish (0.70: endings and
  possessive suffixes), 298 in Lithuanian (0.78) and 384 in Albanian (1.01: particles such as
  "të" and "do të" balance the suffixed articles). Nine in ten corpus replies have under 60 words
  (the longest is 107 words, in English), so the limit only speaks to letters that really are long.
- Rules that depend on the reply's kind say so ("for reply, macro"): no greeting is asked
  of an automatic acknowledgement, and no named owner (\`deferral/no-owner\`), since it goes
  out before anyone owns the request.
- \`ownership/organisation-centred\` (speaking from the organisation's side: "our procedure
  requires", "the system does not allow") is in \`recommended\` at severity info: it was
  right on every corpus reply it flagged, but on few of them, so it suggests rather than warns.
- Your own packs come after these and override them rule by rule.

## How a phrase is written

A phrase (the \`phrases\`, \`trigger\` and word lists of a pack) is matched word by word, whatever the case,
the apostrophe and the line breaks. Per word: \`a|b\` alternatives (per word: \`bank|card issuer\` is "bank issuer"
or "card issuer"), \`*\` any one word, \`stem*\` a word starting with stem, \`*ending\` a word ending so, \`#\` a
number, \`{{variable}}\` that placeholder. A gap, \`*{m,n}\`, is m to n words, whatever they are: one per phrase,
between two words, n at most 8. \`request|ticket *{0,5} has|have been logged\` is one line for what took six,
"request has been logged" to five words between ("your request for a new invoice has been logged"). A phrase
expands to at most 256 variants of its alternatives; a gap's lengths are not counted, as they were lines of their own.
Punctuation alone (\`&\`, \`-\`) is no word of the text: as a word or an alternative it is an invalid phrase at its line.

## Formality: a team's choice; consistency is not

\`formality: formal | informal | any\` sets how replies address the customer, for every
language or per language (\`formality: { pl: formal, fi: any }\`, also in \`overrides\`).
The default is \`any\`.

- **Why no default form.** Real Polish, Finnish and Lithuanian shop and help-desk e-mails
  use the informal form widely ("Twoje zamówienie", "tilauksesi", "tavo užsakymas"). Finnish
  service writing often addresses the customer as sinä; the te-form is what banks, insurers
  and public services choose. Pan/Pani in Polish, Jūs in Lithuanian, the te-form in Finnish and Ju in Albanian are
  a house style a team writes down. The Albanian source on service standards makes the point
  for all of them: vocabulary and speech formulas are explicit norms each organisation sets
  for its own culture and customers, not something a tool guesses.
- **What each setting does.** \`formal\` turns on \`tone/informal-address\` (flags ty/tu/sinä/ti
  forms), \`informal\` turns on \`tone/formal-address\` (flags Pan/Pani, Jūs, te, Ju forms),
  \`any\` turns on neither. English has one form of address and nothing to set.
- **Mixing is always flagged.** \`tone/formality-mix\` is on under every setting: "Dzień dobry
  Panie Tomaszu, Twoje zamówienie…" or "Kiitos viestistäsi, voitte…" reads as templates
  stitched together, and the Polish source on customer service notes that a customer
  remembers the last contact, however good the ones before it were. The first form a reply uses sets its register,
  and each word of the other form is flagged where it stands. Quoted customer text does not
  count.

## Empathy, apologies and next steps: one decision in every language

- **"Unfortunately" alone: decided per language, by what the word says.** "Unfortunately", "sadly",
  "niestety", "deja" and "fatkeqësisht" say that the news is bad (un-fortunate, nie-stety, fat-keq:
  bad luck; "deja" is Lithuanian's "alas"); they do not say that the writer is sorry or that the customer's
  situation matters, and each of those languages has its everyday words for that ("I'm sorry", "przykro mi",
  "apgailestaujame", "na vjen keq"). Alone they are what \`empathy/bad-news-without-empathy\` flags, and the
  scorecard's empathy fails on them; the Polish source asks for empathy as showing the customer that their problem
  matters, which "niestety" does not, and on the real-text trials a refusal opened by "Fatkeqësisht" alone was
  judged a real problem. Finnish "valitettavasti" is another kind of word: it comes from *valittaa*, to regret
  ("Valitamme tapahtunutta": we regret what happened), so it is the writer's regret itself, and Finnish service
  writing is matter-of-fact, one word of regret and no more. In the Finnish pack it meets the rule as "pahoittelen"
  does (the tenth real-text trial judged a model service dialogue's refusal with "valitettavasti" flagged as
  missing regret wrong); a Finnish refusal without it ("Emme voi palauttaa rahoja.") still gets the finding. English
  "regrettably" says regret too, but in English support writing it is the impersonal register of rejection letters
  ("Regrettably, your application was unsuccessful"), and the regret an English reader hears is "I'm sorry": it
  stays with "unfortunately". A short
  apology, understanding or an alternative offered right away ("…, but I can offer…") is enough; no language needs
  more than that.
- **Empathy may come first, and an alternative counts.** An apology in the reply's title (a macro's name,
  which the help desk sends as the subject; a section heading) or in its opening (the greeting line and the
  first sentence: "I'm sorry to be the bearer of bad news") covers the bad news further down. A refusal that
  turns right away, in its sentence or the next, to what the customer can do instead ("we can't refund it,
  but you can exchange it", "Instead, we'll send it by post", "ale możemy…", "mutta voitte…", "bet galite…",
  "por mund…") meets \`empathy/bad-news-without-empathy\` too: a QA lead accepts it, though it passes no
  scorecard empathy item. On the third and fourth real-text trials these were 8 of the rule's wrong findings.
  So does a way forward right before news that says it is bad news ("For usage questions, please ask on our forum.
  Unfortunately, we have to close this report"; a bare "A used gift card can't be refunded." after it still ends on
  the refusal), and news told in sentences in a row is one piece that the way forward after its last sentence meets.
  Thanks for the reader's own work that the reply turns down (a suggestion, a proposal, a pull request:
  "dziękujemy za propozycję", "kiitos ehdotuksestasi", "ačiū už pasiūlymą", "faleminderit për sugjerimin"), right
  before the news or in the opening, counts as its empathy, as thanks for a bug report does; thanks for an order or
  a message is the courtesy of every reply and does not (trials 16 and 17: 5 wrong findings).
- **A plain apology for the inconvenience is politeness, not a non-apology.** "Sorry for the
  inconvenience", "Pahoittelemme aiheutunutta haittaa", "Atsiprašome už nepatogumus",
  "Kërkojmë ndjesë për shqetësimin e shkaktuar" are ordinary courtesy. \`empathy/non-apology\` flags
  only the hedged forms that doubt anything happened: "any", "possible" or "if" ("We apologize
  for any inconvenience", "Przepraszamy za ewentualne niedogodności", "Pahoittelemme mahdollisesti
  aiheutunutta vaivaa").
- **The next step is the reply's, not the sentence's.** "We're looking into it" and a
  hand-off ("I've passed this to our billing team") are fine when the reply goes on to say when
  the customer hears back or what event the next step waits on ("I'll write to you by Friday",
  "once it is back in stock"). "Let me look into this" is the writer taking it now, not a
  deferral. A step that waits on a concrete event (a restock, the customer's turn in a queue, the
  courier's reply) has no date to give; one that waits on the team's own finding-out is
  \`deferral/undated-event\`. An automatic acknowledgement of the customer's reply on an open
  ticket owes no new time.
- **A moderation decision in an automatic notice needs no empathy (a team decision).** An automatic
  notice (kind \`auto-reply\`) that an appeal was rejected or an account suspended for breaking the terms or
  the community rules states the outcome of a process to someone sanctioned: "I know this isn't the answer
  you hoped for" reads wrong there (the seventh real-text trial judged both such findings wrong). Words of
  the decision (violation, breach, terms of service, community rules, appeal, moderation; in each language)
  in the news's sentence or either neighbour excuse \`empathy/bad-news-without-empathy\` in automatic
  notices only (\`unless.nearIn\`). In an agent's macro, snippet or reply a refusal or a blocked account still
  gets the finding ("Konto zostało zablokowane z powodu naruszenia regulaminu." in a snippet), and an automatic
  notice of other bad news (an account suspended for a failed payment, an order cancelled) still needs its word.
  A moderator named as the one who decided is no sanction: a mailing list's "Your request … has been rejected by
  the list moderator", with nothing broken, is a refused request and needs its word like the wiki's refused
  renames (the seventeenth trial judged the en and pl notices right); "moderation" as the process still excuses.
  The same list holds what makes an automatic status notice fine (the eighth real-text trial judged all 8 such
  findings wrong): its own word of regret ("Unfortunately, your registration was not approved": the only regret a
  system can voice; an agent's "Unfortunately" alone still gets the finding), a change the customer made ("If you
  did not ask for this, call us"), a bank's refusal ("Please contact your bank") and a plan's limit. A bare
  "Your order has been cancelled. If you have any questions, please contact us." still gets it (the fifth trial
  judged that a real problem).
- **A delivery-status ping still needs a date or a tracking pointer (a team decision).** "Your parcel is out for
  delivery and should arrive shortly" stays flagged by \`deferral/vague-timeframe\`: a QA lead wants the day or a
  link to follow the parcel, which the e-mail usually has to hand.
`;

export function renderRulesDoc(): string {
  const out = [
    '# Replylint rules',
    '',
    '<!-- Generated by `npm run docs` from rules/. Do not edit by hand. -->',
    '',
    'Rule ids are `category/name` and are the same in every language, so one line in',
    '`.replylint.yaml` turns a concept off everywhere.',
    '',
    PACKS_AND_FORMALITY,
    '## How far each rule can be trusted',
    '',
    `Measured on the hand-labelled corpus in test/corpus/real-world (the files whose features are all built), with the`,
    `recommended pack: how often each rule's findings are right (precision) and how many labelled problems it finds`,
    `(recall). The test suite fails when a recommended rule falls under ${PRECISION_BAR.toFixed(2)} precision or a category under`,
    `${RECALL_BAR.toFixed(2)} recall (overall, and in each language where the category has ${MIN_CELL_LABELS} or more labelled problems), apart from`,
    `the ones it lists as below the bar today, which may only rise. \`npm run eval\` prints`,
    'the same tables for the whole corpus, per language and per reply kind.',
    '',
    ruleTrustMarkdown(measureRuleTrust()),
    '',
    '## Reply kinds',
    '',
    'Each reply has a kind (`kind:` in `.replylint.yaml`, per folder in `overrides`, or a',
    '`<!-- replylint kind=snippet -->` comment in the reply). A rule that lists kinds',
    '("for reply, macro") applies to those only, and so does its scorecard item; the others',
    'apply to every kind.',
    '',
    '| kind | what it is | what changes |',
    '|---|---|---|',
    '| `macro` | a template an agent fills and sends (the default) | fill-in slots are expected; no closing asked in `recommended` (the help desk appends the signature; `strict` asks it) |',
    '| `reply` | an e-mail about to be sent (the default for untitled drafts in the editor) | everything is checked; a fill-in slot left in it is an error (`placeholder/unfilled-slot`) |',
    '| `snippet` | a block inserted into replies | no greeting, closing or thanks; the scorecard shows them n/a |',
    "| `chat` | a chat message, or a chat transcript | no closing or sign-off. A greeting (`chat-opening`) is asked only of the agent's first turn of a transcript (a text or Markdown file of turns that open with their speaker and often a time: `[10:02] Agent Sam: …`, `(1:38:05 PM) Visitor 2741: …`, `**Customer:** …`, `Sam (Support) 10:02` over the turn; the customer's turns and the speaker prefixes are not judged) and of the first of a library's chat replies. A chat file that is neither is one message whatever its paragraphs (an inbox answer, a post), sent at any point of a chat or to everyone: no greeting asked (on the twelfth real-text trial three public posts of two paragraphs were asked one, all wrong). So is each message of a file that lists its messages one per line (all bullets, or lines with no blank line between them; a lower-case line under one with no sentence end continues its message). Fill-in slots (`[ITEM_NAME]`, `$[AMOUNT]`, `[X] working days`) are the agent's to fill, as in a macro: a chat line kept in a file is a saved reply the agent completes in the chat box before sending (on the twenty-third real-text trial a return desk's chat template library filed as `chat` drew 39 `placeholder/unfilled-slot` findings, all wrong). A slot is an error only in text sent as written: a `reply`, an `auto-reply`, a `thread` post, and a transcript's agent turns, which were sent, and a chatbot's scripted answers (a Rasa domain's `responses:`, read as chat with no config), which it sends as written (rules name both `chat-transcript`). A chat reply kept with others (a library's section, a line of a list of lines, an export's field) is a saved line or a bot's answer sent to every customer (rules name it `chat-saved`: the Polish, Lithuanian and Albanian gendered address is flagged there, not in a transcript's turns or a chat file that is one message) |",
    '| `auto-reply` | an automatic acknowledgement or notice, or a notice to everyone: a status-page update, an incident report, a maintenance notice, a public post about an outage | no greeting or personal sign-off needed (out-of-office and acknowledgement lines open with the news); once it acknowledges a message or promises a reply it must say when (`deferral/auto-reply-next-step`); a notice of an event (an order shipped, an outage fixed) needs no time. The plural address to everyone ("Dear customers,", "Szanowni Klienci,", "Hyvät asiakkaat,", "Gerbiami klientai,", "Të nderuar klientë,") is right here and in macros and posts, and flagged (`formula/dear-customer`) only in a `reply` to one person |',
    "| `thread` | a post in a forum or issue thread: a maintainer's or vendor's support comment, a community-forum answer, or an answer published under the question it answers (an \"ask us\" or Q&A archive) | no greeting, closing or sign-off (a comment need not greet, and the thread shows who wrote it: no `ownership/nameless-sign-off`); the scorecard shows greeting and closing n/a. Everything about its content is checked (deferral, ownership, empathy, promises, tone, clarity), and a fill-in slot is sent as written. On the tenth real-text trial, comments of several paragraphs filed as `chat` drew 17 of the team run's 34 wrong findings: each was asked to greet as a chat's first message. On the eleventh, answers published under their question and filed as `reply` drew 88 greeting and closing findings, all wrong (team precision 0.24; 0.46 with those answers as `thread`) |",
    '',
    '### Macros read by their words',
    '',
    'A macro library holds more than full e-mails: paragraphs the help desk wraps in its own greeting and',
    'signature, notes to agents, automatic notices kept beside the macros. On 186 real public replies the',
    'greeting and closing checks were wrong on nearly all of these (docs/real-text-trial.md). So a reply whose kind',
    'nobody named (no `kind:` in the config or its overrides, no `replylint kind=` comment, no kind from its export) is',
    'read by what its text shows, in this order:',
    '',
    '| the text has | read as | why |',
    '|---|---|---|',
    '| words written to agents ("Internal note", "not sent to customers"), in the text or its section heading | `audience: internal` (kind stays `macro`) | checks for customer replies (greeting, closing, jargon, internal tools) are skipped, the rest kept |',
    '| words only an automatic message says ("Please do not reply to this email", "This is an automated message", "You are receiving this email because", "If you did not request this", "This email was sent to you because\u2026": a message that says why it was sent), in the text or its footer, unless it greets and is signed like a person\'s e-mail (not by the team: "Thanks, The {shop_name} Team" is the shop\'s; nor by the service\'s name that a web address in the mail carries: "Kind regards" + "Bookly" over "https://app.bookly.example/…"; nor by a `--` line with only the template\'s notice under it, which the platform sets apart so) (help desks add no-reply footers to agents\' replies too) or greets and is written in the first person ("I have reset your password… If this wasn\'t you, let me know": a help-desk macro leaves the signature to the help desk; `kindSignals.person`) | `auto-reply` | no greeting or personal sign-off; an acknowledgement must say when |',
    '| an acknowledgement that never says it is automatic: it confirms the message arrived (`kindSignals.receipt`: "We\'ve received your support request", "Thank you for submitting your request", a security or abuse mailbox\'s "We have received your report") and says what follows with no person in it (`kindSignals.queued`: "Your case number is …", "a member of our team will…", "We\'ll notify you…"), on the same terms as the notice words (no first-person word, no fill-in for the agent, not greeted and signed by a person), and refuses nothing the reader asked for (`kindSignals.refusal`: "we can\'t refund…", "your claim was declined"; a word of regret about the wait or a hedge on timing, "Unfortunately, replies may take longer this week", "we cannot guarantee a date", is no refusal) | `auto-reply` (`kind.inferred.acknowledgement`; filed as `reply`: `kind.inferred.acknowledgementInReply`) | a help desk\'s acknowledgement, sent as it stands: no greeting or personal sign-off asked. On the fifteenth real-text trial a developer program\'s acknowledgement with its case number and a form\'s confirmation, in a folder filed as `reply`, were asked to greet as a person (2 wrong findings under the team config, 1 without) |',
    "| the organisation's name as its signature: its last lines hold an organisation placeholder and nothing else but placeholders and the team's sign-off words around it (`{shop_name}` and `{shop_url}`, `[{{ shop.name }}]({{ shop.url }})`, `%{company.name}`, `Ekipi i {{ app_name }}`), alone or as the name under a valediction (`Thanks,<br>` + `{{ config('app.name') }}`, `Regards,` + `{{ $app_name }}`; under a `--` line too, with or without a valediction over it: `Best regards,` + `--` + `{{appname}}`, the panel's name and nothing else; an app's own string variables count there too: a printf `%s` the program fills in, a `%%SITE_TITLE%%`, a Laravel `:app_name`), and its contact lines under it: a label of one or two words and the organisation's values (`Phone: <<branches.branchphone>>`, `Puhelin: {shop_phone}`, `El. pa\u0161tas: \u2026`; not a person's variable); or a block of variables alone under the text, a name over a web address's variable (`{{ platform_name }}` over `{{ platform_url }}`, whatever the system calls them; not a list that a line ending in a colon introduces, unless a rule of marks, `-----` or `* * * * *`, sets the block apart) | `auto-reply` | the system signs what it sends for the organisation; an agent signs with a name or a signature variable (`Best,` + `{{ agent.name }}` + `{{ shop.name }}` stays a macro: the name under the valediction is the agent's; so does `Kind regards,` + `{{ticket.brand.name}}` + `{{current_user.first_name}}`: a person's name or signature variable anywhere under the valediction; and, with no valediction, a name of one to three capitalised words on the line over the team's words or the organisation's variable and its contact lines: `Tom` over `Returns desk`, `Maria Nowak` over `{shop_name}` and `Phone: {shop_phone}`, which `ownership/nameless-sign-off` does not flag either (a business's name is none: a word of `kindSignals.business` in it, `Harbour Lane Books` or `UAB \u017dalias Knygynas` over `Customer Care`, is the shop signing); and a text in the first person, \"I have checked your order\"). On the first real-text trial 37 of the 44 wrong `formula/closing` findings without a config were shop notices signed only `{shop_name}`; on the eighth, app mails signed `Thanks,` + the app's name drew greeting, empathy and passive findings meant for agents; on the twenty-first, a library's Finnish notices signed by the branch's name, address and labelled phone and e-mail were read as macros, and their \"Hyv\u00e4 asiakkaamme,\" was flagged as in a reply to one person; on the twenty-fourth, an e-learning platform's refusal notices signed by its installation's name and address drew `clarity/passive-closed` as macros |",
    "| the site's administrator as its settings name them, on a line of its own but for other variables and marks (`%{admin_name}` over `Administrator %{site_name}`, `((admin_name)) ((admin_surname))`: `administrators:` in rules/placeholders/dialects.yaml), wherever the block stands (a confidentiality note may follow it), in a text that prints the site's or the organisation's name and no person's variable but the administrator's, with no fill-in and no \"I\" | `auto-reply` (`kind.inferred.administrator`) | a platform signs its mails with the administrator its settings name; an agent signs with their own name. On the twenty-fourth real-text trial an e-learning platform's notices in Finnish and Polish, greeted by the account's name and signed so, were read as macros, and their passive refusals and \"Hyv\u00e4 k\u00e4ytt\u00e4j\u00e4\" were flagged |",
    "| a receipt under the number the help desk gave the request, in the sentence that confirms it arrived (\"Your request #{{ticket_number}} has been received\": the packs' `kindSignals.receipt` and a `tickets:` variable of rules/placeholders/dialects.yaml, `{{ticket_number}}`, Zendesk's `{{ticket.id}}`, osTicket's `%{ticket.number}`), with no person in the text (no \"I\", no fill-in, no person's variable but the reader's on the greeting's line; a signature variable under the team's line is the department's, osTicket's `Your %{company.name} Team,` over `%{signature}`) and no refusal | `auto-reply` (`kind.inferred.numberedReceipt`) | the help desk's own receipt, though it says nothing of what follows (so `deferral/auto-reply-next-step` asks it for a time); a team's macro that names the ticket elsewhere (\"We looked at ticket {{ticket_number}}\") confirms no receipt by its number and stays a macro. The ticket's number is no `records:` variable: a team-signed macro names it too |",
    '| a title of its own over the message (a whole file opening with Markdown\'s `#` to `###` or HTML\'s `<h1>` to `<h3>`, no greeting set as the heading), and a whole HTML e-mail (`<html>`, `<body>`) or an action link the system fills (`[Confirm your email](:link)`, `<a href="%{confirmation_url}">`), with no person in it (no "I", no fill-in, no name or person\'s variable under a valediction, a name beside a team line included), answering no message of the customer\'s (the packs\' `kindSignals.answer`), and no letter: one that greets by a variable on its first line under the title ("Hi {{first_name}},") and signs under a valediction, by a name or a team alike ("Best regards," + "The Acme Support Team"), is a macro | `auto-reply` (`kind.inferred.titled`) | an e-mail an app sends as it stands (account, order and event notices): an agent\'s macro is a body the help desk\'s editor wraps, with no title or document of its own, and a library\'s sections open with their own headings, so only a whole file is read so. On the twentieth real-text trial 113 of 118 event-platform, ticket-shop and social-network e-mails were read as snippets or macros without a config, and 11 wrong findings were asked of them as of an agent (greetings, owners, empathy, a passive); read so, 111 are auto-replies and the 11 are gone. An event organiser\'s variable (`:organizer_name`) under the valediction signs for the organisation too |',
    "| a greeting, no sign-off, and the site's own name (`{{ site_name }}`, `%{app_name}`: `sites:` in rules/placeholders/dialects.yaml), with no person in the text (no \"I\", no fill-in, no person's variable under the greeting) and no answer to the reader's message (`kindSignals.answer`) | `auto-reply` (`kind.inferred.site`) | the platform's e-mail to its user; an agent's macro names the shop or brand it answers for, not the site that sends it. On the twenty-second, twenty-fourth and twenty-sixth real-text trials a forum's sign-up mails, an e-learning platform's \"Hyv\u00e4 k\u00e4ytt\u00e4j\u00e4\" reminder and councils' archive notices were read as macros without a config |",
    "| an order's or booking's automatic e-mail: it greets, prints the record's details (`{order_id}`, `{booking_id}`, `{{orderNumber}}`, a claim's or complaint's number or status: `{claim_id}`, `{{ status }}`: `records:` of the generic dialects in rules/placeholders/dialects.yaml; in a library system's notice its loans, holds and items and the reader's own account and requests, `<<borrowers.dateexpiry>>`, `<<suggestions.title>>`), is signed by the team or the shop (the packs' team words of `ownership/nameless-sign-off`, \"Ekipi i TravelApp\", or an organisation variable under the valediction, \"The {shop_name} Team\") or by nobody, and no person is in it (no \"I\", no agent's variable, no fill-in: a prefilled order message with \"(fill in)\" over `{shop_name}`, `{shop_phone}` stays a macro staff edit), and it answers no message of the customer's (the packs' `kindSignals.answer`: \"Thanks for reaching out about order {order_number}\" or \"dziękujemy za wiadomość\" over a team's signature is a support macro) | `auto-reply` | the shop's system sends it: no person's name is asked of it. On the thirteenth real-text trial small shops' and a booking app's e-mails that greet \"Hi {name},\" were read as macros, and `deferral/no-owner` and `ownership/nameless-sign-off` asked a person of them |",
    '| an event on the reader\'s own parcel, order or shipment, the item its subject, in its first three sentences (the packs\' `kindSignals.status`: "Your parcel {{code}} has been delivered", "Your package is ready for pickup", "Paczka czeka na odbiór", "pakettisi on noudettavissa", "Jūsų siunta pristatyta", "Porosia juaj u dorëzua"), greeted or not, with no sign-off and no team\'s line signing under it, no person in it (no "I", no fill-in, no name over a team line) and no answer to the reader\'s message (`kindSignals.answer`) | `auto-reply` (`kind.inferred.status`) | a courier\'s, parcel point\'s or shop\'s tracking notice (SMS, e-mail, tracking line), sent as the system writes it: no greeting or personal sign-off asked, and what happens next is. An agent\'s where-is-my-parcel answer thanks for the message or checks in the first person ("I have looked up your order") and stays a macro; so does a library\'s section signed by the team ("me respekt, ekipi i shërbimit ndaj klientit"). On the forty-first real-text trial 53 of 84 delivery notices were read as snippets without a config (10 as saved chat lines), and a booked pickup\'s untimed call and a delayed return with no regret were missed |',
    '| a greeting that runs on into its message, the whole reply on one line, with no sign-off ("Hello! How can I help you today?") | `snippet` | a saved chat line: chat messages are written so, and its fill-in slots are the template\'s; an e-mail\'s salutation stands on a line of its own (in HTML too: `<p>`, `<br>`, `<div>` start new lines). No closing asked; on the second real-text trial 4 of the 8 wrong `formula/closing` findings without a config were such saved chat lines |',
    `| neither a greeting nor a sign-off, a decision stated in the passive (the packs' \`kindSignals.decision\`: "has been rejected", "on hylätty", "został odrzucony", "buvo atmestas", "është refuzuar") with the program's own arguments (\`$1\`, printf \`%s\`) or beside the site's name it prints (a \`sites\` variable of the dialect: \`{hostname}\`, \`{{site_name}}\`, \`%{instance}\`; not a shop's or brand's name, which an agent's body names as the seller), and no person in it (no "I", no fill-in) | \`auto-reply\` | the system's decision notice (a wiki's or an app's one-paragraph account decisions, a forum server's registration decisions): its passive is the register of a decision, and no greeting is asked of it; an agent's body names the reader's case, not the site it is written from. On the sixteenth real-text trial 10 \`clarity/passive-closed\` findings and a system's "Niestety" were asked of such notices read as bodies; on the twenty-fifth, 11 registration e-mails of a forum server |`,
    `| neither a greeting nor a sign-off, the program's own arguments (\`$1\`, printf \`%s\`, Python's \`%(list_name)s\`) and no person in it (no "I", no fill-in), with no decision | \`auto-reply\` (\`kind.inferred.program\`) | a program's message string (a list server's or a wiki's notices to members): an agent writes a help desk's variables, never a program's arguments. On the seventeenth real-text trial a list server's 46 notices were read as bodies without a config, and the hand-off to "the person running the list" was asked to name a person |`,
    '| neither a greeting nor a sign-off | `snippet` | a body the help desk wraps: no greeting, closing or thanks asked; every other rule kept |',
    '| a sign-off with nobody under it ("Thank you..."), no greeting, and three lines or more whose value is a placeholder after a label ("Package : *[[plan_name]]*", "Date: {{date}}"), with no person in it (no "I", no fill-in) and no answer to the reader\'s message | `auto-reply` (`kind.inferred.fields`) | a receipt or statement a billing system prints: no greeting or personal sign-off asked. An agent\'s macro that lists an order\'s details greets the customer and stays a macro. On the forty-second real-text trial an ISP billing system\'s payment receipt was asked for a greeting without a config |',
    '| a greeting, a sign-off, or both | `macro` | a full e-mail: a sign-off without a greeting still gets asked to greet; a closing is asked only with `strict` (the help desk appends the signature) |',
    '',
    'A team that keeps one macro per file under a title of its own, signed by the team and answering no message of the',
    "customer's, has files that read like an app's e-mails: name their kind (`kind: macro` at the top of `.replylint.yaml`",
    'or in an override for their folder) and every agent check applies.',
    '',
    'A greeting is what `formula/greeting` accepts in the first sentences. A sign-off is a valediction ("Kind regards",',
    '"Best", "Pozdrawiam", "Ystävällisin terveisin", "Pagarbiai", "Me respekt") opening one of the last five lines with',
    'at most a name after it, a signature variable (`%{signature}`), or a `-- ` signature delimiter; a closing line such as',
    '"Let me know if anything else comes up" or "Thanks for your patience" ends many bodies and signs none, and so does a',
    'valediction that ends a sentence on the last line with no name on it or under it ("Thanks.", "Thank you!": the last',
    'sentence of an issue comment; "Thanks!" over "Ana" signs). The words are',
    "pack data (`kindSignals:` in each language's `recommended` pack: `signOff`, `notice`, `internal`, `person`, `receipt`, `queued`, `refusal`, `status`), so a team pack",
    "can add its own. Which variables print the organisation's name is placeholder data: `organisations:` of each dialect",
    'in rules/placeholders/dialects.yaml (`%{company.name}` in osTicket, `{{ticket.brand.name}}` in Zendesk, `shop_name`,',
    '`site_name`, `company.name` and the like in generic templates). A credit line of the shop software ("Powered by …")',
    'is a footer (rules/structure/footers.yaml).',
    '',
    "The CLI's `--format json` gives each such reply a `kindReason` (an id and the sentence in the reply's language), the",
    "editor's scorecard shows it beside the heading, and scorecard items not asked of the inferred kind give it as their",
    'reason. A kind named for the reply always wins and turns this reading off: a `<!-- replylint kind=macro -->`',
    'comment in it checks it as a full e-mail (greeting and closing both asked), `kind=snippet` as a body; the other kinds',
    "and the kind an export gives its bodies (snippet for text modules, chat for a bot's answers) are never second-guessed. `kind: macro` in the config or an override turns",
    'the notice, organisation and status readings off, and a macro there that greets or signs off is checked as a full',
    'e-mail (a sign-off without a greeting is still asked to greet), but for a saved chat line. Four readings stay when the config or an override',
    "names the kind. A macro with neither a greeting nor a sign-off of its own is a body the agent wraps (a saved reply's",
    'paragraph, a template\'s "short version", a letter body shown without its salutation, steps to follow) and is checked',
    'as a `snippet`: a team that files a folder of templates as macros says what the folder holds, not that each text in it',
    "is a whole e-mail. It is still the agent's text to this customer, so what excuses a finding by kind reads the declared",
    "kind (a general policy in such a body still needs empathy). Under the teams' configs this removed 9 wrong",
    '`formula/greeting` findings of the ninth real-text trial (7 such bodies, 2 review replies), 4 GitHub saved replies on',
    'the eighth, 8 bug-tracker canned comments on the sixth and 2 one-line acknowledgements on the seventh, and no right',
    "one; no labelled missing greeting in the corpus is of that shape (each is signed). The reply's own `kind=macro`",
    'comment asks it to greet. A saved chat line is read so too: a greeting that runs on into its message, the whole reply',
    'on one line, with no sign-off, is a `snippet` (`kind.inferred.chatLine`), as with no kind named. An SMS, WhatsApp or',
    'chat text a person sends with one click ("Hi {name}, your parcel is out for delivery today.") is no letter, so the',
    'strict pack asks it for no closing and no thanks; every other rule still reads it. On the thirty-ninth and forty-first',
    "real-text trials the strict pack asked a recruiter's one-line chat template and a courier's WhatsApp texts, filed as",
    'macros, for a letter\'s closing (4) and a status text for thanks. And a library section whose heading names it as agents\' ("Internal notes", "Internal',
    'handling checklist") is `audience: internal`, since a folder\'s kind says what its replies are, not that every section',
    "is written to customers (on the sixth real-text trial a refund-macro library's internal checklist under `kind: macro`",
    'drew greeting, closing, internal-tools and jargon findings). A `replylint kind=` comment in the section still wins.',
    'And a reply filed as `reply` whose own words say a machine sent it (the `notice` words above: "This is an automated',
    'email", "This is a notification that…", "Please do not reply to this email") is read as an `auto-reply`, with its',
    '`kindReason` (`kind.inferred.noticeInReply`), unless a person wrote it: in the first person, with a fill-in for the',
    'agent, or greeted and signed by a person. It is a notice through and through, so what excuses a finding by kind reads',
    "`auto-reply` (an automatic removal notice's bad news needs no empathy). A folder's kind is the team's word for most",
    'of its files: on the fifteenth real-text trial a folder of messages to one developer filed as `reply` held a',
    'rate-limit approval "While this is an automated email" and a store\'s removal notification, each asked to greet and',
    'sign (3 wrong findings gone, no right one; no change on the fourteenth trial or the corpus). A `replylint kind=reply`',
    'comment in the reply checks it as a reply. So is an acknowledgement that never says it is automatic (the `receipt` and',
    '`queued` words above), on the same terms (`kind.inferred.acknowledgementInReply`). And a reply filed as `reply` that',
    'opens with a title line, not a greeting, over a message written in sentences, and has no sign-off ("Guideline 4.3 -',
    "Design\" over a review's findings, an order notice under its subject line; a letter's head is no such title) is a section",
    'of a document or a copy cut from one, checked as a `snippet` (`kind.inferred.titledInReply`; docs/reading.md): on the',
    'fifteenth real-text trial 21 wrong greeting and closing findings went, with no right finding lost. So is one that ends',
    "on the writer's sentence ending in a colon with nothing under it, neither greeted nor signed: a passage copied from a",
    'longer reply, what the colon introduced cut away (`kind.inferred.cutInReply`; a list, code or a quote under the colon',
    'and a form\'s labels are no cut). And one that addresses its reader by a handle, as a thread post does ("@jan the fix',
    'is out", "Hi @jan,"), is a post in a forum or issue thread, checked as a `thread` (`kind.inferred.handleInReply`):',
    'on the twenty-ninth real-text trial 35 wrong greeting and closing findings on staff answers in issue threads went.',
  ];
  for (const packName of builtinPackNames()) {
    const dir = path.join(builtinRulesDir(), packName);
    const files = fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.yaml'))
      .sort((a, b) => (a === 'en.yaml' ? -1 : b === 'en.yaml' ? 1 : a.localeCompare(b)));
    for (const file of files) {
      const language = path.basename(file, '.yaml');
      const spec = readPackFile(path.join(dir, file));
      const ids = Object.keys(spec.rules);
      out.push('', `## \`${packName}\` — ${languageNames.of(language) ?? language} (${ids.length} rules)`);
      if (spec.description) out.push('', spec.description);
      for (const category of CATEGORIES) {
        const inCategory = ids.filter((id) => spec.rules[id]!.category === category);
        if (inCategory.length === 0) continue;
        out.push('', `### ${category}`);
        // An explicit anchor per rule: the editor's and CI reports' links point here.
        for (const id of inCategory) out.push('', `<a id="${ruleAnchor(packName, language, id)}"></a>`, '', ruleMarkdown(id, spec.rules[id]!, 4));
      }
    }
  }
  return `${out.join('\n')}\n`;
}

const target = path.join(__dirname, '..', 'docs', 'rules.md');
if (require.main === module) {
  const rendered = renderRulesDoc();
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    if (current !== rendered) {
      console.error('docs/rules.md is out of date: run `npm run docs`.');
      process.exit(1);
    }
  } else {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, rendered);
    console.log(`Wrote ${path.relative(process.cwd(), target)}.`);
  }
}
