// Blind set, round 58 (written without reading the gate, committed before it is scored): six beauty, grocery, baby,
// smart-home, travel and craft products in the categories facial_steamers, dried_mushrooms, baby_bottle_warmers,
// smart_curtain_motors, carry_on_suitcases and crochet_kits, 12 hand-written listings from a Chinese shop's standard
// product copy (mostly digits with units, some counts in Chinese words, ranges, percentages, warranties), translated
// the way native copywriters write numbers (number words for small counts, decimal commas in de/es/fr, full-width
// digits and 〜 in ja, metric with imperial in brackets in en), three artifact styles per listing and wording of its
// own (this round: the kinds the README names, each in the target language's own wording and with varied punctuation
// and placement: a lead-in before the description ("Sure! Here’s…", "Gerne! Hier…", "はい、…翻訳しました：",
// "¡Claro! Aquí tienes…", "Voici la traduction…"), an AI disclaimer inside a field or after it ("As an AI…",
// "Als KI-Sprachmodell…", "AI言語モデルによる翻訳のため…", "Como modelo de lenguaje de IA…", "En tant que modèle de
// langage…"), a sign-off ("Hope this works…", "Ich hoffe, das passt so…", "他にも…お申し付けください", "¿Quieres que
// prepare…?", "N’hésitez pas…", "(Ende der Übersetzung)"), code fences, HTML tags (<h1>, <p>, <em>, <strong>, <br>),
// markdown labels and headings, and field-label prefixes ("SEO title –", "Titel:", "【SEOタイトル】", "Encabezado
// (H1):", "Titre SEO :"); no digits in artifacts that land in the description, title or meta); legitimate numbers:
// Vapura 0.5微米 (0.5 microns, ０．５ミクロン), 3秒 (3 seconds, ３秒), 70毫升 (70 ml (2.4 fl oz), ７０ml), about
// 12 minutes (約１２分), about 40℃ (40 °C (104 °F), ４０℃前後), 三档 (three mist levels, ３段階), 15 minutes (１５分),
// 4件套 (4-piece, ４点セット), 22 cm (8.7 in, ２２cm), about 480 g (1.1 lb, 約４８０g), 一年质保 (one-year warranty,
// １年間), 七天 (7-day returns, ７日以内), idiom 加满一次 (a single fill, 満水にすれば);
// Shanlin 800 m (800 Metern, 800 mètres), 8个月 (acht Monate, huit mois), 4 to 6 cm (4 bis 6 cm, de 4 à 6 cm), 13%
// (13 %), 500 g, 两周 (zwei Wochen, deux semaines), 30 minutes (30 Minuten, Trente minutes), 18 months (18 Monate,
// 18 mois); Nuvi 两个 (two bottles, dos biberones), 百分之95 (95%, 95 %), 35 to 70 °C, steps of 1 °C (1 °C), 45 °C
// (twice), 180 ml, about 6 minutes, 两种 (two modes, dos modos), PP, BPA, 300 W, 24 hours (24 horas), 3C
// certification (3C), 两年 (two-year warranty, dos años); Lumo Wi-Fi and Bluetooth (双模: dual, not a number), below
// 35 dB, 50 kg (110 lb), 6 m (19.7 ft), 2600 mAh (2,600 mAh, 2600 mAh), about 6 months (six months, sechs Monate),
// Type-C (USB-C), 十分钟 (ten minutes, zehn Minuten: ten minutes, not the idiom 十分), 两年 (two-year, zwei Jahre);
// Voyaro 20 inch (20 Zoll, 20インチ), 55×40×23 cm, 100% (100 %), 3.2 kg (3,2 kg), about 38 L (38 Liter, 約38L), 8
// wheels (acht Rollen, 8輪), 360°, 四段 (vierstufig, 4段階), 95 to 105 cm (95〜105cm), TSA (no number), 15.6 inch
// (15,6 Zoll, 15.6インチ), 五年 (fünf Jahre, 5年間); Hookla 三只 (three, tres, trois) dolls, 6 balls (6 ovillos,
// 6 pelotes), 50 g, about 2.5 mm (2,5 mm), 3.0 and 3.5 mm (3,0 y 3,5 mm), 两支 (dos, deux) hooks, 10 markers, 12
// lessons (12 lecciones, 12 leçons), about 15 cm, 4 to 5 hours (entre 4 y 5 horas, 4 à 5 heures), 14 years (14 años,
// 14 ans), idiom 一套 (a kit, un kit).
import type { Language } from '@content-pipeline/languages';
import { afterSentence, type Artifact, listing, type BlindListing, type DefectWording } from './blind-set';

const STEAMER_ZH = 'Vapura 纳米热喷蒸脸器 三档雾量 70毫升';
const STEAMER_SRC =
  'Vapura 纳米热喷蒸脸器采用超声波雾化技术，雾粒细至0.5微米，开机3秒即可出雾。水箱容量70毫升，加满一次可连续喷雾约12分钟。出雾温度恒定在40℃左右，温和不烫脸，能帮助打开毛孔、软化角质。雾量分三档调节，工作15分钟后自动断电，用着更放心。附赠4件套不锈钢粉刺针。机身高22厘米，重约480克，放在梳妆台上不占地方。整机享受一年质保，七天无理由退换。';
