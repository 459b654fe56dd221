// Requests about files and folders rather than one open document: lint files
// on disk, show a rule's documentation, write a starter configuration.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ResolvedConfig } from '../engine/config/project-config';
import { StarterExistsError, writeStarterConfig } from '../engine/config/starter';
import { renderMessage } from '../engine/messages';
import { documentedSpec, ruleDocsUrl, ruleMarkdown } from '../engine/rules/docs';
import { packLanguage } from '../engine/rules/pack';
import { diagnosticsOf } from './diagnostics';
import type { LintOutcome } from './document-linter';
import type { CreateConfigResult, FileDiagnostics } from './protocol';
import { filePathOf } from './workspace-folders';

/** Diagnostics for files on disk; files with nothing to report are left out, but for a mail view left out (leftOutView). */
export async function lintFiles(uris: string[], lintFile: (uri: string) => Promise<LintOutcome>, cancelled: () => boolean): Promise<FileDiagnostics[]> {
  const results: FileDiagnostics[] = [];
  for (const uri of uris) {
    if (cancelled()) break;
    const outcome = await lintFile(uri);
    if (outcome.kind === 'view') {
      results.push({ uri, diagnostics: [], leftOutView: outcome.include });
      continue;
    }
    const diagnostics = diagnosticsOf(outcome);
    if (diagnostics.length > 0) results.push({ uri, diagnostics });
  }
  return results;
}

/** A rule's documentation: the Markdown, a one-line summary, and its page when it has one; a rule not active here says so in `editorLanguage`. */
export function ruleDocs(ruleId: string, config: ResolvedConfig, editorLanguage: string): { markdown: string; summary: string; url?: string } {
  for (const language of [config.language, ...config.packs.map((pack) => packLanguage(pack.spec))]) {
    const rule = config.lintOptions.ruleSetFor(language)?.rules.find((candidate) => candidate.id === ruleId);
    if (rule) {
      const spec = documentedSpec(rule);
      return {
        markdown: `${ruleMarkdown(ruleId, spec, 1)}\n\n${renderMessage(editorLanguage, 'docs.from', { pack: path.basename(rule.origin) })}\n`,
        summary: (spec.description ?? spec.message).replace(/\s+/g, ' ').trim(),
        url: ruleDocsUrl(rule, language),
      };
    }
  }
  const summary = renderMessage(editorLanguage, 'docs.notActive');
  return { markdown: `# ${ruleId}\n\n${summary}\n`, summary };
}

/** Writes the starter configuration into a folder; a refusal says why in `language` (the editor's). */
export function createConfig(folderUri: string, language: string): CreateConfigResult {
  const folder = filePathOf(folderUri);
  if (folder === undefined) return { written: [], error: renderMessage(language, 'config.notAFolder', { folder: folderUri }) };
  try {
    return { written: writeStarterConfig(folder).map((file) => pathToFileURL(file).toString()) };
  } catch (error) {
    if (error instanceof StarterExistsError) return { written: [], error: renderMessage(language, 'config.exists', { files: error.files.join(', ') }) };
    throw error;
  }
}
