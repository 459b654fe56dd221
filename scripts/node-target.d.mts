export const NODE_TARGET: { target: string; supported: Record<string, boolean> };