const MUSHROOM_ZH = 'Shanlin 湖北随州椴木花菇 干香菇 500克';
const MUSHROOM_SRC =
  'Shanlin 花菇产自湖北随州海拔800米以上的山区，采用椴木栽培，生长周期长达8个月。精选菌盖直径4至6厘米的厚肉花菇，人工逐个挑选，不含硫磺，无任何添加剂。低温烘干，含水量不超过13%，香味浓郁。每袋净含量500克，密封包装，开袋后建议两周内吃完。温水浸泡30分钟即可泡发，炖汤、炒菜、包饺子都合适。请放在阴凉干燥处常温保存，保质期18个月。';
const WARMER_ZH = 'Nuvi 双瓶恒温温奶器 35-70℃可调';
const WARMER_SRC =
  'Nuvi 双瓶温奶器可同时加热两个奶瓶，适配市面上百分之95的宽口和标准口奶瓶。温度可在35至70℃之间调节，每档1℃，默认恒温45℃，半夜冲奶不用等。180毫升的奶从室温加热到45℃约需6分钟。另有快速解冻和加热辅食两种模式。内胆采用食品级PP材质，不含BPA。功率300瓦，可24小时恒温。产品通过3C认证，整机保修两年。';
const CURTAIN_ZH = 'Lumo 智能电动窗帘电机 静音款 免打孔';
const CURTAIN_SRC =
  'Lumo 智能窗帘电机支持Wi-Fi和蓝牙双模连接，可接入米家、涂鸦等主流平台，用手机App或语音就能开关窗帘。运行噪音低于35分贝，夜间开合也不吵人。最大可带动50公斤重的窗帘，轨道最长支持6米。内置2600毫安锂电池，充满电可用约6个月，Type-C接口充电。支持定时开合和日出模式，早上让阳光叫你起床。免打孔安装，十分钟就能装好。整机保修两年。';
const SUITCASE_ZH = 'Voyaro 20英寸铝框登机箱 PC材质';
const SUITCASE_SRC =
  'Voyaro 登机箱尺寸为20英寸，箱体55×40×23厘米，符合大多数航空公司的登机要求。箱体采用100%德国拜耳PC材质，搭配铝合金框架，抗压耐摔。净重仅3.2公斤，容量约38升。配备8个360°静音万向轮，四段式拉杆可在95至105厘米之间调节。内置TSA海关密码锁，出国过海关不用撬锁。前置口袋可放15.6英寸笔记本电脑，登机安检取放方便。整箱享受五年质保。';
const CROCHET_ZH = 'Hookla 新手钩针材料包 小动物玩偶 三只装';
const CROCHET_SRC =
  'Hookla 钩针材料包专为新手设计，一套可钩出三只小动物玩偶：小熊、兔子和小鸭。内含6团牛奶棉线，每团50克，线径约2.5毫米，另配3.0毫米和3.5毫米两支铝制钩针、10个记号扣、安全眼睛、填充棉和缝合针。附赠图文教程和扫码观看的视频课，共12节。每只玩偶完成后高约15厘米，新手大约需要4到5小时。适合14岁以上使用。';

