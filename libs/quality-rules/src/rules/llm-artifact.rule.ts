import { LanguageCode } from '../content-under-review';
import { detectLanguage } from '../language-detection/language-detection';
import { originalSpan } from '../text/text-folding';
import { findChatter } from './artifact-structure/artifact-evidence';
import { chatterModel, findChatterByModel } from './artifact-structure/chatter-model';
import { sentencesOf } from './artifact-structure/field-segments';
import { metaVocabularyFor, talksAboutLanguage } from './artifact-structure/meta-vocabulary';
import { findWordingRemark } from './artifact-structure/wording-remark';
import { KindedPattern, firstFinding, issuesPerField } from './field-matching';
import { QualityRule } from './quality-rule';

/** A bracket holding a name with a capital inside a word (`[MagSafe]`, `［iPhone］`): a product or standard's name. */
const PRODUCT_NAME_TAG =
  /^[[\uff3b]\s*(?:\p{Lu}?\p{Ll}+\p{Lu}[\p{L}-]*)(?:\s+\p{Lu}[\p{L}-]*)?\s*[\]\uff3d]$/u;

/**
 * Formatting a model leaves behind, in any language: code fences, HTML tags, JSON keys, markdown emphasis.
 * (HTML is also a `markup` safety issue; it stays here because the QA contract counts `<p>` as an artifact.)
 */
