/// <reference path="../../types/js-tiktoken-ranks.d.ts" />
import { Tiktoken } from 'js-tiktoken/lite';
import o200kBase from 'js-tiktoken/ranks/o200k_base';

/** A chat message as sent to a chat-completions style API. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

// Built lazily: decoding the bundled BPE ranks takes ~100 ms and most importers never count.
let encoder: Tiktoken | undefined;
let splitter: RegExp | undefined;

function getEncoder(): Tiktoken {
  encoder ??= new Tiktoken(o200kBase);
  return encoder;
}

function getSplitter(): RegExp {
  splitter ??= new RegExp(o200kBase.pat_str, 'gu');
  return splitter;
}

/**
 * Builds the tokenizer now (about a second of CPU) rather than inside the first request that counts:
 * services that count every prompt call this while starting.
 */
export function prepareTokenCounter(): void {
  getEncoder();
  getSplitter();
}

// Tiktoken splits text with the vocabulary's regex and runs BPE on each piece independently, so a count is the
// sum of per-piece counts. BPE is quadratic in piece length and a run of Han characters is one long piece, so
// per-piece counts are memoised: catalogue phrases, JSON keys and prompt words repeat across requests.
const PIECE_MEMO_MAX_ENTRIES = 200_000;
const pieceMemo = new Map<string, number>();
// Splitting is the other half of the cost, and whole texts repeat too: a language's instructions go into every
// prompt, a SKU's source into each of its languages.
const TEXT_MEMO_MAX_ENTRIES = 5_000;
const textMemo = new Map<string, number>();

function countPiece(piece: string): number {
  const known = pieceMemo.get(piece);
  if (known !== undefined) return known;
  const count = getEncoder().encode(piece, [], []).length;
  if (pieceMemo.size >= PIECE_MEMO_MAX_ENTRIES) pieceMemo.clear();
  pieceMemo.set(piece, count);
  return count;
}

/**
 * Number of o200k_base tokens in `text`, exactly as `Tiktoken.encode` would produce. Special-token strings
 * (`<|endoftext|>`) are counted as plain text, because catalogue text is data and must never make the tokenizer throw.
 */
export function countTokens(text: string): number {
  if (text.length === 0) return 0;
  const known = textMemo.get(text);
  if (known !== undefined) return known;
  let total = 0;
  // `match` with the global flag returns the pieces alone: cheaper than `matchAll`'s match objects.
  for (const piece of text.match(getSplitter()) ?? []) total += countPiece(piece);
  if (textMemo.size >= TEXT_MEMO_MAX_ENTRIES) textMemo.clear();
  textMemo.set(text, total);
  return total;
}

/** Tokens the chat format adds around each message and before the reply (OpenAI's published accounting). */
export const CHAT_TOKENS_PER_MESSAGE = 3;
export const CHAT_REPLY_PRIMING_TOKENS = 3;

/**
 * Prompt tokens of a chat request: content tokens plus the fixed per-message framing.
 * The simulator bills exactly this, so adapters and simulator agree token for token.
 */
export function countChatPromptTokens(messages: readonly ChatMessage[]): number {
  let total = CHAT_REPLY_PRIMING_TOKENS;
  for (const message of messages) total += CHAT_TOKENS_PER_MESSAGE + countTokens(message.content);
  return total;
}
