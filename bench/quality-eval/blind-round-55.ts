// Blind set, round 55 (written without reading the gate, committed before it is scored): six book, travel-tech,
// sewing, office, home and baby-sleep products in the categories translated_novels, pocket_translators,
// sewing_pattern_kits, document_copy_holders, draught_excluders and white_noise_machines, 12 hand-written listings,
// three artifact styles per listing and wording of its own (this round: clean copy that LOOKS like model chatter but
// is legitimate shop copy, so the clean cases test false alarms: a customer or reader quote in the first person with
// its speaker („…“ – M. Zhou, Nankin; 「…」（杭州市・陳さま）; «…» – Sra. Chen, Hangzhou), a maker speaking as we
// (We tested, Wir haben … nähen lassen, Nous avons confié, Hemos probado), FAQ-style questions answered in the
// description (Wondering whether …? It does …, Sie fragen sich, ob …? Ja, …, よくあるご質問：…？――…), care notes
// starting with Note:, Tip:, Tipp:, Hinweis:, Remarque :, Nota:, ご注意：, Tissu conseillé :, a book whose attributes
// include its translation (translated from the Chinese by Helen Marsh, traduite du chinois), and product vocabulary
// that chatter also uses: version (software version 3.2, English edition), draft (a draft stopper), template
// (Kurvenschablonen, gabarits), copy (order your copy, a copy holder, copiar), translation (a translator, 翻訳機,
// traductores); the artifacts are real model chatter in each language's own wording and with the same vocabulary:
// lead-ins (Here's the English version…, Gern, hier ist die deutsche Fassung…, 以下が日本語版の…, ¡Claro! Aquí tienes la
// versión…, Voici la traduction…), closing offers (Let me know if you'd like a shorter version, Sag Bescheid…,
// もっと短いバージョンが必要でしたら…, Si quieres, puedo preparar…, N'hésitez pas à me dire…), notes to the
// requester (Note: I used the American spelling…, Hinweis an die Redaktion, Nota para el equipo, Remarque pour la
// relecture), first-person edit reports (I've rewritten…, Ich habe … gewählt, …に修正しました, He cambiado…, J'ai
// rendu…), field-name prefixes (Copy C (promotion):, Marketingtext B (Emotion):, 見出し：, Título SEO:, Accroche
// émotionnelle :), HTML tags and code fences; no digits in artifacts that land in the description, title or meta);
// legitimate numbers:
// Harbour of Mist (novel): 12 chapters (chapitres), 1937, 368 pages, 14×21 cm (5.5 × 8.3 in), 80 g paper (80 gsm),
// 第2次印刷 (2nd printing, 2e tirage), 16 years and over (16 ans), 初版 (the original edition, l'édition originale:
// no digit, deliberately not written as "first"), no numbers in the reader's quote;
// Lingo T5 (model: 5), 138 languages (138言語), 16 offline, 0.5 s (0.5秒), 百分之98 (98%), 4 inch (4-inch, 4インチ),
// 2000 mAh (2,000 mAh), about 8 hours, 7 days, V3.2 (version 3.2, バージョン3.2: dot kept), 互译 (translates back and
// forth: deliberately not "two-way");
// Patroa 1:1 (scale 1:1: 1), sizes 34 to 46 (von 34 bis 46, du 34 au 46), 7 sizes, 3 sheets, A0 (0), 12 steps
// (Schritten, étapes), about 2.5 m (2,5 m), 1 cm seam allowance, idioms 一套 (a set) and 一遍;
// Deskly 35 cm, A4 (4) and A3 (3), 2 kg, 7 angle settings (Stufen, posiciones), 4 non-slip pads, 3万次 (30.000),
// idiom 哪行 (line by line);
// Hushline 90 cm (35.4 in), 3.5 to 5 cm (3,5 bis 5 cm), about 2 °C, below 30 °C (86 °F), gap up to 2 cm (0.8 in),
// 双面 (double-sided, doppelseitig: not a number);
// Somni 30 sounds (30種類, 30 sonidos), 32 volume levels (32段階, 32 niveles), 30/60/90 minutes, 3 brightness levels,
// Type-C (no digit; USB tipo C), 2500 mAh, about 20 hours, 180 g, 整夜 (夜通し, toda la noche), 半夜 (夜中,
// madrugada/medianoche: not a number), 一觉睡到天亮 (ぐっすり, duermo del tirón: idiom).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const NOVEL_ZH = '《雾港》Harbour of Mist 英文版 精装 Helen Marsh 译';
const NOVEL_SRC =
  '《雾港》英文版（Harbour of Mist）由英国译者Helen Marsh从中文译出，原著作者林晚。全书共12章，讲述1937年上海女报务员沈青在大雾笼罩的港口等待消息的故事。精装本共368页，开本14×21厘米，采用80克米白色纸张，长时间阅读也不累眼。书末附有译者后记和人物关系表。本书为第2次印刷，修订了初版中的几处笔误。温馨提示：书中有战争场景描写，建议16岁以上读者阅读。读者评价：“舍不得放下，合上书很久都没缓过神来。”——南京 周先生';
