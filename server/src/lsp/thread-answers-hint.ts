// The editor's side of the CLI's hint that replies filed as `reply` are answers posted in a thread (thread-answers.ts):
// the files of one folder linted this session stand for the CLI's run over the folder, and the hint is an information
// message, shown once. An untitled draft belongs to no folder and counts nowhere.

import * as path from 'node:path';
import type { LintResult } from '../engine/types';
import { addThreadAnswerSigns, noThreadAnswerSigns, threadAnswerSigns, threadAnswersHint, type ThreadAnswerSigns } from '../thread-answers';
import { filePathOf } from './workspace-folders';

export class ThreadAnswersHint {
  /** Per folder, each file's signs as its last lint read them; dropped once the hint is shown. */
  private readonly folders = new Map<string, Map<string, ThreadAnswerSigns>>();
  private shown = false;

  constructor(private readonly show: (message: string) => void) {}

  /** A file was linted: its replies count with those of the other files of its folder linted, until the hint is shown. */
  linted(uri: string, result: LintResult): void {
    const filePath = filePathOf(uri);
    if (this.shown || filePath === undefined) return;
    const folder = path.dirname(filePath);
    let files = this.folders.get(folder);
    if (!files) this.folders.set(folder, (files = new Map<string, ThreadAnswerSigns>()));
    files.set(uri, threadAnswerSigns(result));
    const total = noThreadAnswerSigns();
    for (const signs of files.values()) addThreadAnswerSigns(total, signs);
    const hint = threadAnswersHint(total);
    if (!hint) return;
    this.shown = true;
    this.folders.clear();
    this.show(`Replylint: ${hint}`);
  }
}