export const ROUND_58_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'facial_steamers',
    'en',
    STEAMER_ZH,
    STEAMER_SRC,
    {
      translated_description:
        'The Vapura nano facial steamer uses ultrasonic atomisation to create a mist with droplets as fine as 0.5 microns, and it starts misting just 3 seconds after you switch it on. The 70 ml (2.4 fl oz) water tank gives around 12 minutes of continuous mist from a single fill. The mist holds steady at about 40 °C (104 °F), warm but never scalding, to help open pores and soften dead skin. You can choose between three mist levels, and the steamer switches itself off after 15 minutes of use for extra peace of mind. A 4-piece stainless steel blackhead extractor set is included. Standing 22 cm (8.7 in) tall and weighing about 480 g (1.1 lb), it takes up very little room on your dressing table. It comes with a one-year warranty and 7-day no-questions-asked returns.',
      seo_title: 'Vapura Nano Facial Steamer with 70 ml Tank',
      meta_description:
        'Ultrasonic facial steamer with 0.5-micron nano mist, a 70 ml tank for about 12 minutes of steam, a gentle 40 °C and auto shut-off after 15 minutes.',
      h1: 'Vapura – Your Spa Moment at Home',
      marketing_copy_a:
        'Spa-style facial steaming without the appointment: three mist levels, a stainless extractor set and a one-year warranty, all in one compact box. Order your Vapura today.',
      marketing_copy_b:
        'Warm mist on your skin and a quiet moment before the day begins – a few minutes that belong to nobody but you. Treat yourself to Vapura.',
      marketing_copy_c:
        'This week only: a free travel pouch with every Vapura steamer. Add it to your cart while stocks last.',
    },
    {
      field: 'meta_description',
      find: 'for about 12 minutes',
      replace: 'for about 20 minutes',
      labels: ['number_invented'],
    },
    'A 4-piece stainless steel blackhead extractor set is included.',
  ),
  listing(
    'p01',
    'facial_steamers',
    'ja',
    STEAMER_ZH,
    STEAMER_SRC,
    {
      translated_description:
        'Vapuraのナノスチーマーは超音波霧化方式を採用。ミストの粒子は０．５ミクロンと極めて細かく、電源を入れてわずか３秒でミストが出始めます。タンク容量は７０mlで、満水にすれば約１２分間連続でスチームを当てられます。ミストの温度は４０℃前後に保たれ、熱すぎず肌にやさしいのが特長。毛穴を開き、古い角質をやわらかくします。ミスト量は３段階で調整でき、使用開始から１５分で自動的に電源が切れるので安心です。ステンレス製のコメドプッシャー４点セットが付属。本体は高さ２２cm、重さ約４８０gで、ドレッサーに置いても場所を取りません。本体には１年間の保証が付き、７日以内なら理由を問わず返品・交換に応じます。',
      seo_title: 'Vapura ナノスチーマー 美顔器 ３段階ミスト',
      meta_description:
        '０．５ミクロンの超微細ミストで毛穴をケアする美顔スチーマー。７０mlタンクで約１２分、４０℃前後のやさしい温度。１５分で自動オフ。',
      h1: 'Vapura おうちで叶えるサロン級スチームケア',
      marketing_copy_a:
        '３段階のミスト調整、コメドプッシャー付き、うれしい１年保証。サロンに通わなくても、洗顔後の毎日のケアが変わります。今すぐ購入。',
      marketing_copy_b:
        'あたたかなミストに包まれて、一日の終わりに深呼吸。自分だけのための贅沢な時間を、ぜひお試しください。',
      marketing_copy_c: '今なら専用トラベルポーチをプレゼント中。数量限定のため、ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: 'タンク容量は７０ml',
      replace: 'タンク容量は１００ml',
      labels: ['number_dropped', 'number_invented'],
    },
    'ステンレス製のコメドプッシャー４点セットが付属。',
  ),
  listing(
    'p02',
    'dried_mushrooms',
    'de',
    MUSHROOM_ZH,
    MUSHROOM_SRC,
    {
      translated_description:
        'Die getrockneten Shiitake von Shanlin stammen aus den Bergen um Suizhou in der Provinz Hubei, wo sie in über 800 Metern Höhe wachsen. Gezogen werden sie auf Lindenholzstämmen, und bis zur Ernte vergehen ganze acht Monate. Ausgewählt werden nur dickfleischige Blumen-Shiitake mit einem Hutdurchmesser von 4 bis 6 cm – jeder Pilz von Hand sortiert, ohne Schwefel und ganz ohne Zusatzstoffe. Die schonende Trocknung bei niedriger Temperatur senkt den Wassergehalt auf höchstens 13 % und bewahrt das kräftige Aroma. Jeder Beutel enthält 500 g und ist luftdicht verpackt; nach dem Öffnen sollten Sie die Pilze innerhalb von zwei Wochen verbrauchen. Zum Einweichen genügen 30 Minuten in warmem Wasser, danach passen sie in Suppen, Pfannengerichte und Teigtaschenfüllungen. Kühl, trocken und bei Raumtemperatur lagern; mindestens haltbar 18 Monate.',
      seo_title: 'Shanlin getrocknete Shiitake, 500 g, auf Lindenholz gezogen',
      meta_description:
        'Dickfleischige Shiitake aus über 800 m Höhe in Hubei, auf Lindenholz gezogen, ohne Schwefel und Zusätze, schonend getrocknet und luftdicht verpackt.',
      h1: 'Shanlin Shiitake – Bergaroma aus Hubei',
      marketing_copy_a:
        'Wenige Pilze genügen, um Brühe, Wok-Gemüse und Füllungen kräftig zu würzen – ganz ohne Zusatzstoffe, nur mit Aroma aus den Bergen. Jetzt bestellen und den Vorratsschrank aufwerten.',
      marketing_copy_b:
        'Der Duft, wenn die Pilze im warmen Wasser aufgehen, erinnert an Omas Küche und lange Sonntagnachmittage. Holen Sie sich dieses Gefühl zurück an den Tisch. Entdecken Sie Shanlin.',
      marketing_copy_c:
        'Zur Suppensaison liefern wir ab zwei Beuteln versandkostenfrei – sichern Sie sich Ihren Vorrat gleich jetzt.',
    },
    {
      field: 'translated_description',
      replace: 'Getrocknet wird bei höchstens 45 °C.',
      labels: ['number_invented'],
    },
    'Zum Einweichen genügen 30 Minuten in warmem Wasser, danach passen sie in Suppen, Pfannengerichte und Teigtaschenfüllungen.',
  ),
  listing(
    'p02',
    'dried_mushrooms',
    'fr',
    MUSHROOM_ZH,
    MUSHROOM_SRC,
    {
      translated_description:
        'Les shiitakés séchés Shanlin viennent des montagnes de Suizhou, dans le Hubei, où ils poussent à plus de 800 mètres d’altitude. Cultivés sur bûches de tilleul, ils mettent huit mois à se développer. Nous ne retenons que des champignons charnus dont le chapeau mesure de 4 à 6 cm, triés à la main pièce par pièce, sans soufre ni aucun additif. Séchés à basse température, ils contiennent au plus 13\u202f% d’humidité et gardent tout leur arôme. Chaque sachet de 500 g est fermé hermétiquement ; une fois ouvert, consommez-le de préférence dans les deux semaines. Trente minutes dans l’eau tiède suffisent pour les réhydrater, avant de les ajouter aux bouillons, aux sautés ou à la farce des raviolis. À conserver à température ambiante, dans un endroit frais et sec ; durée de conservation : 18 mois.',
      seo_title: 'Shiitakés séchés Shanlin, 500 g, cultivés sur bois',
      meta_description:
        'Shiitakés charnus du Hubei, cultivés sur bûches de tilleul à plus de 800 m d’altitude, triés à la main, sans soufre ni additif. Sachet hermétique de 500 g.',
      h1: 'Shanlin, le shiitaké des montagnes du Hubei',
      marketing_copy_a:
        'Quelques champignons suffisent à parfumer tout un bouillon : un sachet Shanlin se garde longtemps au placard et relève vos plats de tous les jours. Commandez le vôtre dès aujourd’hui.',
      marketing_copy_b:
        'L’odeur des champignons qui gonflent dans l’eau tiède, c’est celle des dimanches en famille et des soupes qui mijotent. Retrouvez ce parfum à votre table. Découvrez Shanlin.',
      marketing_copy_c:
        'Offre de saison : livraison offerte dès deux sachets achetés. Profitez-en avant les grands froids !',
    },
    { field: 'seo_title', find: '500 g', replace: '1 kg', labels: ['number_invented'] },
    'Séchés à basse température, ils contiennent au plus 13\u202f% d’humidité et gardent tout leur arôme.',
  ),
  listing(
    'p03',
    'baby_bottle_warmers',
    'en',
    WARMER_ZH,
    WARMER_SRC,
    {
      translated_description:
        'The Nuvi double bottle warmer heats two bottles at once and fits 95% of the wide-neck and standard-neck bottles on the market. You can set the temperature anywhere from 35 to 70 °C in 1 °C steps, and by default it holds milk at 45 °C, so there’s no waiting around for night feeds. Warming 180 ml of milk from room temperature to 45 °C takes about 6 minutes. Two extra modes let you defrost milk quickly or warm up baby food. The inner chamber is made of food-grade PP and is BPA-free. Rated at 300 W, it can keep milk at temperature for 24 hours. The warmer is 3C certified and comes with a two-year warranty.',
      seo_title: 'Nuvi Double Bottle Warmer, 35–70 °C, Fits 95% of Bottles',
      meta_description:
        'Warms two bottles at once and fits most wide- and standard-neck bottles: 35–70 °C in 1 °C steps, 45 °C by default, quick defrost and a baby food mode.',
      h1: 'Nuvi – Warm Milk Whenever Baby Wakes',
      marketing_copy_a:
        'Two bottles at once, a spot-on 45 °C and a two-year warranty: everything a tired parent needs and nothing they don’t. Buy the Nuvi now.',
      marketing_copy_b:
        'It’s the middle of the night, the house is dark and someone small is hungry. The bottle is already warm, just the way they like it. Discover Nuvi.',
      marketing_copy_c:
        'New-parent bundle: a free bottle brush with every Nuvi this month. Order today while stocks last.',
    },
    {
      field: 'translated_description',
      find: 'takes about 6 minutes',
      replace: 'takes about 4 minutes',
      labels: ['number_dropped', 'number_invented'],
    },
    'Rated at 300 W, it can keep milk at temperature for 24 hours.',
  ),
  listing(
    'p03',
    'baby_bottle_warmers',
    'es',
    WARMER_ZH,
    WARMER_SRC,
    {
      translated_description:
        'El calientabiberones doble Nuvi calienta dos biberones a la vez y es compatible con el 95 % de los biberones de boca ancha y estándar del mercado. La temperatura se regula entre 35 y 70 °C en pasos de 1 °C y, por defecto, se mantiene a 45 °C, así que las tomas nocturnas se preparan sin esperas. Calentar 180 ml de leche desde temperatura ambiente hasta 45 °C lleva unos 6 minutos. Además, tiene dos modos extra: descongelación rápida y calentado de papillas. El recipiente interior es de PP apto para uso alimentario y no contiene BPA. Con 300 W de potencia, mantiene la temperatura durante 24 horas. Cuenta con la certificación 3C y dos años de garantía.',
      seo_title: 'Calientabiberones doble Nuvi, de 35 a 70 °C, sin BPA',
      meta_description:
        'Calienta dos biberones a la vez, es compatible con el 95 % de los biberones y regula de 35 a 70 °C. Con modos para descongelar leche y templar papillas.',
      h1: 'Nuvi, leche templada a cualquier hora',
      marketing_copy_a:
        'Dos biberones a la vez, 45 °C exactos y dos años de garantía: todo lo que necesitas de madrugada y nada que sobre. Compra tu Nuvi hoy.',
      marketing_copy_b:
        'Es de noche, la casa duerme y alguien muy pequeño tiene hambre. El biberón ya está listo, justo como le gusta. Descubre Nuvi.',
      marketing_copy_c:
        'Pack bienvenida: un cepillo para biberones de regalo con cada Nuvi este mes. Pídelo ya, hasta agotar existencias.',
    },
    {
      field: 'translated_description',
      find: 'hasta 45 °C lleva',
      replace: 'hasta 50 °C lleva',
      labels: ['number_invented'],
    },
    'Calentar 180 ml de leche desde temperatura ambiente hasta 45 °C lleva unos 6 minutos.',
  ),
  listing(
    'p04',
    'smart_curtain_motors',
    'en',
    CURTAIN_ZH,
    CURTAIN_SRC,
    {
      translated_description:
        'The Lumo smart curtain motor connects over both Wi-Fi and Bluetooth and works with popular platforms such as Mi Home and Tuya, so you can open and close your curtains from the app or by voice. It runs at under 35 dB, quiet enough not to wake anyone at night. It can pull curtains weighing up to 50 kg (110 lb) on tracks as long as 6 m (19.7 ft). The built-in 2,600 mAh lithium battery lasts about six months on a full charge and recharges through a USB-C port. Timers and a sunrise mode let the morning light wake you up instead of an alarm. No drilling is needed, and it takes about ten minutes to install. The motor comes with a two-year warranty.',
      seo_title: 'Lumo Smart Curtain Motor, Wi-Fi & Bluetooth, 50 kg Load',
      meta_description:
        'Quiet smart curtain motor for Mi Home and Tuya: app and voice control, curtains up to 50 kg, tracks up to 6 m and a battery that lasts about six months.',
      h1: 'Lumo – Curtains That Open with the Sun',
      marketing_copy_a:
        'No electrician, no drilling, no wiring: fit it in minutes, charge it a couple of times a year and control it with your voice. Get your Lumo today.',
      marketing_copy_b:
        'Wake up to daylight instead of an alarm as the curtains glide open on their own. Mornings feel softer already. Discover Lumo.',
      marketing_copy_c:
        'Smart-home week: every Lumo motor is on offer until Sunday. Shop now before the deal ends.',
    },
    {
      field: 'translated_description',
      replace: 'Up to 12 schedules can be saved in the app.',
      labels: ['number_invented'],
    },
    'It runs at under 35 dB, quiet enough not to wake anyone at night.',
  ),
  listing(
    'p04',
    'smart_curtain_motors',
    'de',
    CURTAIN_ZH,
    CURTAIN_SRC,
    {
      translated_description:
        'Der smarte Vorhangmotor Lumo verbindet sich per WLAN und Bluetooth und lässt sich in gängige Plattformen wie Mi Home und Tuya einbinden – Ihre Vorhänge öffnen und schließen Sie dann per App oder Sprachbefehl. Mit unter 35 dB läuft er so leise, dass nachts niemand aufwacht. Er bewegt Vorhänge bis 50 kg und Schienen bis 6 m Länge. Der eingebaute Lithium-Akku mit 2600 mAh hält mit einer Ladung rund sechs Monate und wird über USB-C geladen. Zeitpläne und ein Sonnenaufgangsmodus sorgen dafür, dass Sie morgens vom Tageslicht geweckt werden. Die Montage kommt ohne Bohren aus und ist in zehn Minuten erledigt. Zwei Jahre Garantie sind inklusive.',
      seo_title: 'Lumo smarter Vorhangmotor, WLAN & Bluetooth, 50 kg',
      meta_description:
        'Leiser Vorhangmotor für Mi Home und Tuya: Steuerung per App und Sprache, Vorhänge bis 50 kg, Schienen bis 6 m und ein Akku, der rund sechs Monate hält.',
      h1: 'Lumo – Vorhänge, die mit der Sonne aufgehen',
      marketing_copy_a:
        'Kein Elektriker, keine Löcher, keine Kabel: Motor einhängen, koppeln, fertig – und den Akku laden Sie nur ein paar Mal im Jahr. Jetzt bestellen.',
      marketing_copy_b:
        'Statt Weckerklingeln fällt morgens sanftes Licht ins Zimmer, ganz von allein. So beginnt ein guter Tag. Entdecken Sie Lumo.',
      marketing_copy_c:
        'Smart-Home-Woche: Nur bis Sonntag gibt es jeden Lumo zum Aktionspreis – sichern Sie sich Ihren Motor jetzt.',
    },
    {
      field: 'translated_description',
      find: 'Lithium-Akku mit 2600 mAh',
      replace: 'Lithium-Akku mit 3000 mAh',
      labels: ['number_dropped', 'number_invented'],
    },
    'Die Montage kommt ohne Bohren aus und ist in zehn Minuten erledigt.',
  ),
  listing(
    'p05',
    'carry_on_suitcases',
    'de',
    SUITCASE_ZH,
    SUITCASE_SRC,
    {
      translated_description:
        'Der Voyaro Kabinentrolley in 20 Zoll misst 55 × 40 × 23 cm und erfüllt damit die Handgepäckvorgaben der meisten Fluggesellschaften. Die Schale besteht zu 100 % aus Polycarbonat von Bayer aus Deutschland, der Aluminiumrahmen macht ihn druck- und stoßfest. Er wiegt nur 3,2 kg und fasst rund 38 Liter. Acht leise 360°-Rollen sorgen für leichtes Manövrieren, der vierstufige Teleskopgriff lässt sich zwischen 95 und 105 cm einstellen. Das eingebaute TSA-Zahlenschloss kann vom Zoll geöffnet werden, ohne dass es aufgebrochen wird. In die Fronttasche passt ein Laptop mit 15,6 Zoll, praktisch bei der Sicherheitskontrolle am Flughafen. Auf den Koffer gibt es fünf Jahre Garantie.',
      seo_title: 'Voyaro Kabinentrolley 20 Zoll, 55 × 40 × 23 cm, Alurahmen',
      meta_description:
        'Handgepäckkoffer aus 100 % Bayer-Polycarbonat mit Aluminiumrahmen, acht 360°-Rollen, TSA-Schloss, Laptopfach für 15,6 Zoll und fünf Jahren Garantie.',
      h1: 'Voyaro – leicht an Bord, stabil am Ziel',
      marketing_copy_a:
        'Alurahmen, TSA-Schloss, Laptopfach und fünf Jahre Garantie: ein Koffer für jede Dienstreise und jeden Kurztrip. Jetzt bestellen.',
      marketing_copy_b:
        'Aussteigen, Griff ausziehen und einfach losrollen, während die anderen noch am Gepäckband warten. So fühlt sich Reisen leicht an. Entdecken Sie Voyaro.',
      marketing_copy_c:
        'Frühbucher-Aktion: Zu jedem Voyaro gibt es ein Set Packwürfel gratis – sichern Sie sich Ihren Koffer vor den Sommerferien.',
    },
    { field: 'seo_title', find: '55 × 40 × 23 cm', replace: '55 × 40 × 25 cm', labels: ['number_invented'] },
    'Er wiegt nur 3,2 kg und fasst rund 38 Liter.',
  ),
  listing(
    'p05',
    'carry_on_suitcases',
    'ja',
    SUITCASE_ZH,
    SUITCASE_SRC,
    {
      translated_description:
        'Voyaroの機内持ち込みスーツケースは20インチサイズ。本体サイズは55×40×23cmで、ほとんどの航空会社の機内持ち込み規定に対応しています。ボディにはドイツ・バイエル社のPC素材を100%使用し、アルミフレームと組み合わせることで、圧力や衝撃に強く仕上げました。重さはわずか3.2kg、容量は約38Lです。360°回転する静音キャスターを8輪搭載し、4段階の伸縮ハンドルは95〜105cmの間で調節できます。TSAロック内蔵なので、海外の空港で検査を受けても鍵を壊される心配がありません。前面ポケットには15.6インチのノートPCが入り、保安検査での出し入れもスムーズ。5年間の品質保証付きです。',
      seo_title: 'Voyaro 機内持ち込みスーツケース 20インチ アルミフレーム',
      meta_description:
        'バイエル社PC素材100%とアルミフレームで丈夫な20インチの機内持ち込みスーツケース。静音8輪キャスター、TSAロック、15.6インチPC対応ポケット付き。',
      h1: 'Voyaro 軽やかに乗り込む、頼れる旅の相棒',
      marketing_copy_a:
        '丈夫なアルミフレーム、TSAロック、PCポケット、そして5年保証。出張にも週末旅行にも、これさえあれば十分です。今すぐ購入。',
      marketing_copy_b:
        '到着ロビーで、スッとハンドルを伸ばして歩き出す。身軽な旅は、いつもより少し自由です。ぜひチェックしてください。',
      marketing_copy_c: '夏休み前の特別企画として、今ならパッキングキューブをプレゼント。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '95〜105cm',
      replace: '95〜110cm',
      labels: ['number_dropped', 'number_invented'],
    },
    '重さはわずか3.2kg、容量は約38Lです。',
  ),
  listing(
    'p06',
    'crochet_kits',
    'es',
    CROCHET_ZH,
    CROCHET_SRC,
    {
      translated_description:
        'El kit de ganchillo Hookla está pensado para principiantes: con él podrás tejer tres muñecos de animalitos, un osito, un conejo y un patito. Incluye 6 ovillos de algodón de leche de 50 g cada uno, con un grosor de hilo de unos 2,5 mm, además de dos agujas de aluminio de 3,0 y 3,5 mm, 10 marcadores de puntos, ojos de seguridad, relleno y una aguja de coser. También trae un tutorial ilustrado y un curso en vídeo de 12 lecciones al que accedes escaneando un código QR. Cada muñeco mide unos 15 cm una vez terminado, y a quien empieza le lleva entre 4 y 5 horas. Recomendado a partir de 14 años.',
      seo_title: 'Kit de ganchillo Hookla para principiantes, 3 amigurumis',
      meta_description:
        'Kit de ganchillo para principiantes con 6 ovillos de algodón, dos agujas, ojos de seguridad y un curso en vídeo de 12 lecciones para tejer tres animalitos.',
      h1: 'Hookla, tus primeros amigurumis',
      marketing_copy_a:
        'Todo lo que necesitas en una caja: hilo, agujas, relleno y un curso paso a paso, sin ir de mercería en mercería. Consigue tu kit Hookla.',
      marketing_copy_b:
        'Hay algo mágico en ver cómo un ovillo se convierte, punto a punto, en un osito con carita propia. Regálate esa calma. Descubre Hookla.',
      marketing_copy_c:
        'Solo esta semana, envío gratis en todos los kits Hookla. Pide el tuyo y empieza a tejer este fin de semana.',
    },
    { field: 'meta_description', find: '12 lecciones', replace: '20 lecciones', labels: ['number_invented'] },
    'Recomendado a partir de 14 años.',
  ),
  listing(
    'p06',
    'crochet_kits',
    'fr',
    CROCHET_ZH,
    CROCHET_SRC,
    {
      translated_description:
        'Le kit de crochet Hookla est conçu pour les débutants : il permet de réaliser trois petites peluches, un ourson, un lapin et un caneton. Il contient 6 pelotes de coton de lait de 50 g chacune, d’un diamètre de fil d’environ 2,5 mm, ainsi que deux crochets en aluminium de 3,0 et 3,5 mm, 10 marqueurs de mailles, des yeux de sécurité, de la ouate de rembourrage et une aiguille à coudre. Un tutoriel illustré et un cours vidéo de 12 leçons, accessible en scannant un QR code, sont offerts. Chaque peluche terminée mesure environ 15 cm de haut ; comptez 4 à 5 heures pour un débutant. Convient à partir de 14 ans.',
      seo_title: 'Kit crochet débutant Hookla, 3 peluches',
      meta_description:
        'Kit de crochet pour débutants : 6 pelotes de coton de lait, deux crochets en aluminium, yeux de sécurité et cours vidéo de 12 leçons pour trois peluches.',
      h1: 'Hookla, vos premiers amigurumis au crochet',
      marketing_copy_a:
        'Fil, crochets, rembourrage et cours pas à pas réunis dans une seule boîte : plus besoin de courir les merceries. Commandez votre kit Hookla.',
      marketing_copy_b:
        'Voir une simple pelote devenir, maille après maille, un ourson au regard malicieux : un vrai moment de calme. Offrez-vous ce plaisir.',
      marketing_copy_c:
        'Cette semaine seulement, livraison offerte sur tous les kits Hookla. Profitez-en pour lancer votre premier projet !',
    },
    {
      field: 'translated_description',
      find: 'à partir de 14 ans',
      replace: 'à partir de 8 ans',
      labels: ['number_dropped', 'number_invented'],
    },
    'Chaque peluche terminée mesure environ 15 cm de haut ; comptez 4 à 5 heures pour un débutant.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

/** `text` with its first sentence (up to the first `.` after a non-digit) wrapped in `open` … `close`. */
const wrapFirst = (text: string, open: string, close: string): string =>
  text.replace(/^(.*?\D[.!?])(\s)/, `${open}$1${close}$2`);

/** The same for Japanese: `tag` put after the first 。. */
const afterFirstJa = (text: string, tag: string): string => text.replace('。', `。${tag}`);

// en: listing 1 (facial steamer) takes styles 0-2, listing 2 (bottle warmer) 3-5, listing 3 (curtain motor) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure! Here’s the English translation of the product description:\n\n${c.translated_description}`,
  }),
  (c) => ({ seo_title: `SEO title – ${c.seo_title}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nHope this works – just let me know if you’d like a lighter or more playful tone!`,
  }),
  (c) => ({ marketing_copy_a: `\`\`\`\n${c.marketing_copy_a}\n\`\`\`` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      4,
      'As an AI, I can’t independently verify certification claims, so the safety details below follow the supplier’s wording.',
    ),
  }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({ marketing_copy_c: `**Promo copy:** ${c.marketing_copy_c}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n---\n*Translated from the Chinese supplier text; brand and platform names are left as they are.*`,
  }),
  (c) => ({ marketing_copy_b: wrapFirst(c.marketing_copy_b, '<strong>', '</strong>') }),
];