const TRANSLATOR_ZH = 'Lingo T5 AI语音翻译机 138种语言 离线翻译';
const TRANSLATOR_SRC =
  'Lingo T5 智能翻译机支持138种语言在线互译，其中16种语言可离线翻译，出国没网也能用。按住按键说话，0.5秒即出译文，准确率高达百分之98。4英寸高清触摸屏，还支持拍照翻译菜单和路牌。内置2000毫安电池，连续使用约8小时，待机7天。系统已升级到V3.2版本，新增录音转文字功能。常见问题：能代替同声传译吗？答：本机适合日常对话，不建议用于正式会议。';
const PATTERN_ZH = 'Patroa 连衣裙纸样套装 34-46码 1:1实物纸样';
const PATTERN_SRC =
  'Patroa 连衣裙纸样套装采用1:1实物大小纸样，含34至46码共7个尺码，印在3张A0大小的纸上，剪下即可使用。另附一套透明亚克力曲线模板，画袖窿和领口更顺手。附赠12步图文教程，新手也能做出合身的连衣裙。推荐面料为棉或亚麻，用量约2.5米。我们请版师把每个尺码都试做了一遍，并调整了腰线。温馨提示：纸样已含1厘米缝份，裁剪时无需另加。';
const HOLDER_ZH = 'Deskly 桌面文稿架 打字阅读架 7档调节';
const HOLDER_SRC =
  'Deskly 文稿架专为打字员、翻译和学生设计，把资料立在屏幕旁边，打字时不用再低头看稿。面板宽35厘米，可放A4纸和对折的A3纸，承重2公斤，厚书也放得稳。支架角度7档可调，底座带4个防滑垫。配有磁吸指示尺，看到哪行移到哪行，抄写不串行。我们测试了每个卡扣，开合3万次也不松动。温馨提示：请勿放置超过承重的物品。';
const DRAFT_ZH = 'Hushline 双面门底挡风条 90厘米 可裁剪';
const DRAFT_SRC =
  'Hushline 双面门底挡风条长90厘米，可按门宽自行裁剪，适合厚度3.5至5厘米的门。内芯为高密度海绵，从内外夹住门板底部，开关门时跟着门移动，不用每次弯腰摆放。能挡住冷风、灰尘和小虫，还能减少走廊传来的噪音，冬季室温平均可提高2℃左右。小贴士：外套可拆洗，30℃以下手洗即可。买家常问：有门槛也能用吗？可以，只要门底缝隙不超过2厘米。';
const NOISE_ZH = 'Somni 白噪音助眠仪 30种声音 定时款';
const NOISE_SRC =
  'Somni 白噪音助眠仪内置30种声音，有雨声、海浪、风扇声和摇篮曲，音量可在32档之间细调。定时可选30分钟、60分钟或90分钟，也能整夜播放。小夜灯有3档亮度，半夜喂奶不刺眼。Type-C充电，2500毫安电池充满可连续播放约20小时。机身仅重180克，出差也方便带。温馨提示：请勿将机器放在婴儿床内。买家评价：“现在我一觉睡到天亮，宝宝也不再半夜哭醒了。”——杭州 陈女士';

