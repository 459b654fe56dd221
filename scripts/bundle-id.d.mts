export const BUNDLE_SHA1_PLACEHOLDER: string;
export const BUNDLE_SHA1_LINE: string;
export function bundleIdPlugin(): import('esbuild').Plugin;
