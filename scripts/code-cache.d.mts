export function writeCodeCache(file: string): void;