export const ROUND_55_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'translated_novels',
    'en',
    NOVEL_ZH,
    NOVEL_SRC,
    {
      translated_description:
        'Harbour of Mist is the English edition of Lin Wan’s novel, translated from the Chinese by the British translator Helen Marsh. In 12 chapters it tells the story of Shen Qing, a radio operator in Shanghai in 1937, who waits for news in a harbour shrouded in thick fog. This hardcover runs to 368 pages in a 14 × 21 cm (5.5 × 8.3 in) format and is printed on 80 gsm off-white paper that stays easy on the eyes through long reading sessions. At the back you will find a translator’s afterword and a chart showing how the characters are related. This copy comes from the 2nd printing, which corrects a few slips in the original edition. Note: the novel contains scenes of war and is recommended for readers aged 16 and over. “I couldn’t put it down, and for a long while after closing it I was still somewhere else.” – Mr Zhou, Nanjing',
      seo_title: 'Harbour of Mist by Lin Wan – English Hardcover Edition',
      meta_description:
        'Lin Wan’s novel Harbour of Mist in English, translated from the Chinese by Helen Marsh: 12 chapters, 368 pages, hardcover, with a translator’s afterword.',
      h1: 'Harbour of Mist: A Novel of Waiting in the Fog',
      marketing_copy_a:
        'A sturdy hardcover with a translator’s afterword and a character chart, made to stay on your shelf for years. Order your copy today.',
      marketing_copy_b:
        'Fog over the water, a crackling radio and a woman who will not stop listening. Some stories stay with you long after the last page. Discover Harbour of Mist.',
      marketing_copy_c:
        'This month every copy ships with a free linen bookmark. Add it to your cart while stocks last.',
    },
    {
      field: 'translated_description',
      find: 'runs to 368 pages',
      replace: 'runs to 386 pages',
      labels: ['number_dropped', 'number_invented'],
    },
    'Note: the novel contains scenes of war and is recommended for readers aged 16 and over.',
  ),
  listing(
    'p01',
    'translated_novels',
    'fr',
    NOVEL_ZH,
    NOVEL_SRC,
    {
      translated_description:
        'Harbour of Mist est l’édition anglaise du roman de Lin Wan, traduite du chinois par la traductrice britannique Helen Marsh. En 12 chapitres, il raconte l’histoire de Shen Qing, opératrice radio à Shanghai en 1937, qui attend des nouvelles dans un port noyé sous un épais brouillard. Cette édition reliée compte 368 pages au format 14 × 21 cm et elle est imprimée sur un papier ivoire de 80 g qui ménage les yeux au fil des longues lectures. En fin d’ouvrage, vous trouverez une postface de la traductrice et un tableau des liens entre les personnages. Il s’agit du 2e tirage, qui corrige quelques coquilles de l’édition originale. Remarque : le roman comporte des scènes de guerre et il est conseillé à partir de 16 ans. Un lecteur témoigne : « Impossible de le lâcher ; longtemps après l’avoir refermé, j’étais encore ailleurs. » – M. Zhou, Nankin',
      seo_title: 'Harbour of Mist de Lin Wan, édition anglaise reliée',
      meta_description:
        'Le roman Harbour of Mist de Lin Wan en anglais, traduit du chinois par Helen Marsh : 12 chapitres, 368 pages, édition reliée avec postface de la traductrice.',
      h1: 'Harbour of Mist, un roman de brume et d’attente',
      marketing_copy_a:
        'Une belle édition reliée, avec postface et tableau des personnages, faite pour durer dans votre bibliothèque. Commandez votre exemplaire dès aujourd’hui.',
      marketing_copy_b:
        'Le brouillard sur le port, une radio qui grésille et une femme qui refuse de cesser d’écouter. Certaines histoires vous suivent longtemps après la dernière page. Découvrez Harbour of Mist.',
      marketing_copy_c:
        'Ce mois-ci, un marque-page en lin est offert avec chaque livre. Ajoutez-le à votre panier tant qu’il en reste !',
    },
    { field: 'meta_description', find: '368 pages', replace: '386 pages', labels: ['number_invented'] },
    'Cette édition reliée compte 368 pages au format 14 × 21 cm et elle est imprimée sur un papier ivoire de 80 g qui ménage les yeux au fil des longues lectures.',
  ),
  listing(
    'p02',
    'pocket_translators',
    'en',
    TRANSLATOR_ZH,
    TRANSLATOR_SRC,
    {
      translated_description:
        'The Lingo T5 smart translator translates back and forth between 138 languages online, and 16 of them also work offline, so it keeps you talking abroad even without a connection. Hold down the button and speak: the translation appears within 0.5 seconds, with accuracy of up to 98%. The 4-inch HD touchscreen also lets you translate menus and street signs from a photo. Its built-in 2,000 mAh battery lasts about 8 hours of continuous use and 7 days on standby. The system has been updated to version 3.2, which adds voice-to-text transcription of recordings. Wondering whether it can stand in for a simultaneous interpreter? It is made for everyday conversations and is not recommended for formal meetings.',
      seo_title: 'Lingo T5 Voice Translator, 138 Languages, Offline Mode',
      meta_description:
        'Pocket AI translator Lingo T5: 138 languages online, 16 offline, translations within 0.5 seconds and photo translation of menus and signs on a 4-inch screen.',
      h1: 'Lingo T5 – Speak Freely Wherever You Travel',
      marketing_copy_a:
        'A pocket device for menus, taxis and hotel desks, with offline languages for when the signal drops. Order your Lingo T5 today.',
      marketing_copy_b:
        'Asking a stranger for directions, ordering the dish you actually wanted, laughing at the same joke. Travel feels different when you can talk to people. Discover the Lingo T5.',
      marketing_copy_c:
        'Travel season offer: a free protective case with every Lingo T5 this month – shop now.',
    },
    {
      field: 'translated_description',
      replace: 'It comes with a 12-month warranty.',
      labels: ['number_invented'],
    },
    'Its built-in 2,000 mAh battery lasts about 8 hours of continuous use and 7 days on standby.',
  ),
  listing(
    'p02',
    'pocket_translators',
    'ja',
    TRANSLATOR_ZH,
    TRANSLATOR_SRC,
    {
      translated_description:
        'Lingo T5スマート翻訳機は、オンラインで138の言語の相互翻訳に対応しています。そのうち16言語はオフラインでも翻訳できるので、海外でネットにつながらなくても使えます。ボタンを押しながら話すと0.5秒で訳文が表示され、翻訳精度は98%に達します。4インチの高精細タッチパネルを備え、メニューや道路標識を撮影して翻訳することもできます。内蔵の2000mAhバッテリーで約8時間の連続使用が可能で、待機時間は7日間です。システムはバージョン3.2にアップデート済みで、録音を文字に起こす機能が新たに加わりました。よくあるご質問：同時通訳の代わりになりますか？――日常会話向けの設計のため、正式な会議でのご使用はおすすめしていません。',
      seo_title: 'Lingo T5 AI翻訳機 138言語対応 オフライン翻訳',
      meta_description:
        '138言語に対応したポケット翻訳機。16言語はオフラインでも使え、0.5秒で訳文を表示します。4インチ画面で写真翻訳もでき、旅行や出張の強い味方です。',
      h1: 'Lingo T5 言葉の壁をこえる旅の相棒',
      marketing_copy_a:
        'メニューもタクシーもホテルのフロントも、これ一台でスムーズに。電波が届かない場所ではオフライン翻訳が頼りになります。今すぐ購入。',
      marketing_copy_b:
        '道を尋ねる、食べたいものを注文する、同じ冗談で笑い合う。言葉が通じると、旅はもっと楽しくなります。ぜひチェックしてください。',
      marketing_copy_c: '旅行シーズン限定で、今なら専用ケースをプレゼント。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '翻訳精度は98%',
      replace: '翻訳精度は99%',
      labels: ['number_dropped', 'number_invented'],
    },
    '内蔵の2000mAhバッテリーで約8時間の連続使用が可能で、待機時間は7日間です。',
  ),
  listing(
    'p03',
    'sewing_pattern_kits',
    'de',
    PATTERN_ZH,
    PATTERN_SRC,
    {
      translated_description:
        'Das Schnittmuster-Set Patroa für ein Kleid enthält Schnittteile in Originalgröße (Maßstab 1:1) für 7 Größen von 34 bis 46, gedruckt auf 3 Bögen im Format A0 – einfach ausschneiden und loslegen. Dazu gehört ein Satz transparenter Kurvenschablonen aus Acryl, mit denen Sie Armausschnitt und Halsausschnitt mühelos zeichnen. Eine bebilderte Anleitung in 12 Schritten begleitet Sie, sodass auch Anfängerinnen ein gut sitzendes Kleid gelingt. Als Stoff empfehlen sich Baumwolle oder Leinen, Sie brauchen etwa 2,5 m. Wir haben jede Größe von unserer Schnittdirektrice zur Probe nähen lassen und die Taillenlinie angepasst. Hinweis: Die Nahtzugabe von 1 cm ist bereits enthalten, beim Zuschneiden müssen Sie also nichts hinzugeben.',
      seo_title: 'Patroa Schnittmuster Kleid, Gr. 34–46, Maßstab 1:1',
      meta_description:
        'Kleid-Schnittmuster Patroa in 7 Größen von 34 bis 46, im Maßstab 1:1 auf 3 A0-Bögen, mit Kurvenschablonen aus Acryl und bebilderter Anleitung in 12 Schritten.',
      h1: 'Patroa – Ihr Lieblingskleid, selbst genäht',
      marketing_copy_a:
        'Schnittmuster, Kurvenschablonen und Anleitung in einem Set: Sie brauchen nur noch Stoff und Schere. Jetzt bestellen.',
      marketing_copy_b:
        'Ein Kleid, das genau so sitzt, wie Sie es sich vorgestellt haben, und das Sie selbst genäht haben. Dieses Gefühl tragen Sie den ganzen Sommer. Entdecken Sie Patroa.',
      marketing_copy_c:
        'Zum Saisonstart gibt es ein Maßband gratis dazu – sichern Sie sich Ihr Set, solange der Vorrat reicht.',
    },
    { field: 'seo_title', find: 'Gr. 34–46', replace: 'Gr. 32–46', labels: ['number_invented'] },
    'Als Stoff empfehlen sich Baumwolle oder Leinen, Sie brauchen etwa 2,5 m.',
  ),
  listing(
    'p03',
    'sewing_pattern_kits',
    'fr',
    PATTERN_ZH,
    PATTERN_SRC,
    {
      translated_description:
        'Le kit de patron de robe Patroa propose des pièces grandeur nature, à l’échelle 1:1, en 7 tailles du 34 au 46, imprimées sur 3 feuilles au format A0 : il suffit de les découper. Il est accompagné d’un jeu de gabarits de courbes en acrylique transparent, pour tracer emmanchures et encolures en toute facilité. Un tutoriel illustré en 12 étapes vous guide pas à pas, et même en débutant, vous obtiendrez une robe bien ajustée. Tissu conseillé : coton ou lin, environ 2,5 m. Nous avons confié chaque taille à notre modéliste, qui l’a cousue à l’essai et a ajusté la ligne de taille. Remarque : les marges de couture de 1 cm sont déjà comprises, inutile d’en ajouter à la coupe.',
      seo_title: 'Patron de robe Patroa, tailles 34 à 46, échelle 1:1',
      meta_description:
        'Patron de robe Patroa en 7 tailles du 34 au 46, à l’échelle 1:1 sur 3 feuilles A0, avec gabarits de courbes en acrylique et tutoriel illustré en 12 étapes.',
      h1: 'Patroa, la robe qui vous va, cousue par vous',
      marketing_copy_a:
        'Patron, gabarits et tutoriel réunis dans un seul kit : il ne vous manque que le tissu. Commandez le vôtre dès aujourd’hui.',
      marketing_copy_b:
        'Porter une robe qui tombe exactement comme vous l’aviez imaginée, et pouvoir dire que vous l’avez faite vous-même. Une fierté qui dure tout l’été. Découvrez Patroa.',
      marketing_copy_c:
        'Pour la rentrée couture, une paire de ciseaux à fil est offerte avec chaque kit. Profitez-en vite !',
    },
    {
      field: 'translated_description',
      find: 'environ 2,5 m',
      replace: 'environ 2,8 m',
      labels: ['number_dropped', 'number_invented'],
    },
    'Tissu conseillé : coton ou lin, environ 2,5 m.',
  ),
  listing(
    'p04',
    'document_copy_holders',
    'de',
    HOLDER_ZH,
    HOLDER_SRC,
    {
      translated_description:
        'Der Konzepthalter Deskly ist für Schreibkräfte, Übersetzer und Studierende gemacht: Er stellt Ihre Unterlagen aufrecht neben den Bildschirm, sodass Sie beim Abtippen nicht mehr nach unten schauen müssen. Die Ablage ist 35 cm breit und nimmt A4-Blätter sowie gefaltete A3-Bögen auf; sie trägt 2 kg, also auch dicke Bücher. Der Neigungswinkel lässt sich in 7 Stufen verstellen, und der Fuß steht auf 4 rutschfesten Pads. Das magnetische Zeilenlineal schieben Sie einfach Zeile für Zeile mit, so verrutschen Sie beim Abschreiben nie. Wir haben jede Klemme getestet: Auch nach 30.000 Mal Öffnen und Schließen sitzt sie fest. Hinweis: Bitte legen Sie nichts auf, was schwerer als die angegebene Traglast ist.',
      seo_title: 'Deskly Konzepthalter, 35 cm breit, 7-fach verstellbar',
      meta_description:
        'Dokumentenhalter Deskly für A4 und gefaltete A3-Bögen: 35 cm breite Ablage, trägt 2 kg, Neigung in 7 Stufen, mit magnetischem Zeilenlineal zum Abschreiben.',
      h1: 'Deskly – Ihre Vorlage immer auf Augenhöhe',
      marketing_copy_a:
        'Weniger Nackenbeugen, weniger Tippfehler: Vorlage und Bildschirm stehen auf derselben Höhe. Bestellen Sie Deskly jetzt.',
      marketing_copy_b:
        'Kein Suchen mehr nach der richtigen Zeile, kein steifer Nacken am Abend. Nur Sie, Ihr Text und ein ruhiger Arbeitsfluss. Entdecken Sie Deskly.',
      marketing_copy_c:
        'Zum Semesterstart liegt jedem Deskly ein Ersatzlineal gratis bei – gleich in den Warenkorb legen.',
    },
    {
      field: 'translated_description',
      find: 'Auch nach 30.000 Mal',
      replace: 'Auch nach 50.000 Mal',
      labels: ['number_dropped', 'number_invented'],
    },
    'Wir haben jede Klemme getestet: Auch nach 30.000 Mal Öffnen und Schließen sitzt sie fest.',
  ),
  listing(
    'p04',
    'document_copy_holders',
    'es',
    HOLDER_ZH,
    HOLDER_SRC,
    {
      translated_description:
        'El atril portadocumentos Deskly está pensado para mecanógrafos, traductores y estudiantes: sostiene tus papeles en vertical junto a la pantalla para que no tengas que bajar la vista mientras escribes. La bandeja mide 35 cm de ancho, admite hojas A4 y folios A3 doblados, y soporta 2 kg, así que también aguanta libros gruesos. El ángulo se ajusta en 7 posiciones y la base lleva 4 tacos antideslizantes. La regla guía magnética se desplaza línea a línea para que no te saltes ninguna al copiar. Hemos probado cada cierre: tras 30.000 aperturas, sigue sin aflojarse. Nota: no coloques objetos que superen la carga máxima.',
      seo_title: 'Atril portadocumentos Deskly, 35 cm, 7 posiciones',
      meta_description:
        'Atril Deskly para hojas A4 y folios A3 doblados: bandeja de 35 cm, soporta 2 kg, 7 ángulos de inclinación y regla guía magnética para no perder la línea.',
      h1: 'Deskly, tus documentos a la altura de los ojos',
      marketing_copy_a:
        'Menos cuello doblado y menos erratas: el texto y la pantalla, a la misma altura. Compra tu Deskly hoy.',
      marketing_copy_b:
        'Sin buscar la línea perdida, sin rigidez en la nuca al final del día. Solo tú, tu texto y un ritmo tranquilo. Descubre Deskly.',
      marketing_copy_c:
        'Vuelta a clase: regla guía de repuesto de regalo con cada atril. Aprovecha la oferta ya.',
    },
    { field: 'meta_description', find: 'soporta 2 kg', replace: 'soporta 5 kg', labels: ['number_invented'] },
    'Hemos probado cada cierre: tras 30.000 aperturas, sigue sin aflojarse.',
  ),
  listing(
    'p05',
    'draught_excluders',
    'en',
    DRAFT_ZH,
    DRAFT_SRC,
    {
      translated_description:
        'The Hushline double-sided draft stopper is 90 cm (35.4 in) long and can be trimmed to the width of your door; it fits doors from 3.5 to 5 cm thick. Its high-density foam core grips the bottom of the door from both sides and moves with it as you open and close, so there is no bending down to put it back every time. It keeps out cold drafts, dust and insects and dampens noise from the hallway; in winter it raises the room temperature by about 2 °C on average. Tip: the cover comes off for washing – simply hand-wash it below 30 °C (86 °F). Wondering whether it works over a threshold? It does, as long as the gap under the door is no more than 2 cm (0.8 in).',
      seo_title: 'Hushline Draft Stopper for Doors, 90 cm, Cut to Fit',
      meta_description:
        'Double-sided Hushline draft stopper, 90 cm long and trimmable, for doors 3.5 to 5 cm thick. Keeps out cold air, dust and insects and muffles hallway noise.',
      h1: 'Hushline – Keep the Cold on the Other Side',
      marketing_copy_a:
        'It stays on the door, so it actually gets used – no more nudging a loose cushion back into place with your foot. Order your Hushline today.',
      marketing_copy_b:
        'Warm toes on the kitchen tiles and a quiet hallway at night. Small changes make a home feel like a refuge. Discover Hushline.',
      marketing_copy_c:
        'Winter offer: a free spare cover with every Hushline this month – shop now before the cold sets in.',
    },
    { field: 'seo_title', find: '90 cm', replace: '100 cm', labels: ['number_invented'] },
    'Tip: the cover comes off for washing – simply hand-wash it below 30 °C (86 °F).',
  ),
  listing(
    'p05',
    'draught_excluders',
    'de',
    DRAFT_ZH,
    DRAFT_SRC,
    {
      translated_description:
        'Der doppelseitige Zugluftstopper Hushline ist 90 cm lang und lässt sich auf Ihre Türbreite zuschneiden; er passt an Türen mit 3,5 bis 5 cm Stärke. Der Kern aus hochdichtem Schaumstoff umschließt die Türunterkante von beiden Seiten und bewegt sich beim Öffnen und Schließen mit – kein Bücken, kein Zurechtrücken. Er hält kalte Zugluft, Staub und Insekten draußen und dämpft Geräusche aus dem Flur; im Winter steigt die Raumtemperatur im Schnitt um etwa 2 °C. Tipp: Der Bezug ist abnehmbar und lässt sich bei höchstens 30 °C von Hand waschen. Sie fragen sich, ob er auch bei einer Türschwelle funktioniert? Ja, solange der Spalt unter der Tür höchstens 2 cm beträgt.',
      seo_title: 'Hushline Zugluftstopper für Türen, 90 cm, kürzbar',
      meta_description:
        'Doppelseitiger Zugluftstopper Hushline, 90 cm lang und zuschneidbar, für Türen von 3,5 bis 5 cm Stärke. Hält Kälte, Staub, Insekten und Flurlärm ab.',
      h1: 'Hushline – die Kälte bleibt draußen',
      marketing_copy_a:
        'Er bleibt an der Tür und rutscht nicht weg – Schluss mit der Rolle, die Sie ständig mit dem Fuß zurechtschieben. Jetzt bestellen.',
      marketing_copy_b:
        'Warme Füße auf den Küchenfliesen und Ruhe im Flur, wenn der Abend kommt. So fühlt sich Zuhause an. Entdecken Sie Hushline.',
      marketing_copy_c:
        'Winteraktion: Zu jedem Hushline gibt es diesen Monat einen Ersatzbezug gratis – sichern Sie sich Ihren, bevor die Kälte kommt.',
    },
    {
      field: 'translated_description',
      replace: 'Sie erhalten 24 Monate Garantie.',
      labels: ['number_invented'],
    },
    'Tipp: Der Bezug ist abnehmbar und lässt sich bei höchstens 30 °C von Hand waschen.',
  ),
  listing(
    'p06',
    'white_noise_machines',
    'ja',
    NOISE_ZH,
    NOISE_SRC,
    {
      translated_description:
        'Somniのホワイトノイズマシンは、雨音や波の音、扇風機の音、子守唄など30種類のサウンドを内蔵し、音量は32段階で細かく調整できます。タイマーは30分・60分・90分から選べるほか、夜通し流し続けることもできます。ナイトライトは明るさを3段階で切り替えられ、夜中の授乳でもまぶしくありません。充電はType-Cで、2500mAhのバッテリーを満充電すれば約20時間連続で再生できます。本体はわずか180gなので、出張にも気軽に持って行けます。ご注意：本体はベビーベッドの中に置かないでください。お客様の声：「今では私も朝までぐっすり眠れますし、赤ちゃんも夜中に泣いて目を覚まさなくなりました」（杭州市・陳さま）。',
      seo_title: 'Somni ホワイトノイズマシン 30種類のサウンド',
      meta_description:
        '雨音や波の音など30種類のサウンドを収録したホワイトノイズマシン。音量は32段階、タイマー付きで約20時間の連続再生が可能。授乳に便利なナイトライト付き。',
      h1: 'Somni やさしい音で、親子でぐっすり',
      marketing_copy_a:
        '音・光・タイマーがこれ一台に。軽くて充電式なので、寝室から出張先まで連れて行けます。今すぐ購入。',
      marketing_copy_b:
        '雨音に包まれて、赤ちゃんも大人もいつの間にか夢の中へ。静かな夜が、家族の毎日を変えてくれます。ぜひお試しください。',
      marketing_copy_c: '今なら専用の収納ポーチをプレゼント。数量限定ですので、ご注文はお早めに。',
    },
    { field: 'seo_title', find: '30種類', replace: '40種類', labels: ['number_invented'] },
    '本体はわずか180gなので、出張にも気軽に持って行けます。',
  ),
  listing(
    'p06',
    'white_noise_machines',
    'es',
    NOISE_ZH,
    NOISE_SRC,
    {
      translated_description:
        'La máquina de ruido blanco Somni trae 30 sonidos integrados, como lluvia, olas, ventilador y nanas, y el volumen se ajusta con precisión en 32 niveles. El temporizador ofrece 30, 60 o 90 minutos, y también puede sonar toda la noche. La luz nocturna tiene 3 intensidades, así que no deslumbra en las tomas de madrugada. Se carga por USB tipo C y su batería de 2500 mAh da para unas 20 horas de reproducción seguidas. Pesa solo 180 g, así que también te la puedes llevar de viaje. Importante: no coloques el aparato dentro de la cuna. Lo que dicen nuestros clientes: «Ahora duermo del tirón, y el bebé ya no se despierta llorando a medianoche». – Sra. Chen, Hangzhou',
      seo_title: 'Máquina de ruido blanco Somni con 30 sonidos',
      meta_description:
        'Máquina de ruido blanco Somni: 30 sonidos relajantes, volumen en 32 niveles, temporizador y luz nocturna, y unas 20 horas de reproducción con la batería llena.',
      h1: 'Somni, noches tranquilas para toda la familia',
      marketing_copy_a:
        'Sonido, luz y temporizador en un aparato ligero y recargable que cabe en la maleta. Hazte con tu Somni.',
      marketing_copy_b:
        'La lluvia de fondo, el bebé dormido y tú, por fin, descansando también. Hay noches que lo cambian todo. Descubre Somni.',
      marketing_copy_c: 'Solo este mes, funda de viaje de regalo con cada Somni. Pídelo ya.',
    },
    {
      field: 'translated_description',
      find: 'en 32 niveles',
      replace: 'en 36 niveles',
      labels: ['number_dropped', 'number_invented'],
    },
    'Pesa solo 180 g, así que también te la puedes llevar de viaje.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (novel) takes styles 0-2, listing 2 (translator) 3-5, listing 3 (draft stopper) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Here’s the English version of the product description, translated from the Chinese listing:\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nLet me know if you’d like a shorter version of this copy for the mobile banner.`,
  }),
  (c) => ({
    h1: `${c.h1} [I kept the English title exactly as published, since the book is sold under it – flag it if you want a subtitle instead.]`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      4,
      'I’ve rewritten the sentence about the software version so it reads less like release notes.',
    ),
  }),
  (c) => ({ marketing_copy_a: `<p><strong>${c.marketing_copy_a}</strong></p>` }),
  (c) => ({ marketing_copy_c: `Copy C (promotion): ${c.marketing_copy_c}` }),
  (c) => ({ translated_description: `\`\`\`text\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_a: afterSentence(
      c.marketing_copy_a,
      1,
      'Note: I used the American spelling “draft” throughout – switch to “draught” for the UK store.',
    ),
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n(Template filled in from the Chinese spec sheet – please double-check the door thickness range before publishing.)`,
  }),
];