// de: listing 1 (dried mushrooms) takes styles 0-2, listing 2 (curtain motor) 3-5, listing 3 (suitcase) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Gerne! Hier die deutsche Fassung der Produktbeschreibung –\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `## ${c.h1}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nIch hoffe, das passt so. Melde dich gern, falls du noch Änderungen brauchst!`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      'Als KI-Sprachmodell kann ich die Herstellerangaben nicht selbst prüfen und habe sie daher unverändert übernommen.',
    ),
  }),
  (c) => ({ seo_title: `Titel: ${c.seo_title}` }),
  (c) => ({ marketing_copy_a: `<p>${c.marketing_copy_a}</p>` }),
  (c) => ({ translated_description: `\`\`\`text\n${c.translated_description}\n\`\`\`` }),
  (c) => ({ marketing_copy_b: `**Text B (emotional):** ${c.marketing_copy_b}` }),
  (c) => ({ marketing_copy_a: `${c.marketing_copy_a}\n\n(Ende der Übersetzung)` }),
];

// ja: listing 1 (facial steamer) takes styles 0-2, listing 2 (suitcase) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `はい、商品説明を日本語に翻訳しました：\n${c.translated_description}`,
  }),
  (c) => ({ seo_title: `【SEOタイトル】${c.seo_title}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n※AI言語モデルによる翻訳のため、不自然な表現がありましたらご指摘ください。`,
  }),
  (c) => ({ translated_description: `\`\`\`\n${c.translated_description}\n\`\`\`` }),
  (c) => ({ h1: `見出し（H1）：${c.h1}` }),
  (c) => ({ marketing_copy_c: afterFirstJa(c.marketing_copy_c, '<br>') }),
];

