// Mail template views (Laravel Blade, Handlebars, Twig, Liquid, MJML, CakePHP, a plain PHP mail view) and `.text`
// files: which files they are, whether a config's `include` names them, and the glob that would. Shared by the
// command line's folder search and the editor (opened views, Lint Workspace), so both leave out and take in the same
// files. Pure but for `isPhpViewFile`, which reads a file's head.

import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Template files that often hold a message (Laravel Blade, Handlebars, Twig, Liquid …), and `.text` files (a mail's
 * plain-text part kept beside its HTML one, as a telecom platform's notices are; also Markdown's own old extension). A
 * folder search leaves them out, since a views folder is mostly pages and a `.text` file may be any document, but says
 * so; a glob naming their extension, the file's name, or the config's `include` lints them.
 */
// `.ctp`: a CakePHP view, always a template (trial 45: a swimming club's membership mails were skipped without a word).
const TEMPLATE_FILE = /\.(blade\.php|hbs|handlebars|mustache|twig|liquid|njk|jinja2?|j2|erb|mjml|tpl|ctp|text)$/i;

/**
 * A plain PHP file (not Blade's): most are code, so a folder search says nothing of them, but a mail view written in
 * plain PHP (CodeIgniter's, or an app's own) holds a message. One is a view when a folder on its way from the searched
 * folder (that folder's own name too) is a views, mail or templates folder, or when its start holds more text and HTML
 * outside `<?php … ?>` than inside (trial 43: a shuttle's refund mail went unread with no note).
 */
const PHP_FILE = /\.php$/i;
const VIEW_FOLDER = /^(?:views?|mails?|e-?mails?|templates?|notifications?|layouts?)$/i;
/** How much of a PHP file's start is read to tell a view from code. */
export const PHP_HEAD_CHARS = 4096;
const PHP_CODE = /<\?(?:php\b|=)[\s\S]*?(?:\?>|$)/gi;

/** A file whose name alone makes it a template view (`.blade.php`, `.hbs`, `.ctp`, `.text` …), not a plain `.php` file. */
export function isTemplateName(file: string): boolean {
  return TEMPLATE_FILE.test(file);
}

/** A plain `.php` file (Blade's `.blade.php` is a template by its name). */
export function isPlainPhp(file: string): boolean {
  return PHP_FILE.test(file) && !TEMPLATE_FILE.test(file);
}

/** A plain PHP file under a views, mail or templates folder between `root` (its own name counts) and the file. */
export function inViewFolder(file: string, root: string): boolean {
  const folders = [path.basename(root), ...path.relative(root, path.dirname(file)).split(/[\\/]/)];
  return folders.some((folder) => VIEW_FOLDER.test(folder));
}

/** A PHP file's head (its first PHP_HEAD_CHARS) with more text and HTML outside `<?php … ?>` than inside. */
export function mostlyOutsidePhp(head: string): boolean {
  const visible = (text: string) => text.replace(/\s+/g, '').length;
  const outside = visible(head.replace(PHP_CODE, ''));
  return outside > 0 && outside * 2 > visible(head);
}

/**
 * Whether `file` is a template view, its head read by `head` only when its name and folders do not tell (a plain
 * `.php` file outside a views folder). `root`: the folder searched (the command line) or the workspace folder (the editor).
 */
export function isTemplateView(file: string, root: string, head: () => string | undefined): boolean {
  if (TEMPLATE_FILE.test(file)) return true;
  if (!PHP_FILE.test(file)) return false;
  if (inViewFolder(file, root)) return true;
  const text = head();
  return text !== undefined && mostlyOutsidePhp(text.slice(0, PHP_HEAD_CHARS));
}

/** The head of a file on disk, as `isTemplateView` reads it; undefined when it cannot be read. */
export function fileHead(file: string): string | undefined {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(PHP_HEAD_CHARS);
      return buffer.toString('utf8', 0, fs.readSync(fd, buffer, 0, PHP_HEAD_CHARS, 0));
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/** A template's extension as written (a glob matches the case it names): `.blade.php`, `.hbs`, `.php`. */
export function templateExtension(file: string): string {
  return /\.(blade\.php|[^.\\/]+)$/i.exec(file)?.[0] ?? path.extname(file);
}

/**
 * The `include` glob, relative to `base` (the config's folder) and written with `/`, that takes in every template of
 * `file`'s extension in `folder` and below it: `resources/views/mail/**\/*.blade.php`, or `**\/*.blade.php` in `base` itself.
 */
export function includeGlob(folder: string, file: string, base: string): string {
  const from = path.relative(base, folder).split(path.sep).join('/');
  return `${from && !from.startsWith('..') ? `${from}/` : ''}**/*${templateExtension(file)}`;
}