// de: listing 1 (sewing pattern) takes styles 0-2, listing 2 (copy holder) 3-5, listing 3 (draught excluder) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Gern, hier ist die deutsche Fassung der Produktbeschreibung:\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nSag Bescheid, wenn du noch eine kürzere Version für die App brauchst.`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      'Ich habe „Kurvenschablonen“ statt „Kurvenlineale“ gewählt, weil Hobbynäherinnen eher danach suchen.',
    ),
  }),
  (c) => ({
    translated_description: `<div class="product-description">\n${c.translated_description}\n</div>`,
  }),
  (c) => ({ marketing_copy_b: `Marketingtext B (Emotion): ${c.marketing_copy_b}` }),
  (c) => ({
    h1: `${c.h1} (Hinweis an die Redaktion: „Konzepthalter“ ist der Fachbegriff, ggf. durch „Dokumentenhalter“ ersetzen)`,
  }),
  (c) => ({ marketing_copy_a: `\`\`\`\n${c.marketing_copy_a}\n\`\`\`` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'Note: I translated “draft stopper” as “Zugluftstopper”, since that is the term German shoppers search for.',
    ),
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nSoll ich noch einen Entwurf im Du-Ton nachliefern?`,
  }),
];

// ja: listing 1 (translator) takes styles 0-2, listing 2 (white noise machine) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `以下が日本語版の商品説明です。原文のニュアンスを残しつつ、自然な表現に翻訳しました。\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nもっと短いバージョンが必要でしたら、お気軽にお申し付けください。`,
  }),
  (c) => ({ h1: `見出し：${c.h1}` }),
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      5,
      '※お客様の声の地名は原文どおり「杭州市」としています。掲載してよいかご確認ください。',
    ),
  }),
  (c) => ({ marketing_copy_a: `<p>${c.marketing_copy_a}</p>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n（※締めの一文を「ご注文はお早めに」に修正しました。）`,
  }),
];

// es: listing 1 (copy holder) takes styles 0-2, listing 2 (white noise machine) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `¡Claro! Aquí tienes la versión en español de la descripción del producto:\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      '(Nota para el equipo: he tuteado al cliente, como en el resto de la tienda.)',
    ),
  }),
  (c) => ({ marketing_copy_c: `\`\`\`\n${c.marketing_copy_c}\n\`\`\`` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nSi quieres, puedo preparar una versión más corta para la ficha móvil.`,
  }),
  (c) => ({ seo_title: `Título SEO: ${c.seo_title}` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} (He acortado la frase de la maleta para que quepa en el banner del móvil.)`,
  }),
];

