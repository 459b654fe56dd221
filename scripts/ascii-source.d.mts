export function escapeNonAscii(text: string, fileName: string): string;
export function asciiSourcePlugin(): import('esbuild').Plugin;
