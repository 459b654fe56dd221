// Types of kept-files.js, which the bins require as it is and the bundles import.

/** Replylint's folder in the user's own cache folder (XDG on Linux, as each system keeps one). */
export function userCacheDir(): string;

/** The data kept under `key` (40 characters) in the first of `files` that holds it whole, or undefined. */
export function readKept(files: readonly string[], key: string): Buffer | undefined;

/** Keeps `data` under `key` in the first of `files` whose folder takes it; that folder keeps its newest `maxFiles` of the kind. */
export function keep(files: readonly string[], key: string, data: Uint8Array, maxFiles: number): void;
