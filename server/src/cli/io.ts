/** Where a CLI run reads and writes: the process's streams, or a test's. */
export interface CliIo {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  readStdin(): Promise<string>;
  /** The environment: its locale (LC_ALL, LC_MESSAGES, LANG) is the language of Replylint's own words. */
  env: NodeJS.ProcessEnv;
}