const FORMATTING: readonly KindedPattern[] = [
  // Folding turns a backtick into an apostrophe, so a fence reads ''' in folded text.
  { kind: 'code fence', regex: /```|'''|~~~/ },
  {
    kind: 'HTML tag',
    regex:
      /<\/?(?:p|br|hr|div|span|strong|b|i|em|u|h[1-6]|ul|ol|li|a|img|table|tr|td|th|section|article|html|body|head|title|meta|script|style|font)\b[^<>]*>/i,
  },
  // An HTML comment (`<!-- H1 -->`), and any paired element (`<meta_description>…</meta_description>`,
  // `<answer>…</answer>`): markup whatever its tag's name; product copy has none.
  { kind: 'HTML comment', regex: /<!--[\s\S]*?-->/ },
  { kind: 'markup element', regex: /<([a-z][\w-]{0,40})(?:\s[^<>]*)?>[\s\S]*<\/\1\s*>/i },
  // A template variable left unfilled (`{{brand_tagline}}`, `${price}`, `%%PRODUCT_LINK%%`, `%shop_name%`): the
  // prompt's or the shop's, not copy.
  {
    kind: 'template variable',
    regex:
      /\{\{[^{}\n]{1,60}\}\}|\$\{[\p{L}\w.-]{1,40}\}|\{%[^%\n]{1,60}%\}|%%[\p{L}\d_-]{2,40}%%|(?:^|[\s(:])%[\p{L}][\p{L}\d_]{2,40}%(?=$|[\s.,;:!?)])/u,
  },
  // Escape sequences of the answer's JSON left in the text (`…plaque.\nIt offers…`, `\"…\"`).
  { kind: 'escape sequence', regex: /\\(?:n|r|t|"|u[0-9a-f]{4}|x[0-9a-f]{2})/ },
  // A markdown table (`| Field | Content |` over a `|---|` row).
  { kind: 'markdown table', regex: /^[ \t]*\|[^\n]*\|[ \t]*\n[ \t]*\|?[ \t]*:?-{3,}/m },
  // Numbered alternatives (`1. … \n2. …`): the model offered options instead of one text.
  { kind: 'numbered options', regex: /^\s*1[.)]\s[^\n]+\n\s*2[.)]\s/ },
  // A note to a colleague (`@Lena: …`) on a line of its own.
  { kind: 'note to a colleague', regex: /(?:^|\n|[.!?\u3002]\s+)[ \t]*@\p{L}[\p{L}\d_.-]*[ \t]*[:,]/u },
  // An end marker after the last sentence (`… 2-in-1 nozzle. END`).
  { kind: 'end marker', regex: /[.!?\u3002]\s*(?:end|eof|ende)\s*$/ },
  // An alternative offered after the text (`… / alternativ: …`, `— or, shorter: …`), or on the field's last line with
  // a few words before its colon (`Alternatively, with a lighter touch: …`, `別の言い方なら：…`), or a quoted
  // candidate on a last line of its own after a short lead and a colon (`Etwas ruhiger: „…“`).
  {
    kind: 'alternative offered',
    regex:
      /(?:^|[\s/|\u2013\u2014(-])(?:alternativ\p{L}*|or,? (?:shorter|longer|simply)|o bien|ou bien|別案|代替案)\s*:|(?:^|\n)[ \t]*(?:alt|or|oder|ou|o)[ \t]*:|(?:^|[.!?\u3002]\s+)(?:alternative (?:\p{L}+ )?(?:line|version|take|wording|ending|closing|headline)|autre piste|autre formulation|oder (?:knapper|kurzer|lieber)|or (?:shorter|simply|punchier)|o (?:mas corto|mejor)|otra opcion|別案)[^:\uff1a\n]{0,30}[:\uff1a]|\n[ \t]*[([]?(?:alternativ\p{L}*|versi[oó]n alternativa|version alternative|alternative (?:version|take|line)|otra (?:posibilidad|opcion|version)|autre (?:possibilite|option|version)|andere (?:variante|moglichkeit)|別の言い方|もう一案)[^\n:\uff1a]{0,40}[:\uff1a][^\n]*$|\n[ \t]*[^\n:\uff1a"\u201c\u201e\u00ab\u300c]{1,60}[:\uff1a][ \t]*["\u201c\u201e\u00ab\u300c][^\n]{4,}["\u201d\u201c\u00bb\u300d][.!\u3002]?[ \t]*$/u,
  },
  // Another wording put forward before a colon and a quote (`Possible swap for the last line: "…"`, `Autre chute
  // possible : « … »`, `Andere Schlusszeile: „…"`), or named a candidate (`「…」も候補です`).
  {
    kind: 'alternative offered',
    regex:
      /(?:^|[.!?\u3002]\s+|[(\uff08])[^.!?:\uff1a\n]{0,40}(?:possible|possibles|another|autre|otra|andere|swap|remplacement|ersatz|variante)[^.!?:\uff1a\n]{0,30}[:\uff1a]\s*["\u201c\u201e\u00ab\u300c]|\u300d\s*(?:も|が)(?:候補|一案|アリ)/u,
  },
  // A shorter or punchier wording offered inline (`or, punchier: "…"`, `Falls es knapper sein soll: „…"`, `Ou, en plus
  // court : « … »`, `短めなら：「…」`).
  {
    kind: 'alternative offered',
    regex:
      /(?:shorter|punchier|snappier|tighter|simpler|crisper|knapper|kurzer|pragnanter|plus court|plus simple|plus direct|plus sobre|mas corto|mas breve|mas directo|短く|短め)[^.!?\n:\uff1a]{0,20}[:\uff1a]\s*["\u201c\u201e\u00ab\u300c]/u,
  },
  // Another wording put forward in passing (`on pourrait aussi dire : « … »`, `würde auch „…" funktionieren`,
  // `「…」で締める手もあります`).
  {
    kind: 'alternative offered',
    regex:
      /(?:on pourrait aussi (?:dire|ecrire)|man konnte auch (?:sagen|schreiben)|we could also (?:say|write)|tambien se podria (?:decir|poner))\s*[:\uff1a]|(?:wurde|ware) auch\s*["\u201e\u201c\u00ab][^"\u201c\u201d\u00bb\n]{1,80}["\u201c\u201d\u00bb]\s*(?:funktionieren|passen|gehen)|\u300d\s*(?:で|と)(?:締める|する|まとめる|結ぶ)手もあります|wer es (?:knapper|kurzer|lockerer|schlichter|formeller) mag,? (?:kann|nimmt|schreibt)/u,
  },
  // Another wording said to work as well (`Als Schlusszeile ginge auch: „…"`, `This would also work: "…"`).
  {
    kind: 'alternative offered',
    regex:
      /(?:ginge|geht|passt|ware|wurde) auch\s*[:\uff1a]\s*["\u201e\u201c\u00ab]|would (?:also )?work(?: too)?\s*:\s*["\u201c]|(?:marcherait|irait|fonctionnerait) aussi\s*:\s*[\u00ab"]|tambien (?:valdria|serviria|funcionaria|iria)\s*:\s*[\u00ab"\u201c]/u,
  },
  // Two wordings weighed in a bracketed aside (`(„Präparate" klingt nach Schule – „Probenplättchen" versteht man
  // schneller.)`); colour names in brackets are not weighed.
  {
    kind: 'word choice explained',
    regex:
      /[(\uff08][^()\uff08\uff09\n]{0,60}["\u201c\u201e\u00ab\u300c][^"\u201d\u201c\u00bb\u300d\n]{1,30}["\u201d\u201c\u00bb\u300d][^()\uff08\uff09\n]{0,80}(?:klingt|sounds|reads|suena|sonne|wirkt|verstehen|understand|besser|better|mieux|mejor|eher|rather|plutot|statt|instead|lieber|prefer)[^()\uff08\uff09\n]{0,80}["\u201c\u201e\u00ab\u300c][^"\u201d\u201c\u00bb\u300d\n]{1,30}["\u201d\u201c\u00bb\u300d]|[(\uff08][^()\uff08\uff09\n]{0,60}["\u201c\u201e\u00ab\u300c][^"\u201d\u201c\u00bb\u300d\n]{1,30}["\u201d\u201c\u00bb\u300d][^()\uff08\uff09\n]{0,80}["\u201c\u201e\u00ab\u300c][^"\u201d\u201c\u00bb\u300d\n]{1,30}["\u201d\u201c\u00bb\u300d][^()\uff08\uff09\n]{0,80}(?:klingt|sounds|reads|suena|sonne|wirkt|verstehen|understand|besser|better|mieux|mejor|eher|rather|plutot|statt|instead|lieber|prefer)/u,
  },
  // An edit reported under a label (`Edit: moved the CTA to the close`, `Änderung: Einstieg gekürzt`).
  {
    kind: 'edit report',
    regex:
      /(?:^|[.!?]\s+|\n)[ \t]*(?:edit|edits|update|changes?|anderungen?|modifications?|cambios?)\s*:\s*(?:i\s)?(?:moved|tightened|cut|shortened|changed|replaced|removed|added|reworded|rewrote|verschoben|gekurzt|ersetzt|umformuliert|deplace|raccourci|remplace|reformule|movido|acortado|cambiado|reformulado)/u,
  },
  // The writer keeping a word and saying so (`wobei ich „Touchscreen" stehen lasse`, `I kept "loft"`, `je garde « box »`).
  {
    kind: 'word choice explained',
    regex:
      /(?<![\p{L}])(?:ich|i|je|j'ai|j\u2019ai|he|yo)\s(?:\p{L}+\s){0,2}?(?:kept|left|keep|leave|garde|conserve|garde|laisse|mantenido|mantengo|dejado|dejo)\s["\u201c\u201e\u00ab\u300c]|["\u201c\u201d\u00bb][^.!?\n]{0,12}(?:stehen lasse|stehen gelassen|stehen lassen habe|beibehalte|beibehalten habe|lasse ich (?:so )?stehen)/u,
  },
  // A colleague named and asked to chase or check something (`Kofi, … could you chase them`, `Frauke, kannst du
  // bitte klären, …`): a note inside the team, not to the shopper.
  {
    kind: 'note to a colleague',
    regex:
      /(?:^|[.!?]\s+)\p{L}+,\s[^.!?\n]{0,80}(?:(?:could|can|would) you (?:please )?(?:chase|check|confirm|clarify|ask|find out|verify|double-check)|kannst du (?:bitte )?(?:klaren|prufen|nachfragen|checken|abklaren)|(?:peux-tu|pourrais-tu|tu peux) (?:verifier|confirmer|demander|regarder)|(?:puedes|podrias) (?:revisar|confirmar|preguntar|comprobar|mirar))/u,
  },
  // A placeholder left in square brackets anywhere in the text (`Use code [COUPON CODE] at checkout.`).
  {
    kind: 'placeholder',
    regex:
      /\[[^\]\n\d]{0,30}(?<![\p{L}])(?:code|codigo|name|nombre|nom|link|lien|enlace|url|date|datum|fecha|price|preis|prix|precio|shop|store|brand|gutschein|rabattcode|delivery time|lieferzeit|plazo de entrega|delai de livraison|colou?r|farbe|couleur|size|grosse|taille|talla|insert|einfugen|inserer|insertar)(?![\p{L}])[^\]\n]{0,20}\]/u,
  },
  // A slot in angle brackets that is no HTML tag (`bis <Enddatum>`, `<Produktname>`, `<brand name>`); a short word in
  // them is emphasis (`The 3-pack <fits> most drawers`).
  {
    kind: 'placeholder',
    regex:
      /<(?!\/?(?:p|br|b|i|u|s|a|em|strong|small|sup|sub|h[1-6]|div|span|ul|ol|li|img|table|tr|td|th|hr|meta|title|section|article|header|footer|nav|code|pre|blockquote)(?![\p{L}]))(?:\p{L}[\p{L}_-]{5,30}|[\p{L}_ -]{0,20}(?:name|nombre|nom|date|datum|fecha|price|preis|prix|precio|link|url|brand|marke|marque|marca|code|codigo)[\p{L}_ -]{0,20})>/u,
  },
  // A date or amount left as circles for the editor (`○月○日`, `〇〇円`).
  { kind: 'placeholder', regex: /[\u25cb\u25ef\u3007]+\s*(?:月|日|円|時|分|%)|[\u25cb\u25ef\u3007]{2,}/u },
  // A slot in mathematical or Japanese angle brackets (`⟨offer end date⟩`, `〈特典名〉`).
  {
    kind: 'placeholder',
    regex:
      /\u27e8[^\u27e9\n]{1,30}\u27e9|\u3008[^\u3009\n]{0,12}(?:名|日|日付|期間|価格|金額|コード|url|リンク|番号)\u3009/u,
  },
  // A Japanese slot asking for its text (`【特典名を入力】`, `［商品名を記入］`).
  {
    kind: 'placeholder',
    regex:
      /[\u3010\uff3b[(\uff08][^\u3011\uff3d\])\uff09\n]{0,12}(?:を入力|を記入|を挿入)[\u3011\uff3d\])\uff09]/u,
  },
  // A Japanese draft mark in any bracket (`〔要チェック〕`, `【下書き】`, `［未校正］`).
  {
    kind: 'status mark',
    regex:
      /[\u3014\u3010\uff3b\u3008[(\uff08]\s*(?:要確認|要チェック|確認中|確認待ち|未校正|校正前|下書き|仮案?)\s*[\u3015\u3011\uff3d\u3009\])\uff09]/u,
  },
  // A slot in curly braces (`{Zugabe}`, `{free_item}`): a template's variable, never shop copy.
  { kind: 'placeholder', regex: /\{\p{L}[\p{L}_ -]{0,28}\}/u },
  // A date left as its format for the editor (`bis TT.MM.`, `jusqu'au JJ/MM`, `hasta el DD/MM`, `until MM/DD`).
  {
    kind: 'placeholder',
    regex:
      /(?<![\p{L}])(?:jj|dd|tt|mm)\s?[./-]\s?(?:mm|jj|dd|tt)(?:\s?[./-]\s?(?:aaaa|yyyy|jjjj|aa|yy|jj))?(?![\p{L}])/u,
  },
  // A list of hashtags (`Hashtags: #Drums #Practice`): social media, not product copy.
  { kind: 'hashtag list', regex: /#[\p{L}\p{N}_]+[\s,\u3001]+#[\p{L}\p{N}_]+/u },
  // A speaker's role tag opening a line (`Assistant:`, `AI：`, `Modell:`): the transcript of a chat, not copy.
  {
    kind: 'role tag',
    regex:
      /(?:^|\n|[.!?\u3002]\s)[ \t]*(?:assistant|assistent|asistente|assistente|model|modell|modelo|modele|ai|ki|ia|bot|chatbot|アシスタント)[ \t]*:(?![ \t]*\d)/u,
  },
  // A length check closing a piece (`[106/120 ✓]`, `(33/60 OK)`, `[20/30字 OK]`): the model measured its output.
  {
    kind: 'length check',
    regex:
      /[([]\s*\d+\s*\/\s*\d+\s*(?:字|chars?|zeichen|caracteres|characters)?\s*(?:\u2713|\u2714|\u2705|ok)\s*[)\]]/u,
  },
  // A later step of the model's work opening a field (`Step 2 –`, `Schritt 3 von 5`, `【ステップ2：…】`); real
  // instructions in copy start at step 1.
  {
    kind: 'step marker',
    regex:
      /^\s*[[\u3010(]?\s*(?:step|schritt|etape|paso|ステップ)\s*(?:[2-9]|\d+\s*(?:of|von|sur|de|\/)\s*\d+)(?![\d])/u,
  },
  // Tracked changes: strikethrough, diff marks, a before/after pair (`~~twin~~`, `[-vite-] [+rapide+]`).
  {
    kind: 'tracked change',
    regex:
      /~~[^~\n]+~~|\[-[^\]\n]+-\]|\[\+[^\]\n]+\+\]|(?:^|\n)[ \t]*(?:before|vorher|avant|antes|original|alt)[ \t]*:[^\n]*\n[ \t]*(?:after|nachher|apres|despues|revised|rewritten|uberarbeitet|neu|nouveau|nueva?|revisad[oa])[ \t]*:/u,
  },
  // A word choice explained (`("pot" rather than "bowl", …)`, `(« trousse » plutôt que « pochette »)`, `「内鍋」ではなく`),
  // a rendering reported (`« mug » par « tasse »`), one quoted term graded against another (`„Bodentester“ klingt
  // natürlicher als „Erdprüfer“`) or offered instead of another (`„Kurbel“ … oder lieber „Handkurbel“?`). A swap
  // that opens a sentence is a slogan (`„Mehrweg“ statt „Einweg“ – …`), and a question that only names two quoted
  // things asks the shopper (`„Grüner Tee“ oder „Kaffee“?`).
  {
    kind: 'word choice explained',
    regex:
      /(?<=[\p{L}\p{N},;:\u2013\u2014-]\s?)["\u201c\u201e\u00ab\u300c]\s*[^"\u201d\u201c\u00bb\u300d\n]{1,30}\s*["\u201d\u201c\u00bb\u300d]\s*(?:rather than|instead of|and not|not|over|statt|anstatt|anstelle von|und nicht|plutot que|au lieu de|et non|en lugar de|en vez de|y no|a|par|durch|por|as)\s*["\u201c\u201e\u00ab\u300c]|["\u201d\u201c\u00bb\u300d][^.!?\u3002\n"\u201c\u201e\u00ab\u300c]{0,40}(?:oder (?:doch )?lieber|ou plutot|ou bien plutot|or rather|or maybe|o mejor|o mas bien|それとも)(?:\s+\p{L}+)?\s*["\u201c\u201e\u00ab\u300c]|["\u201d\u201c\u00bb][^.!?\n"\u201c\u201e\u00ab]{0,5}(?:ou|or|oder|o)\s[^.!?\n"\u201c\u201e\u00ab]{0,30}["\u201c\u201e\u00ab][^"\u201d\u201c\u00bb\n]{1,30}["\u201d\u201c\u00bb][^.!?\n]{0,40}\p{L}[^.!?\n]{0,40}\?|\u300d[^\u300c\u300d\n]{0,20}\u300c[^\u300d\n]{1,20}\u300d\s*に(?:差し替え|変更|置き換え|直し|統一|言い換え|変え)|\u300d\s*(?:ではなく|よりも?)[^\u300c\u300d\n]{0,20}\u300c|\u300d\s*と(?:せず|しなかった|書かなかった)|[\u201e\u201c"\u00ab\u300c]\s?[^\u201e\u201c\u201d"\u00ab\u00bb\u300c\u300d\n]{1,25}\s?[\u201c\u201d"\u00bb\u300d][^.!?\u3002\n]{0,40}?(?:(?:(?<!\p{L})(?!rather|other|anders?)\p{L}+er|more \p{L}+|plus \p{L}+|mas \p{L}+) (?:als|than|que)|\u3088\u308a)\s?[\u201e\u201c"\u00ab\u300c]/u,
  },
  // The persona of the system prompt echoed (`You are an experienced copywriter…`, `Du bist ein erfahrener Texter`).
  {
    kind: 'system prompt',
    regex:
      /(?:^|\n)[ \t]*(?:you are an?|you're an?|du bist eine?|sie sind eine?|eres una?|usted es una?|tu es une?|vous etes une?|あなたは)[^\n]{0,80}?(?:copywriter|writer|assistant|texter(?:in)?|redakteur(?:in)?|redactor(?:a)?|redacteur|redactrice|コピーライター|ライター|アシスタント)/u,
  },
  // A product record dumped as key-value lines (`SKU: …\nCategory: …`) or a snake_case identifier in the text.
  {
    kind: 'record dump',
    regex:
      /(?:^|\n)[ \t]*(?:sku|category|categorie|kategorie|categoria|カテゴリー?)[ \t]*:[^\n]*\n[ \t]*[\p{L}][\p{L} -]{1,24}[ \t]*:|(?<![\p{L}\d_./@|-])[a-z]{3,}_[a-z]{3,}(?:_[a-z]+)*(?![\p{L}\d_@|])/u,
  },
  // Citation markers (`… verified.[1][2]`): the answer of a search-backed model.
  { kind: 'citation marker', regex: /(?<=[\p{L}.!?,])\s?\[\d{1,2}\](?:\s?\[\d{1,2}\])*/u },
  // A tool or function call's token (`<|tool_call|>save_field{…}`): the answer's plumbing. The chat template's own
  // tokens (`<|im_start|>`) are the `chat_template_token` rule's.
  { kind: 'tool-call token', regex: /<\|(?:tool_calls?|function_calls?|tool_response|python_tag)\|>/ },
  // A marker that the answer was cut off (`[Output truncated]`, `[Ausgabe abgeschnitten …]`, `[…respuesta cortada]`).
  {
    kind: 'truncation marker',
    regex:
      /[[(]\s*(?:\.{3}|\u2026)?\s*(?:\p{L}+ )?(?:truncated|cut off|abgeschnitten|cortada|cortado|tronquee?|coupee?|途中で切れ\p{L}*|以下省略)(?![\p{L}])[^\])\n]{0,60}[\])]/u,
  },
  // The model grading its own answer (`Self-rating: 9/10`, `Qualität 9/10, Zuversicht: hoch`, `自己評価：9/10`).
  {
    kind: 'self-rating',
    regex:
      /(?:self[- ]?(?:rating|assessment|score)|selbst(?:bewertung|einschatzung)|auto-?(?:evaluacion|evaluation)|note de qualite|自己評価|(?:quality|qualitat|qualite|calidad)(?: score)?\s*:?\s*\d{1,2}\s*\/\s*10|(?:confidence|zuversicht|confiance|confianza)\s*:\s*(?:high|hoch|elevee|alta|medium|mittel|moyenne|media|low|niedrig|faible|baja))/u,
  },
  // When and by which run the text was generated (`[generated 2024-06-03 14:22 · run_id 7c1e94]`, `生成日時：…`).
  {
    kind: 'generation stamp',
    regex:
      /run[_ -]?id|実行id|生成日時|(?:generated|genere|erstellt|generiert|generado|creado)(?: le| am| el| on)?\s+\d{1,4}[-./]\d{1,2}[-./]\d{1,4}/u,
  },
  // The call's token usage (`(Tokens: 846 Eingabe, 131 Ausgabe)`, `jetons : 1036 en entrée`).
  {
    kind: 'token count',
    regex:
      /(?:tokens?|jetons?)(?: usados| used| utilises| verbraucht)?\s*:?\s*\d+\s*(?:eingabe|input|prompt|de entrada|en entree|entrada|入力)/u,
  },
  // A language tag of the output in brackets, any language (`[it-IT]`, `(zh-CN)`).
  {
    kind: 'locale tag',
    regex: /[([]\s*(?:en|de|fr|es|ja|zh|it|pt|nl|ko|ru|pl|sv|tr|ar)[-_][a-z]{2}\s*[)\]]/,
  },
  // An experiment's label (`A/B-Test „Aktionstext“ · Testgruppe B`, `【ABテスト：パターンB】`, `arm B · 50/50 split`).
  {
    kind: 'experiment label',
    regex:
      /(?<![\p{L}])(?:a\/b[- ]?tests?|test a\/b|ab[- ]?test|abテスト)(?![\p{L}])|testgruppe|test group [ab]|grupo de (?:prueba|test) [ab]|groupe (?:de )?test|(?<![\p{L}])arm [ab](?![\p{L}])|\d{2}\/\d{2} split/u,
  },
  // A note for the page's images (`Alt text: …`, `Texte alternatif : …`, `[Bild: …]`).
  {
    kind: 'image note',
    regex:
      /(?:^|\n|[.!?]\s+)(?:alt[- ]?text|image alt|texte alternatif|texto alternativo|alternativtext|代替テキスト)\s*:|[[(]\s*(?:image|photo|bild|foto|imagen|画像|写真)\s*:/u,
  },
  // A search plug-in's fields (`Focus keyword: … | Slug: …`).
  {
    kind: 'SEO plug-in field',
    regex:
      /(?<![\p{L}])slug\s*:|focus[- ]?keyword|fokus-?keyword|palabra clave principal|mot-cle principal|フォーカスキーワード/u,
  },
  // Placeholders an editor leaves (`[TBD]`, `TODO: …`, `XXX`, a blank `____`, `lorem ipsum`, a field ending in `N/A`).
  {
    kind: 'editor placeholder',
    regex:
      /[[(]\s*(?:tbd|tbc|todo|xxx|n\/a)\s*[\])]|(?:^|\n|[.!?]\s+)(?:todo|tbd|xxx)\s*[:\u2013\u2014-]|lorem ipsum|(?<![\p{L}/])n\/a\s*$|(?<![\p{L}\d])x{3,}(?![\p{L}\d])|(?<![\p{L}\d])xx[,.]xx(?![\p{L}\d])|(?<![\p{L}\d])xx\s?(?:€|eur|euros?|\$|%)|_{3,}/u,
  },
  // A summary of changes (`Spieldose → Spieluhr | Walnussholz → Nussbaum`, `(ペン先 → ニブ、軸 → ボディ)`).
  {
    kind: 'change summary',
    regex:
      /[^\n\u2192]{1,40}(?:\u2192|->|=>)[^\n\u2192|\u00b7,\u3001;]{1,40}[|\u00b7,\u3001;]\s*[^\n\u2192]{1,40}(?:\u2192|->|=>)/u,
  },
  // Spreadsheet residue: a header row of short cells (`langue;champ;texte`) or quoted cells (`"…";"…"`).
  {
    kind: 'spreadsheet row',
    regex: /(?:^|\n)[ \t]*[\p{L}_ -]{1,20}(?:;[\p{L}_ -]{1,20}){2,}[ \t]*\n|"[^"\n]{1,80}";"[^"\n]/u,
  },
  // The three copies summarised (`copy A sells…, copy B … and copy C …`, `Aは…、Bは…、Cは…`).
  {
    kind: 'copies summarised',
    regex:
      /(?<![\p{L}\d])a(?:は|\s)[^\n]{2,80}?[,\u3001]\s*(?:(?:copy|text|texte|texto) )?b(?:は|\s)[^\n]{2,80}?(?:,|\u3001|\sand|\sund|\sy|\set)\s*(?:(?:copy|text|texte|texto) )?c(?:は|\s)/u,
  },
  // A revision label (`(rev. B)`, `Überarbeitete Fassung –`, `Version corrigée –`): the draft's history.
  {
    kind: 'revision label',
    regex:
      /[([]\s*rev(?:ision)?\.?\s*[a-z0-9]{1,3}\s*[)\]]|^\s*(?:(?:revised|corrected|updated|final|uberarbeitete|korrigierte|finale) (?:version|fassung)|version (?:corrigee|revisee|finale|definitive|revisada|corregida|final|definitiva))\s*[-\u2013\u2014:]/u,
  },
  // A field that is a bulleted list from its first line (the model answered in markdown).
  { kind: 'markdown list', regex: /^\s*[-*\u2022]\s+[^\n]+\n\s*[-*\u2022]\s+/ },
  // Invisible characters (zero-width space, word joiner, byte-order mark; a zero-width joiner outside an emoji).
  {
    kind: 'invisible character',
    regex:
      /[\u200b\u200c\u2060\ufeff]|(?<!\p{Extended_Pictographic}\ufe0f?)\u200d|\u200d(?!\p{Extended_Pictographic})/u,
  },
  // An SDK's message object printed instead of its text (`AIMessage(content="…", additional_kwargs={})`).
  {
    kind: 'SDK object',
    regex: /^\s*[\p{L}_]+\((?:content|text|output)\s*=|additional_kwargs|response_metadata/u,
  },
  // A field that opens with a bullet (`• Volt S2 …`, `・Lumi …`, `- Olvídate …`): a list item, not a field.
  { kind: 'bullet', regex: /^\s*(?:[\u2022\u30fb]\s*|[-*]\s+)\p{L}/u },
  // Quotes or brackets left unbalanced around the field (`「Nido …`, `… Nido. »`) or the whole field in brackets.
  { kind: 'unbalanced quotes', regex: /^\s*\u300c[^\u300d]*$|^[^\u00ab]*\u00bb\s*$|^\s*\[[^\]\n]+\]\s*$/u },
  // HTML entities (`&laquo;&nbsp;…`): markup escaped instead of the characters.
  { kind: 'HTML entity', regex: /&(?:[a-z]{2,8}|#\d{2,5});/ },
  // A comment line (`// keep in sync with the banner`).
  { kind: 'comment', regex: /(?:^|\n)[ \t]*\/\/[ \t]*\p{L}/u },
  // A field name glued to the text without punctuation (`SEO title Birdie G7…`, `Titre Tablette…`, `コピーA …`).
  {
    kind: 'field name glued to the text',
    regex:
      /^\s*(?:seo[- ]?(?:title|titel|titre|titulo)|meta[- ]?(?:description|beschreibung)|titre|titel|titulo|encabezado|uberschrift|headline|コピー[a-c]|(?:copy|werbetext) [abc])\s+(?=\p{L})/u,
  },
  // An edit tag in brackets (`(shortened)`, `(gekürzt)`, `（修正済み）`).
  {
    kind: 'edit tag',
    regex:
      /[([\uff08]\s*(?:shortened|revised|edited|updated|corrected|rewritten|repeat(?:ed)?|duplicate|wiederholt|repetid[oa]|repetee?|gekurzt|uberarbeitet|korrigiert|acortad[oa]|revisad[oa]|corregid[oa]|raccourcie?|revisee?|corrigee?|修正済み|短縮版)\s*[)\]\uff09]/u,
  },
  // A status or version tag of the draft (`(v2, final)`, `[Entwurf]`, `draft from 14.03.`).
  {
    kind: 'draft tag',
    regex:
      /[([]\s*(?:v\d+(?:\.\d+)*\s*[,;/]?\s*)?(?:final|draft|wip|entwurf|borrador|brouillon|下書き|最終版)\s*[)\]]|(?:draft|entwurf|borrador|brouillon)\s+(?:vom|from|of|del|du)\s+\d/u,
  },
  {
    kind: 'JSON',
    regex: /"(?:translated_description|seo_title|meta_description|h1|marketing_copy_[abc]|translation)"\s*:/,
  },
  { kind: 'JSON', regex: /^\s*[{[]\s*"/ },
  // JSON-LD or key-value pairs of a JSON object anywhere (`"@type": "Product", "material": …`).
  {
    kind: 'JSON',
    regex: /"@(?:type|context|id)"\s*:|"[\p{L}_]{2,30}"\s*:\s*"[^"\n]*"\s*,\s*"[\p{L}_]{2,30}"\s*:/u,
  },
  // A JSON key opening a field or a JSON string closing one (`"title": "…`, `…",`): the answer's envelope.
  { kind: 'JSON', regex: /^\s*"[a-z_]{2,40}"\s*:\s*"|"\s*[,}][\s\]}]*$/ },
  { kind: 'markdown', regex: /\*\*[^*\n]{1,80}\*\*|^#{1,6}\s|^\s*[-*]\s+\*\*|__[^_\n]{1,80}__|^>\s?\S/m },
  // Emphasis opened and never closed (`…today.**`): an odd number of `**` and no single asterisk.
  { kind: 'markdown', regex: /^[^*]*(?:\*\*[^*]*\*\*[^*]*)*\*\*[^*]*$/ },
  // A note pointing back at the text (`… ← propuesta de título`).
  { kind: 'arrow note', regex: /\s(?:\u2190|<-|\u27f5)\s*\p{L}/u },
  { kind: 'markdown rule', regex: /^[ \t]*(?:-{3,}|\*{3,}|_{3,}|={3,})[ \t]*$/m },
  // The whole field in quotation marks, alone or followed by a note on it: the model quoted its answer. A quote
  // followed by its speaker and more copy (`"…" – Mei, illustrator. Discover Linea.`, `「…」（大阪府・40代男性）`) is a
  // testimonial.
  // A note in square brackets (`[Note: … added for clarity.]`, `［補足：…］`): product copy does not bracket labels.
  { kind: 'bracketed note', regex: /\[[^\]\n\d]{1,30}:[^\]\n]{0,200}\]/ },
  // A gloss of a word in brackets (`[= reflex camera]`, `[Slider = Kameraschiene …]`, `[es decir, …]`): the
  // writer explaining a term to the requester; copy explains in its own sentence.
  {
    kind: 'gloss in brackets',
    regex:
      /[[(]\s*=\s*\p{L}|\[[^\]\n\d=,]{1,40}\s=\s[^\]\n\d=]{1,120}\]|\[\s*(?:i\.\s?e\.|d\.\s?h\.|es decir|o sea|c'est-a-dire|that is|das hei(?:ss|\u00df)t|\u3064\u307e\u308a|\u3059\u306a\u308f\u3061)/u,
  },
  // Candidates numbered on lines of their own (`候補① …\n候補② …`, `Idea 1 …\nIdea 2 …`): the model offered a choice.
  // `Size 1 fits …\nSize 2 fits …` is a size chart: digits and letters count only after a word for a candidate.
  {
    kind: 'numbered candidates',
    regex:
      /^[^\S\n]*(\p{L}{1,12})[^\S\n]*\u2460[^\n]*\n[^\S\n]*\1[^\S\n]*\u2461|^[^\S\n]*(idea|option|variant|version|candidate|alternative|vorschlag|variante|idee|opcion|propuesta|proposition|\u6848|\u5019\u88dc|\u30d1\u30bf\u30fc\u30f3)[^\S\n]*(?:1|a)[).:]?[^\S\n]+\S[^\n]*\n[^\S\n]*\2[^\S\n]*(?:2|b)[).:]?[^\S\n]+\S/mu,
  },
  // A remark in square brackets with no figure in it (`[reviewed]`, `[relu · validé]`, `［校了］`, `[hier etwas
  // poetischer formuliert]`): shops do not bracket words in copy (a bracket with a figure is a spec, `【…】` a
  // Japanese shop heading).
  // A markdown link's text (`[ici](…)`) and a chat-template token (`[/INST]`) are the safety rules' findings. A
  // product or standard name written with a capital inside it (`[MagSafe]`, `[AirPods Pro]`) is a marketplace
  // title's tag, not a remark.
  {
    kind: 'bracketed remark',
    regex: /\[(?!\/?inst\])[^\]\d\n]*\p{L}[^\]\d\n]*\](?!\()|\uff3b[^\uff3d\d\n]*\p{L}[^\uff3d\d\n]*\uff3d/iu,
    unless: (original) => PRODUCT_NAME_TAG.test(original),
  },
  // A review status beside a version (`v3 / approved`, `[aprobado · v3]`): the workflow's, not the shopper's.
  {
    kind: 'review status',
    regex:
      /(?<![\p{L}\d])v\d+\s*[/\u00b7|,-]\s*(?:approved|final|reviewed|freigegeben|gepruft|valide|relu|aprobado|revisado)(?![\p{L}])|(?<![\p{L}])(?:approved|reviewed|freigegeben|valide|relu|aprobado|revisado)\s*[/\u00b7|,-]\s*v\d+(?![\p{L}\d])/u,
  },
  // The writer correcting itself mid-sentence (`cool-white—no—warm-white`, `Sterne … äh, Schneeflocken`,
  // `estrellas, digo, copos`, `昼白色の……いえ、`).
  {
    kind: 'self-correction',
    regex:
      /(?:\u2014|\u2013|\u2026|\.{3})\s*(?:no|non|nein|nee|ah|ahm|aeh|digo|perdon|i mean|sorry|\u3044\u3048|\u3044\u3084)\s*[\u2014\u2013,\u3001]|,\s*(?:ahm?|aeh|digo|i mean|o sea)\s*,/u,
  },
  // A postscript (P.S., P. D., P.-S., PS:, 追記：) is a message to the requester; listings have none.
  { kind: 'postscript', regex: /^\s*(?:p\.?\s?s\.?|p\.\s?d\.|p\.-s\.)\s*[:.]|^\s*追記\s*:/m },
  // A variant enumerator opening a field (`A) …`, `A）…`): the model listed its options.
  { kind: 'variant enumerator', regex: /^\s*[abc1-3]\s?\)/ },
  // A first line ending in a colon and followed by a blank line introduces what follows (`Here's what I came up
  // with:`, `こちらで作成してみました：`); product copy does not open that way.
  { kind: 'lead-in line', regex: /^[^\n\d]{1,80}:[ \t]*\n[ \t]*\n/ },
  // A length count closing a field after a dash (`— 152 characters`, `― 76文字`).
  {
    kind: 'length count',
    regex:
      /[-\u2013\u2014\u2015]\s*\d+\s*(?:characters?|chars?|caracteres|zeichen|words?|mots|palabras|worter|文字|字)\s*$/,
  },
  // A locale tag (`(en-US)`, `(ja-JP)`) names the output's language, not the product's.
  {
    kind: 'locale tag',
    regex: /[([]\s*(?:en|es|fr|de|ja)[-_][a-z]{2}\s*[)\]]|^\s*\[\s*(?:en|es|fr|de|ja)\s*\]/,
  },
  // The whole field in inline code (folded, its backticks read as apostrophes): `…`.
  { kind: 'inline code', regex: /^\s*'(?=[\p{L}\d])[^\n]*[\p{L}\d.!?)]'\s*$/u },
  {
    kind: 'quoted field',
    regex:
      /^\s*(?:"[^"\n]+"|\u201c[^\u201d\n]+\u201d|\u201e[^\u201c\n]+\u201c|\u00ab[^\u00bb\n]+\u00bb|\u00bb[^\u00ab\n]+\u00ab|\u300c[^\u300d\n]+\u300d|\u300e[^\u300f\n]+\u300f)\s*(?:$|[(\uff08](?![^)\uff09\n]{0,20}(?:\u69d8|\u3055\u3093|\u4ee3|\u30fb))|[-\u2013\u2014\u2015][^.!?\u3002\n]*[.!?\u3002]?\s*$|\n[ \t]*\n|\n[ \t]*(?:\u2192|->|=>))/,
  },
];

/** A sentence of at least this many words is long enough to tell its language apart. */
const MIN_FOREIGN_SENTENCE_WORDS = 7;

/**
 * A whole sentence in German, French or Spanish inside a field of another language (`Pensez au dernier mot écrit à
 * la main…` in English copy, `Anmerkung: Die deutsche Fassung folgt…`): the model gave the text twice, or left a
 * note in the language it was working in. English is left out: an English tagline is how German, French, Spanish
 * and Japanese shops write (`Made for the city, built for every adventure.` scores as English as any leftover).
 */
function foreignSentence(text: string, language: LanguageCode): string | undefined {
  // A field wholly in another language is the `wrong_language` rule's (read only once a sentence is long enough).
  let whole: string | undefined;
  for (const sentence of text.split('\n').flatMap(sentencesOf)) {
    // Counting spaces first is cheap; most sentences of a title, a meta or a copy are too short to be read.
    if ((sentence.match(/\s+/g)?.length ?? 0) + 1 < MIN_FOREIGN_SENTENCE_WORDS) continue;
    const guess = detectLanguage(sentence);
    if (guess.tokenCount < MIN_FOREIGN_SENTENCE_WORDS) continue;
    if (guess.language !== 'de' && guess.language !== 'fr' && guess.language !== 'es') continue;
    if (guess.language === language) continue;
    whole ??= detectLanguage(text).language;
    if (guess.language === whole) continue;
    const ranked = Object.values(guess.scores).sort((a, b) => b - a);
    if (ranked[0] >= 2.5 && ranked[0] >= 3 * ranked[1]) return sentence;
  }
  return undefined;
}

/** A product's version number (`version 3.2`, `Version 2.1.4`, `バージョン3.2`, `v5.0`), never a draft's. */
const PRODUCT_VERSION =
  /(?:version|versi[o\u00f3]n|\u30d0\u30fc\u30b8\u30e7\u30f3|ver\.?|v)\s?\d+(?:\.\d+)+/iu;

/**
 * A source listing whose product translates, reads aloud or teaches languages, or is itself a translation (a novel's
 * English edition, its translator): its copy talks about translation.
 */
const PRODUCT_ABOUT_LANGUAGE =
  /翻译|翻譯|译员|译者|譯者|译出|译本|譯本|[英中日法德西]文版|译(?=[\s,，。;；)）]|$)|双语|雙語|语言|語言|外语|外語|英语|英語|单词|單詞|音标|音標|拼音|译文|譯文|会话书|會話書|词典|詞典|点读|點讀|多语种|多語種/u;

/**
 * A question in brackets in a title or a heading (`(un peu long ?)`, `[too formal?]`, `（長すぎ？）`): the writer asking
 * the requester about the text. A shop's title states; it asks the shopper, if ever, in the open.
 */
const BRACKETED_QUESTION =
  /[([\uff08\uff3b\u3010\u3014][^()[\]\uff08\uff09\uff3b\uff3d\u3010\u3011\u3014\u3015\n]{1,40}[?\uff1f]\s*[)\]\uff09\uff3d\u3011\u3015]/u;
const HEADLINE_FIELDS: ReadonlySet<string> = new Set(['seo_title', 'h1']);

/**
 * `llm_artifact`: formatting a model leaves behind (above) and chatter found by structure: the edges of a field (a
 * label, a first line or sentence, a last paragraph, sentence or bracketed aside) scored for words that talk about
 * the text, the task or the requester (`artifact-structure/`), one strong signal or two weak ones.
 */
export const llmArtifactRule: QualityRule = (context) => {
  const { product_name, product_description } = context.input.source;
  const aboutLanguage = PRODUCT_ABOUT_LANGUAGE.test(`${product_name} ${product_description}`);
  const vocabulary = metaVocabularyFor(context.profile, context.profiles.en, aboutLanguage);
  return issuesPerField(
    context,
    'llm_artifact',
    (folded, field) => {
      const formatting = firstFinding(folded, FORMATTING);
      if (formatting) return formatting;
      const question = HEADLINE_FIELDS.has(field) ? BRACKETED_QUESTION.exec(folded.text) : null;
      if (question)
        return {
          kind: 'question in brackets in a headline',
          span: originalSpan(folded, question.index, question.index + question[0].length),
        };
      const chatter = findChatter(folded.text, vocabulary);
      if (!chatter) {
        const foreign = foreignSentence(folded.original, context.profile.code);
        if (foreign) return { kind: 'sentence in another language', span: foreign };
        // A language product's copy talks about words and their translations (`the back gives the English word`).
        const remark = aboutLanguage ? undefined : findWordingRemark(folded.text, vocabulary);
        if (remark) return { kind: remark.kind, span: originalSpan(folded, remark.start, remark.end).trim() };
        const learned = findChatterByModel(chatterModel(), folded.text, field, context.profile.code);
        // A number after a limit word is offered to the shopper (`como máximo 15 caracteres`, `jusqu'à 10 lettres`),
        // a dotted version number is the product's firmware (`updated to version 3.2`), and a language product's
        // copy talks about languages, whatever the model makes of them.
        const segment = learned?.segment.text ?? '';
        return learned &&
          !vocabulary.limitedNumber.test(segment) &&
          !PRODUCT_VERSION.test(segment) &&
          !(aboutLanguage && talksAboutLanguage(segment))
          ? {
              kind: `${learned.segment.place}: reads as the model talking (score ${learned.score.toFixed(1)})`,
              span: originalSpan(folded, learned.segment.start, learned.segment.end).trim(),
            }
          : undefined;
      }
      const { segment, evidence } = chatter;
      return {
        kind: `${segment.place}: ${evidence.map((e) => e.signal).join(', ')}`,
        span: originalSpan(folded, segment.start, segment.end).trim(),
      };
    },
    (finding, field) => ({
      message: `${field} contains model output that is not content (${finding.kind}: "${finding.span}").`,
      suggestion:
        'Return only the field text: no lead-ins, labels, sign-offs, notes about the text, markdown, HTML or code fences.',
    }),
  );
};
