// The Node that runs the bundles, as esbuild is told it. For node20 esbuild writes a regular expression
// literal that holds a \p{..} escape as `new RegExp("...", "u")`, which Node 20 does not need: inside a
// function that parsed the expression again at every call (45,588 times in a lint of the bench's 5 MB
// library), and compiled it again once V8 had dropped it from its cache. A literal is compiled once.
export const NODE_TARGET = { target: 'node20', supported: { 'regexp-unicode-property-escapes': true } };
