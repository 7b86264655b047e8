/// <reference path="../../types/js-tiktoken-ranks.d.ts" />
import { Tiktoken } from 'js-tiktoken/lite';
import o200kBase from 'js-tiktoken/ranks/o200k_base';
import { countChatPromptTokens, countTokens } from './token-counter';

describe('countTokens', () => {
  it('counts with the o200k_base vocabulary', () => {
    expect(countTokens('')).toBe(0);
    expect(countTokens('hello world')).toBe(2);
    expect(countTokens('蓝牙耳机')).toBeGreaterThan(0);
  });

  it('treats special-token text in catalogue data as plain text instead of throwing', () => {
    expect(countTokens('<|endoftext|>')).toBeGreaterThan(1);
  });

  it('adds chat framing per message', () => {
    const messages = [
      { role: 'system' as const, content: 'hello world' },
      { role: 'user' as const, content: 'hello world' },
    ];
    expect(countChatPromptTokens(messages)).toBe(3 + 2 * (3 + 2));
  });
});

describe('countTokens per-piece memo', () => {
  it('matches a whole-text encode on catalogue text', () => {
    const reference = new Tiktoken(o200kBase);
    const text =
      'Orbis2025年新款蓝牙耳机，专为宝妈打造。\n● 屏幕亮度高达704尼特 <product_source>{"a":"b"}</product_source>\n\n  Buy now!';
    expect(countTokens(text)).toBe(reference.encode(text, [], []).length);
    expect(countTokens(text)).toBe(reference.encode(text, [], []).length);
  });
});
