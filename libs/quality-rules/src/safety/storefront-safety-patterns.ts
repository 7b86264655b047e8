// Language-neutral shapes of what a storefront must not carry. Per-language words (contact cues, injection
// sentences) live in each language's SafetyLexicon. Every pattern runs on folded text (NFKC: full-width digits,
// colons and at-signs are already ASCII; lower-case).

/** Top-level domains that make `name.tld` a link rather than an abbreviation or a decimal. */
export const LINK_TLDS = [
  'com',
  'net',
  'org',
  'info',
  'biz',
  'shop',
  'store',
  'online',
  'site',
  'xyz',
  'top',
  'club',
  'vip',
  'app',
  'link',
  'io',
  'co',
  'me',
  'tv',
  'cc',
  'ly',
  'gl',
  'gd',
  'to',
  'jp',
  'cn',
  'de',
  'fr',
  'es',
  'uk',
  'eu',
  'us',
  'it',
  'nl',
  'ru',
  'kr',
  'tw',
  'hk',
  'in',
  'au',
  'ca',
  'ch',
  'at',
  'be',
  'pl',
  'se',
  'mx',
  'br',
  'ar',
] as const;

/** Link shorteners, matched with or without a path. */
export const LINK_SHORTENERS = [
  'bit\\.ly',
  'tinyurl\\.com',
  't\\.co',
  'goo\\.gl',
  'ow\\.ly',
  'is\\.gd',
  'buff\\.ly',
  'rebrand\\.ly',
  'cutt\\.ly',
  't\\.ly',
  'tiny\\.cc',
  's\\.id',
  'url\\.cn',
  'dwz\\.cn',
  't\\.cn',
  'amzn\\.to',
  'a\\.co',
  'rb\\.gy',
] as const;

/** URL schemes that run code or load a page. */
export const SCRIPT_SCHEMES = ['javascript', 'vbscript', 'data:text/html'] as const;

/** Messaging services whose name alone marks what follows as an ID ("WeChat: shop88", "add us on WhatsApp 0176…"). */
export const MESSAGING_SERVICES = [
  'whats ?app',
  'wechat',
  'weixin',
  '微信',
  'telegram',
  'viber',
  'skype',
  'kakao ?talk',
  'ライン',
] as const;

/**
 * Services whose name is also an ordinary word (a product line, a signal, a frame) or too short to trust:
 * only an explicit ID or @handle after them counts ("LINE ID: shop88", "Instagram @shop").
 */
export const AMBIGUOUS_MESSAGING_SERVICES = [
  'line',
  'signal',
  'qq',
  'tg',
  'ig',
  'insta(?:gram)?',
  'facebook',
  'messenger',
  'snapchat',
  'tiktok',
] as const;

/** Tokens of chat templates and instruction formats (ChatML, Llama, Alpaca, Gemma, Mistral). */
export const CHAT_TEMPLATE_TOKENS = [
  '<\\|[a-z_]{2,30}\\|>',
  '<\\|(?:im_start|im_end|endoftext|eot_id|start_header_id|end_header_id|system|user|assistant)',
  '\\[/?inst\\]',
  '<</?sys>>',
  '<(?:start|end)_of_turn>',
  '(?<![#\\w])#{2,4}\\s*(?:instruction|response|input|system|user|assistant|human)\\b(?!\\s*[\\p{L}\\d][^:\\n]{0,30}$)',
  '^\\s*(?:system|assistant)\\s*:\\s*$',
] as const;