// fr: listing 1 (novel) takes styles 0-2, listing 2 (sewing pattern) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Voici la traduction française de la fiche produit :\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a} N’hésitez pas à me dire si vous souhaitez une version plus courte.`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      'J’ai rendu « template » par « gabarit », le mot que les couturières emploient vraiment.',
    ),
  }),
  (c) => ({ marketing_copy_b: `Accroche émotionnelle : ${c.marketing_copy_b}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c} [Remarque pour la relecture : vérifier que l’offre est toujours valable.]`,
  }),
];

export const ROUND_55_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap translators freeze the moment you leave the hotel Wi-Fi.',
      'A counterfeit edition often has smudged print and missing pages.',
      'Knockoff draft stoppers slide off the door within weeks.',
      'Replica copy holders wobble under a thick binder.',
    ],
    slogans: ['Understood, wherever you go.', 'Warm rooms, quiet halls.'],
    chineseLeftovers: [],
    duplicateLead: 'To sum up: ',
    titleStuffing: ' | Gift Idea, Bestseller, New Arrival, Free Delivery, Top Pick',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Zugluftstopper verrutschen schon nach wenigen Tagen.',
      'Imitate sind oft aus dünnem Plastik gemacht.',
      'Nachahmungen vom Wühltisch kippen unter dicken Büchern um.',
      'Eine Fälschung des Schnittmusters passt selten so gut.',
    ],
    slogans: ['Ordnung auf Augenhöhe.', 'Selbst genäht, perfekt sitzend.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz und knapp: ',
    titleStuffing: ' – Geschenkidee, Bestseller, Neuheit, Gratisversand, Top-Angebot',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の翻訳機はすぐに電池が切れてしまいます。',
      'コピー品のホワイトノイズマシンは音が割れがちです。',
      '偽物の翻訳機は訳文がでたらめです。',
      '模倣品は赤ちゃんのそばで使うには不安が残ります。',
    ],
    slogans: ['静かな夜に、やさしい音を。', '言葉がつながれば、旅が変わる。'],
    chineseLeftovers: [
      '这款翻译机很小巧，出国旅游时非常实用。',
      '这个白噪音机的声音很柔和，宝宝睡得很安稳。',
    ],
    duplicateLead: 'まとめると、',
    titleStuffing: '｜人気 おすすめ 新生活 ギフト 送料無料 即納',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Los atriles baratos se vuelcan con cualquier libro grueso.',
      'Una imitación de ruido blanco suena metálica y cansa.',
      'Las falsificaciones no aguantan la carga prometida.',
      'Un cargador falso puede dañar la batería.',
    ],
    slogans: ['Noches en calma.', 'Tus papeles, siempre a la vista.'],
    chineseLeftovers: [],
    duplicateLead: 'En pocas palabras: ',
    titleStuffing: ' | Idea regalo, novedad, superventas, envío gratis, top ventas',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un patron pas cher tombe rarement juste.',
      'Les contrefaçons de romans ont souvent des pages manquantes.',
      'Méfiez-vous des fausses éditions vendues en ligne.',
      'Aucune réplique n’offre des gabarits aussi précis.',
    ],
    slogans: ['Une histoire qui se mérite.', 'Le fil de votre été.'],
    chineseLeftovers: [],
    duplicateLead: 'En bref : ',
    titleStuffing: ' | Idée cadeau, nouveauté, meilleure vente, livraison offerte',
  },
};
