// Reads the built-in footer openings, the headers of a copied message, a chat transcript's speakers and the elided words (rules/structure/footers.yaml) once.
// The greetings that open a writer's words over a chat transcript are the built-in packs' formula/greeting words.

import * as path from 'node:path';
import { compileChatSpeakers } from '../units/chat-transcript';
import { compileCopiedMessages } from '../units/copied-messages';
import { compileFooters, type FooterMatcher } from '../units/footers';
import { compileQuotedRequests } from '../units/quoted-requests';
import { quotationPattern } from '../units/prose-mask';
import { builtinLanguages, builtinRulesDir, readBuiltinYaml, readPackFile } from './pack-resolver';

let cached: FooterMatcher | undefined;

export function builtinFooters(): FooterMatcher {
  if (!cached) {
    const file = path.join(builtinRulesDir(), 'structure', 'footers.yaml');
    const data = readBuiltinYaml(file) as {
      languages?: Record<string, unknown>;
      underSignature?: Record<string, unknown>;
      companyForms?: Record<string, unknown>;
      templateOwn?: Record<string, unknown>;
      copiedMessages?: {
        labels?: Record<string, unknown>;
        points?: Record<string, unknown>;
        wrote?: Record<string, unknown>;
        headerBlock?: { from?: Record<string, unknown>; fields?: Record<string, unknown> };
        requests?: Partial<Record<'intro' | 'presenting' | 'asking' | 'writers' | 'answers' | 'questions' | 'numbers', Record<string, unknown>>>;
        policies?: Partial<Record<'policy' | 'citing' | 'requiring', Record<string, unknown>>>;
      };
      elisions?: Record<string, unknown>;
      chatSpeakers?: Partial<Record<'agent' | 'customer' | 'bot' | 'labels' | 'agentWords' | 'customerWords', Record<string, unknown>>>;
    };
    const copied = data?.copiedMessages;
    cached = {
      ...compileFooters(
        phraseLists(file, 'the footers', data?.languages),
        phraseLists(file, 'the footers under a signature', data?.underSignature),
        phraseLists(file, "the company forms that end a signature block's line", data?.companyForms),
        phraseLists(file, "the template's own footer lines", data?.templateOwn),
      ),
      copied: compileCopiedMessages(
        phraseLists(file, 'the copied-message labels', copied?.labels),
        phraseLists(file, 'the labels of a point to answer', copied?.points),
        phraseLists(file, 'the attribution words', copied?.wrote),
        {
          from: phraseLists(file, "the header block's first field", copied?.headerBlock?.from),
          fields: phraseLists(file, "the header block's fields", copied?.headerBlock?.fields),
        },
      ),
      requests: compileQuotedRequests({
        intro: phraseLists(file, "the words that introduce the customer's request quoted back", copied?.requests?.intro),
        presenting: phraseLists(file, "the words that present the writer's answer", copied?.requests?.presenting),
        asking: phraseLists(file, 'the words a request asks with', copied?.requests?.asking),
        writers: phraseLists(file, "the words of what the writer's side did or will do", copied?.requests?.writers),
        answers: phraseLists(file, "the labels of the writer's answer", copied?.requests?.answers),
        questions: phraseLists(file, "the labels of a request's question", copied?.requests?.questions),
        numbers: phraseLists(file, "the words before a question's number", copied?.requests?.numbers),
        policy: phraseLists(file, 'the words naming a rule the writer quotes', copied?.policies?.policy),
        citing: phraseLists(file, 'the words citing a rule the writer quotes', copied?.policies?.citing),
        requiring: phraseLists(file, 'the words of a requirement, citing a rule over an indented block', copied?.policies?.requiring),
      }),
      speakers: compileChatSpeakers({
        agent: phraseLists(file, "the agent's words of a chat transcript", data?.chatSpeakers?.agent),
        customer: phraseLists(file, "the customer's words of a chat transcript", data?.chatSpeakers?.customer),
        bot: phraseLists(file, "a bot's words of a chat transcript", data?.chatSpeakers?.bot),
        labels: phraseLists(file, 'the labels that are no speakers of a chat transcript', data?.chatSpeakers?.labels),
        greetings: builtinGreetings,
        agentWords: phrasesOfWords(file, "the words that tell a chat's agent", data?.chatSpeakers?.agentWords),
        customerWords: phraseLists(file, "the words that tell a chat's customer", data?.chatSpeakers?.customerWords),
      }),
      quoted: quotationPattern(Object.values(phraseLists(file, 'the elided words', data?.elisions)).flat()),
    };
  }
  return cached;
}

/** The rule whose words greet: one source for the packs and for the words over a chat transcript. */
const GREETING_RULE = 'formula/greeting';

/** The greeting words of each built-in language: its recommended pack's formula/greeting phrases. */
function builtinGreetings(): Record<string, string[]> {
  const languages: Record<string, string[]> = {};
  for (const language of builtinLanguages()) {
    const phrases = readPackFile(path.join(builtinRulesDir(), 'recommended', `${language}.yaml`), true).rules[GREETING_RULE]?.phrases ?? [];
    languages[language] = phrases.map((phrase) => (typeof phrase === 'string' ? phrase : phrase.phrase));
  }
  return languages;
}

/** One list of phrases per language, as the file holds them. */
function phraseLists(file: string, what: string, lists: Record<string, unknown> | undefined): Record<string, string[]> {
  const languages: Record<string, string[]> = {};
  for (const [language, phrases] of Object.entries(lists ?? {})) {
    if (!Array.isArray(phrases) || !phrases.every(isPhrase)) {
      throw new Error(`${file}: ${what} of "${language}" must be a list of phrases.`);
    }
    languages[language] = phrases;
  }
  return languages;
}

/**
 * phraseLists of phrases of two words or more: a lone word ("ačiū", "thanks") is anyone's, and a flow list
 * that splits a phrase at its comma ("dėkojame, kad susisiekėte" unquoted) leaves such words.
 */
export function phrasesOfWords(file: string, what: string, lists: Record<string, unknown> | undefined): Record<string, string[]> {
  const languages = phraseLists(file, what, lists);
  for (const [language, phrases] of Object.entries(languages)) {
    const lone = phrases.find((phrase) => !/\S\s+\S/u.test(phrase.trim()));
    if (lone !== undefined)
      throw new Error(`${file}: ${what} of "${language}" must be phrases of two words or more, not "${lone}" (quote a phrase that holds a comma).`);
  }
  return languages;
}

function isPhrase(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