// es: listing 1 (bottle warmer) takes styles 0-2, listing 2 (crochet kit) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `¡Claro! Aquí tienes la traducción al español:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_b: `<em>${c.marketing_copy_b}</em>` }),
  (c) => ({ h1: `Encabezado (H1): ${c.h1}` }),
  (c) => ({
    marketing_copy_a: afterSentence(
      c.marketing_copy_a,
      1,
      'Como modelo de lenguaje de IA, no tengo datos sobre el stock real de la tienda.',
    ),
  }),
  (c) => ({ translated_description: `\`\`\`markdown\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n¿Quieres que prepare también una versión más corta para redes sociales?`,
  }),
];

// fr: listing 1 (dried mushrooms) takes styles 0-2, listing 2 (crochet kit) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Voici la traduction en français :\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `**Accroche A (valeur) :** ${c.marketing_copy_a}` }),
  (c) => ({ h1: `<h1 class="titre-produit">${c.h1}</h1>` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      'En tant que modèle de langage, je ne peux pas vérifier ces caractéristiques : elles sont reprises telles quelles.',
    ),
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nN’hésitez pas à me dire si vous préférez un ton plus léger !`,
  }),
  (c) => ({ seo_title: `Titre SEO : ${c.seo_title}` }),
];

export const ROUND_58_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Knockoff curtain motors tend to grind and stall.',
      'Cheap facial steamers often spit scalding droplets.',
      'Fake safety labels turn up on unbranded bottle warmers.',
      'A counterfeit warmer rarely holds a steady temperature.',
    ],
    slogans: ['Your skin, your ritual.', 'Warm milk, calm nights.'],
    chineseLeftovers: [],
    duplicateLead: 'Bottom line: ',
    titleStuffing: ' | Gift Idea, Best Seller, Top Rated, Free Shipping, New Arrival',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Vorhangmotoren brummen die ganze Nacht.',
      'Eine Fälschung erkennt man am wackligen Teleskopgriff.',
      'Nachahmungen aus dem Discounter riechen oft muffig statt würzig.',
      'Imitate von Markenkoffern brechen beim Verladen schnell.',
    ],
    slogans: ['Aufwachen mit dem Tageslicht.', 'Aroma aus den Bergen.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' – Geschenkidee, Bestseller, Neuheit, Top-Angebot, versandkostenfrei',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      'コピー品のスーツケースはキャスターがすぐに壊れます。',
      '激安のスチーマーはミストが熱くなりすぎることがあります。',
      '偽物のTSAロックは空港で開けてもらえないことがあります。',
      '模倣品の美顔器は安全基準を満たしていない場合があります。',
    ],
    slogans: ['ミストに包まれる、至福のひととき。', '身軽な旅は、心まで軽い。'],
    chineseLeftovers: ['这款蒸脸器的喷雾很细，用起来很舒服。', '这个登机箱很轻，推起来也很顺。'],
    duplicateLead: 'まとめると、',
    titleStuffing: '｜人気 ランキング上位 おすすめ ギフト 送料無料 即納',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Una imitación de este kit trae hilo que se deshilacha.',
      'Las falsificaciones de agujas se doblan enseguida.',
      'Ese algodón falso pierde el color al lavarlo.',
      'Los calientabiberones baratos no mantienen bien la temperatura.',
    ],
    slogans: ['Punto a punto, con calma.', 'Leche templada, noches tranquilas.'],
    chineseLeftovers: [],
    duplicateLead: 'En pocas palabras: ',
    titleStuffing: ' | Regalo ideal, novedad, más vendido, envío gratis, oferta',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un kit de crochet pas cher contient souvent un fil qui bouloche.',
      'Les contrefaçons de crochets se tordent dès les débuts.',
      'Méfiez-vous des faux shiitakés de montagne vendus en vrac.',
      'Aucune imitation ne vaut un amigurumi fait avec du bon fil.',
    ],
    slogans: ['Maille après maille, la sérénité.', 'Le goût de la montagne.'],
    chineseLeftovers: [],
    duplicateLead: 'Bref : ',
    titleStuffing: ' | Idée cadeau, nouveauté, meilleure vente, livraison offerte',
  },
};
