// The workspace resolves modules with `moduleResolution: node`, which ignores package `exports`;
// js-tiktoken only publishes its rank files through `exports`, so their types are restated here.
declare module 'js-tiktoken/ranks/o200k_base' {
  const ranks: { pat_str: string; special_tokens: Record<string, number>; bpe_ranks: string };
  export default ranks;
}
