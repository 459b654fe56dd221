// What the editor lints when no config is in reach (replylint.withoutConfig:
// replies): only what is clearly a reply, so opening a project's README or
// changelog never shows "Open with a greeting".

import * as path from 'node:path';

/** Folder names that hold replies and macros in support teams' repositories. */
const REPLY_FOLDERS = new Set([
  'macros',
  'macro',
  'replies',
  'reply',
  'templates',
  'template',
  'snippets',
  'snippet',
  'canned',
  'canned-responses',
  'canned-replies',
  'responses',
  'saved-replies',
]);
/** Project files that are never replies, wherever they are. */
const PROJECT_FILES = /^(readme|changelog|changes|history|license|licence|copying|contributing|code_of_conduct|security|authors|notice)(\.[a-z]+)?$/i;
const DOCS_FOLDERS = new Set(['docs', 'doc', 'documentation']);

/**
 * An untitled draft, or a file in a reply folder (below the workspace folder, when
 * there is one) that is not a project file or documentation. Help-desk exports
 * count too; the linter recognises them by their content.
 */
export function isClearlyReply(uri: string, filePath: string | undefined, workspaceFolder: string | undefined): boolean {
  if (uri.startsWith('untitled:')) return true;
  if (filePath === undefined || PROJECT_FILES.test(path.basename(filePath))) return false;
  const within = workspaceFolder ? path.relative(workspaceFolder, path.dirname(filePath)) : path.dirname(filePath);
  const folders = within.split(/[\\/]/).map((folder) => folder.toLowerCase());
  return !folders.some((folder) => DOCS_FOLDERS.has(folder)) && folders.some((folder) => REPLY_FOLDERS.has(folder));
}
