/** Where a CLI run reads and writes: the process's streams, or a test's. */
export interface CliIo {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  /** Standard input's bytes, decoded as a file's are (UTF-16 by its byte-order mark; binary is skipped). */
  readStdin(): Promise<Buffer>;
  /** The environment: its locale (LC_ALL, LC_MESSAGES, LANG) is the language of Replylint's own words. */
  env: NodeJS.ProcessEnv;
}
