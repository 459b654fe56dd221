// The editor's side of the CLI's hints that a folder's replies are filed under the wrong kind (thread-answers.ts): the
// files of one folder linted this session stand for the CLI's run over the folder, and each hint is an information
// message, shown once a session, in the editor's display language. An untitled draft belongs to no folder and counts
// nowhere.

import * as path from 'node:path';
import { fromReplylint, type CatalogText } from '../engine/messages';
import type { LintResult } from '../engine/types';
import { addFilingSigns, filingSigns, noFilingSigns, sentTemplatesHint, threadAnswersHint, type FilingSigns } from '../thread-answers';
import { filePathOf } from './workspace-folders';

const HINTS = [threadAnswersHint, sentTemplatesHint];

export class FilingHints {
  /** Per folder, each file's signs as its last lint read them; dropped once every hint is shown. */
  private readonly folders = new Map<string, Map<string, FilingSigns>>();
  private readonly shown = new Set<(typeof HINTS)[number]>();
  /** Whether a run over many files is under way, and the folders it linted so far. */
  private held = false;
  private readonly waiting = new Set<string>();

  constructor(
    private readonly language: string,
    private readonly show: (message: CatalogText) => void,
  ) {}

  /** A file was linted: its replies count with those of the other files of its folder linted, until every hint is shown. */
  linted(uri: string, result: LintResult): void {
    const filePath = filePathOf(uri);
    if (this.shown.size === HINTS.length || filePath === undefined) return;
    const folder = path.dirname(filePath);
    let files = this.folders.get(folder);
    if (!files) this.folders.set(folder, (files = new Map<string, FilingSigns>()));
    files.set(uri, filingSigns(result));
    if (this.held) this.waiting.add(folder);
    else this.tell(files);
  }

  /** A run over many files (Lint Workspace) begins or goes on: folders are told of when it ends, whole. */
  hold(): void {
    this.held = true;
  }

  /** The run ended: each folder it linted is told of once, with all its files. */
  release(): void {
    this.held = false;
    for (const folder of this.waiting) {
      const files = this.folders.get(folder);
      if (files) this.tell(files);
    }
    this.waiting.clear();
  }

  /** Shows each hint not shown yet that the folder's files now call for. */
  private tell(files: Map<string, FilingSigns>): void {
    const total = noFilingSigns();
    for (const signs of files.values()) addFilingSigns(total, signs);
    for (const hintOf of HINTS) {
      const hint = this.shown.has(hintOf) ? undefined : hintOf(total, this.language);
      if (!hint) continue;
      this.shown.add(hintOf);
      this.show(fromReplylint(hint));
    }
    if (this.shown.size === HINTS.length) this.folders.clear();
  }
}
