// Blind set, round 73 (written without reading the gate, committed before it is scored): six home-appliance, pet
// and outdoor products in the categories toasters, cordless_stick_vacuums, retractable_dog_leashes,
// pet_carrier_backpacks, pop_up_beach_tents and cool_boxes, 12 hand-written listings, three artifact styles per
// listing and wording of its own. This round keeps to the register of the shared dev set: ordinary model output as a
// reviewer meets it. Most artifacts are the kinds the llm_artifact definition names, in each language's own words
// (a lead-in before the description, a field-label prefix, a markdown label or heading, a code fence, sometimes with
// a JSON key, HTML tags, an AI disclaimer, a sign-off offering changes), some are subtler (a bracketed translator's
// note, a question to the requester about a word choice, an unfilled promo-code placeholder, a TODO left in the h1);
// no digits in artifacts that land in the description, title or meta. Sources are plain Chinese shop copy with
// ordinary number forms (digits with units, 约, 以内, ranges with 到, 两/三/六 counts, 万, 两三天). Legitimate numbers:
// Kruma 两个 (two, deux) slots, 3.8 cm (1.5 in, 3,8 cm), 六档 (six, 6 niveaux), 三个 (three, trois) buttons, 850 W,
// 两片 (two, deux) slices, about 2 minutes, idiom 一遍 (run it empty, à vide: not a number), 首次 (before use: not a
// number);
// Vexa 22000 Pa (22.000 Pa, 22000Pa), 2500 mAh, about 40 and 12 minutes (約40分, 約12分), about 4 hours, 0.6 L
// (0,6 Liter), 1.3 kg (1,3 kg), 三种 (drei, 3種類), 五层 (fünfstufig, 5層), idioms 按一下 (per Knopfdruck, ボタンを押す
// だけ) and 单手 (mit einer Hand, 片手: not a number);
// Rova 5 m (16.4 ft, 5 metros), 25 kg, 三种 (three, tres) light modes, Type-C (USB-C, no number), about 6 hours,
// 两卷 (two, dos) rolls, 5万 (50,000, 50.000), idioms 一键 (press to brake, con un solo botón) and 充满一次 (a full
// charge, la carga completa);
// Nesto 8 kg, 42×32×28 cm (42 × 32 × 28 cm), about 1.2 kg (1,2 kg), 两三天 (zwei bis drei Tage, deux ou trois jours);
// Sunbay 3 seconds (3 Sekunden), 200×150×130 cm (79 × 59 × 51 in), 2 to 3 people (2 bis 3 Personen), UPF50+
// (UPF 50+), 4 pegs (4 Heringe), 2 guy ropes (2 Abspannleinen), about 80 cm (31.5 in), about 1.8 kg (1,8 kg), idiom
// 往上一抛 (toss it, in die Luft werfen: not a number);
// Glacio 45 L (45 litros), about 60 cans (約60本, unas 60 latas), 330 ml, 5 cm, 4 to 5 days (4〜5日, de 4 a 5 días),
// 两个 (2つ, dos) latches, 100 kg, about 9 kg, idioms 一圈 (all round, en todo el contorno) and 一扣 (a click, con un
// clic).
// Number edits: Kruma en title 850 → 1000 W (invented), fr 3,8 → 4,5 cm (dropped + invented); Vexa de meta 22.000 →
// 25.000 Pa (invented), ja 約40分 → 約50分 (dropped + invented); Rova en meta 5 m → 8 m (invented), es 25 → 30 kg
// (dropped + invented); Nesto de 1,2 → 0,9 kg (dropped + invented), fr an added sentence with a 12-month guarantee the
// source does not have (invented); Sunbay en 1.8 → 2.5 kg (dropped + invented), de title UPF 50+ → UPF 80+ (invented);
// Glacio ja meta 45L → 50L (invented), es 100 → 120 kg (dropped + invented).
import type { Language } from '@content-pipeline/languages';
import {
  afterSentence,
  afterSentenceJa,
  type Artifact,
  listing,
  type BlindListing,
  type DefectWording,
} from './blind-set';

const TOASTER_ZH = 'Kruma 不锈钢多士炉 两片式 六档烘烤';
const TOASTER_SRC =
  'Kruma 不锈钢多士炉有两个加宽烤槽，槽宽3.8厘米，厚片吐司、贝果都放得下。烘烤程度分六档，从浅金色到深棕色随心选。另有解冻、再加热、贝果三个功能键，冷冻面包不用提前拿出来化冻。功率850瓦，烤两片吐司大约2分钟。底部是抽拉式面包屑托盘，倒碎屑很方便。机身外壳为拉丝不锈钢，侧面不烫手。小贴士：首次使用前请空烤一遍，去除新机的味道。';
const VACUUM_ZH = 'Vexa 无线手持吸尘器 22000Pa大吸力 续航40分钟';
const VACUUM_SRC =
  'Vexa 无线手持吸尘器吸力高达22000Pa，地板缝里的灰尘、宠物毛发都能吸干净。可拆卸电池容量2500毫安时，标准模式续航约40分钟，强力模式约12分钟，充满电需要约4小时。尘杯容量0.6升，按一下就能倒灰，手不用碰到脏东西。整机重1.3公斤，单手拿着打扫楼梯也不累。配有三种吸头：地板刷、缝隙吸头和除螨刷。五层过滤系统，排出的空气更干净。附赠壁挂支架，挂在墙上不占地方。';
const LEASH_ZH = 'Rova 自动伸缩狗狗牵引绳 5米 带LED灯';
const LEASH_SRC =
  'Rova 自动伸缩狗狗牵引绳绳长5米，适合体重25公斤以内的中小型犬。采用扁平织带，比细绳更结实，也不容易缠绕。一键刹车，一键锁定，遛狗时收放自如。手柄包裹防滑硅胶，握久了也不累。手柄前端自带LED照明灯，有三种灯光模式，晚上遛狗更安全；灯用Type-C充电，充满一次可用约6小时。附赠拾便袋盒和两卷拾便袋。织带出厂前经过5万次伸缩测试，结实耐用。';
const CARRIER_ZH = 'Nesto 太空舱宠物背包 透明观景窗 猫狗外出包';
const CARRIER_SRC =
  'Nesto 太空舱宠物背包适合体重8公斤以内的猫咪和小型犬。背包尺寸为42×32×28厘米，自重约1.2公斤，背起来很轻松。正面是透明的半球形观景窗，宠物可以看外面的风景；侧面有透气网孔，夏天也不闷。背部和肩带都加厚了，胸前扣带可以调节，减轻肩膀压力。包内有安全牵引扣，防止宠物突然跳出来。底部软垫可拆卸，脏了直接机洗。坐车、看病、旅行都适用。温馨提示：正式出门前，先把背包放在家里，让宠物熟悉两三天。';
const TENT_ZH = 'Sunbay 全自动速开沙滩帐篷 UPF50+ 2-3人';
const TENT_SRC =
  'Sunbay 全自动速开沙滩帐篷，拿出收纳袋往上一抛，3秒就能自己撑开，不用搭杆子。展开尺寸为200×150×130厘米，可供2到3人躺下休息。面料涂有银胶，防晒指数达到UPF50+，能挡住大部分紫外线。前后都有网纱窗，通风透气。底部设有沙袋，装满沙子就能抗风；另配4根地钉和2根防风绳。收起后是直径约80厘米的圆饼，重约1.8公斤，可以直接背在肩上。海边、公园、草地野餐都能用。';
const COOLER_ZH = 'Glacio 滚塑户外保温箱 45升 保冰4-5天';
const COOLER_SRC =
  'Glacio 滚塑户外保温箱容量45升，可以放下约60罐330毫升的易拉罐。箱壁内填5厘米厚的聚氨酯发泡层，配合冰袋使用，冰块能保持4到5天。箱盖一圈有橡胶密封条，两个锁扣一扣就紧，盖好后不漏水。箱体结实，可承重100公斤，累了当凳子坐也没问题。底部带排水阀，不用把箱子倒过来就能放掉冰水。配有加粗提手，空箱重约9公斤。钓鱼、露营、自驾游都好用。';

export const ROUND_73_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'toasters',
    'en',
    TOASTER_ZH,
    TOASTER_SRC,
    {
      translated_description:
        'The Kruma stainless steel toaster has two extra-wide slots, each 3.8 cm (1.5 in) across, so thick-cut bread and bagels fit with room to spare. Browning is set on six levels, from pale gold to deep brown, so everyone gets their toast just the way they like it. Three extra buttons – defrost, reheat and bagel – mean frozen bread can go straight in without thawing first. At 850 W, it toasts two slices in about 2 minutes. A pull-out crumb tray at the bottom makes emptying the crumbs easy. The housing is brushed stainless steel, and the sides stay cool to the touch. Tip: before you toast anything, run it empty to burn off the new-appliance smell.',
      seo_title: 'Kruma Stainless Steel 2-Slice Toaster, 850 W',
      meta_description:
        'Kruma 2-slice toaster with extra-wide slots for bagels and thick bread, six browning levels, defrost and reheat buttons and a pull-out crumb tray.',
      h1: 'Kruma – Golden Toast, Just How You Like It',
      marketing_copy_a:
        'Bagels, thick-cut sourdough and frozen slices all fit, and a pull-out tray keeps the counter free of crumbs. Order your Kruma today.',
      marketing_copy_b:
        'The smell of fresh toast drifting through the kitchen on a slow Sunday is the simplest way to make a morning feel special. Discover Kruma.',
      marketing_copy_c:
        'Launch offer: a bamboo toast rack comes free with every Kruma this month. Add one to your cart before the offer ends.',
    },
    { field: 'seo_title', find: '850 W', replace: '1000 W', labels: ['number_invented'] },
    'The Kruma stainless steel toaster has two extra-wide slots, each 3.8 cm (1.5 in) across, so thick-cut bread and bagels fit with room to spare.',
  ),
  listing(
    'p01',
    'toasters',
    'fr',
    TOASTER_ZH,
    TOASTER_SRC,
    {
      translated_description:
        'Le grille-pain Kruma en acier inoxydable dispose de deux fentes extra-larges de 3,8 cm : pain de mie épais et bagels y entrent sans problème. Le brunissage se règle sur six niveaux, du doré clair au brun foncé, selon vos goûts. Trois touches supplémentaires – décongélation, réchauffage et bagel – permettent de griller le pain surgelé sans le sortir à l’avance. Avec ses 850 W, il grille deux tranches en 2 minutes environ. Le tiroir ramasse-miettes amovible, placé en dessous, se vide en un geste. Le boîtier est en inox brossé et les côtés ne chauffent pas. Astuce : avant de l’utiliser, faites-le chauffer à vide pour éliminer l’odeur du neuf.',
      seo_title: 'Grille-pain Kruma en inox, 2 fentes larges, 6 niveaux',
      meta_description:
        'Grille-pain Kruma en inox : deux fentes extra-larges pour bagels et pain épais, six niveaux de brunissage, décongélation et tiroir ramasse-miettes.',
      h1: 'Kruma, le petit-déjeuner bien doré',
      marketing_copy_a:
        'Bagels, tranches épaisses ou pain surgelé : tout y passe, et le tiroir garde le plan de travail propre. Commandez votre Kruma dès aujourd’hui.',
      marketing_copy_b:
        'L’odeur du pain grillé qui flotte dans la cuisine un dimanche matin, il n’en faut pas plus pour bien commencer la journée. Découvrez Kruma.',
      marketing_copy_c:
        'Offre de lancement : un porte-toasts en bambou offert avec chaque Kruma ce mois-ci. Ajoutez-le vite à votre panier !',
    },
    {
      field: 'translated_description',
      find: 'de 3,8 cm',
      replace: 'de 4,5 cm',
      labels: ['number_dropped', 'number_invented'],
    },
    'Avec ses 850 W, il grille deux tranches en 2 minutes environ.',
  ),
  listing(
    'p02',
    'cordless_stick_vacuums',
    'de',
    VACUUM_ZH,
    VACUUM_SRC,
    {
      translated_description:
        'Der kabellose Akku-Staubsauger Vexa saugt mit bis zu 22.000 Pa und holt Staub und Tierhaare selbst aus den Dielenfugen. Der herausnehmbare Akku hat 2500 mAh und hält im Normalmodus rund 40 Minuten, im Power-Modus rund 12 Minuten; vollständig geladen ist er nach etwa 4 Stunden. Der Staubbehälter fasst 0,6 Liter und wird per Knopfdruck geleert, ohne dass Sie den Schmutz berühren. Mit 1,3 kg Gesamtgewicht liegt das Gerät leicht in der Hand, auch beim Treppensaugen. Drei Aufsätze gehören dazu: Bodendüse, Fugendüse und Milbenbürste. Ein fünfstufiges Filtersystem sorgt für sauberere Abluft. Die mitgelieferte Wandhalterung spart Platz, denn der Sauger hängt einfach an der Wand.',
      seo_title: 'Vexa Akku-Staubsauger, 22.000 Pa, bis 40 Minuten Laufzeit',
      meta_description:
        'Kabelloser Akku-Staubsauger Vexa: 22.000 Pa Saugkraft, rund 40 Minuten Laufzeit, Staubbehälter mit Entleerung per Knopfdruck und drei Aufsätze.',
      h1: 'Vexa – sauber bis in die letzte Fuge',
      marketing_copy_a:
        'Kräftige Saugleistung, Wechselakku und Aufsätze für Boden, Fugen und Polster: ein Gerät für die ganze Wohnung. Jetzt bestellen.',
      marketing_copy_b:
        'Der Hund schüttelt sich, die Krümel fliegen, gleich klingelt der Besuch? Kein Stress, der Vexa hängt griffbereit an der Wand. Entdecken Sie den Vexa.',
      marketing_copy_c:
        'Nur diesen Monat: ein Ersatzfilter gratis zu jedem Vexa. Ab in den Warenkorb, solange der Vorrat reicht.',
    },
    {
      field: 'meta_description',
      find: '22.000 Pa Saugkraft',
      replace: '25.000 Pa Saugkraft',
      labels: ['number_invented'],
    },
    'Mit 1,3 kg Gesamtgewicht liegt das Gerät leicht in der Hand, auch beim Treppensaugen.',
  ),
  listing(
    'p02',
    'cordless_stick_vacuums',
    'ja',
    VACUUM_ZH,
    VACUUM_SRC,
    {
      translated_description:
        'Vexaのコードレスハンディクリーナーは、最大22000Paのパワフルな吸引力で、床の溝に入り込んだほこりやペットの毛もしっかり吸い取ります。取り外し可能なバッテリーは2500mAhで、標準モードなら約40分、強モードなら約12分使えます。フル充電までは約4時間です。ダストカップの容量は0.6Lで、ボタンを押すだけでゴミを捨てられ、手を汚しません。本体重量は1.3kgと軽く、片手で階段の掃除もラクにこなせます。付属のノズルは床用ブラシ、すき間ノズル、ダニ取りブラシの3種類。5層フィルターで、排気もきれいです。壁掛けスタンド付きなので、壁に掛けて省スペースに収納できます。',
      seo_title: 'Vexa コードレス掃除機 22000Pa 最長40分',
      meta_description:
        '最大22000Paの吸引力で約40分使えるコードレス掃除機。交換式バッテリーと3種類のノズル付きで、ゴミ捨てもボタンひとつです。',
      h1: 'Vexa すみずみまで、軽やかにお掃除',
      marketing_copy_a:
        'パワフルな吸引力、交換できるバッテリー、用途別のノズル。これさえあれば家じゅうのお掃除が片づきます。今すぐ購入。',
      marketing_copy_b:
        '犬が体をぶるっと振って毛が舞っても、来客の直前にパンくずを見つけても大丈夫。壁からさっと取って、すぐにきれいに。ぜひチェックしてください。',
      marketing_copy_c: '今月限定、交換用フィルターをプレゼント中。ご注文はお早めに。',
    },
    {
      field: 'translated_description',
      find: '約40分',
      replace: '約50分',
      labels: ['number_dropped', 'number_invented'],
    },
    'ダストカップの容量は0.6Lで、ボタンを押すだけでゴミを捨てられ、手を汚しません。',
  ),
  listing(
    'p03',
    'retractable_dog_leashes',
    'en',
    LEASH_ZH,
    LEASH_SRC,
    {
      translated_description:
        'The Rova retractable dog lead extends to 5 m (16.4 ft) and is made for small and medium dogs weighing up to 25 kg. It uses a flat tape rather than a thin cord, which is stronger and far less likely to tangle. Press to brake, press to lock: letting the lead out and reeling it back in is effortless on every walk. The handle is wrapped in non-slip silicone, so your hand does not tire on long walks. A built-in LED light at the front of the handle has three light modes for safer walks after dark; it charges via USB-C and runs for about 6 hours on a full charge. A poop-bag dispenser and two rolls of bags are included. Before leaving the factory, the tape is tested through 50,000 extend-and-retract cycles, so it is built to last.',
      seo_title: 'Rova Retractable Dog Lead, 5 m, with LED Light',
      meta_description:
        'Retractable lead for dogs up to 25 kg: a 5 m flat tape that resists tangling, brake and lock buttons and a rechargeable LED light for evening walks.',
      h1: 'Rova – More Freedom on Every Walk',
      marketing_copy_a:
        'Room to sniff, brake and lock under your thumb, a light for dark evenings and bags always to hand: everything a walk needs in a single grip. Get your Rova today.',
      marketing_copy_b:
        'That happy trot out ahead, nose to the ground, then a glance back to check you are still there: a little more freedom makes every walk better. Discover Rova.',
      marketing_copy_c: 'Autumn offer: a spare roll of bags free with every Rova. Order now while it lasts.',
    },
    {
      field: 'meta_description',
      find: 'a 5 m flat tape',
      replace: 'an 8 m flat tape',
      labels: ['number_invented'],
    },
    'Before leaving the factory, the tape is tested through 50,000 extend-and-retract cycles, so it is built to last.',
  ),
  listing(
    'p03',
    'retractable_dog_leashes',
    'es',
    LEASH_ZH,
    LEASH_SRC,
    {
      translated_description:
        'La correa extensible Rova para perros alcanza 5 metros y es apta para perros pequeños y medianos de hasta 25 kg. Lleva una cinta plana en lugar de un cordón fino: es más resistente y se enreda mucho menos. Con un solo botón frenas y con otro la bloqueas, así que sueltas y recoges la correa con total soltura en cada paseo. El mango está recubierto de silicona antideslizante y no cansa la mano aunque el paseo sea largo. En la parte delantera del mango lleva una linterna LED con tres modos de luz para pasear de noche con más seguridad; se carga por USB-C y, con la carga completa, dura unas 6 horas. Incluye un dispensador y dos rollos de bolsas para excrementos. Antes de salir de fábrica, la cinta supera una prueba de 50.000 ciclos de extensión y recogida, así que está hecha para durar.',
      seo_title: 'Correa extensible Rova de 5 m con luz LED para perros',
      meta_description:
        'Correa extensible Rova para perros de hasta 25 kg: cinta plana de 5 metros que no se enreda, botones de freno y bloqueo y luz LED recargable.',
      h1: 'Rova, más libertad en cada paseo',
      marketing_copy_a:
        'Espacio para olfatear, freno y bloqueo bajo el pulgar, luz para las tardes oscuras y bolsas siempre a mano. Consigue tu Rova hoy.',
      marketing_copy_b:
        'Ese trote alegre por delante, con la nariz pegada al suelo y una mirada atrás para comprobar que sigues ahí: un poco más de libertad cambia cada paseo. Descubre Rova.',
      marketing_copy_c: 'Oferta de otoño: un rollo extra de bolsas de regalo con cada Rova. Pídela ya.',
    },
    {
      field: 'translated_description',
      find: 'de hasta 25 kg',
      replace: 'de hasta 30 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'En la parte delantera del mango lleva una linterna LED con tres modos de luz para pasear de noche con más seguridad; se carga por USB-C y, con la carga completa, dura unas 6 horas.',
  ),
  listing(
    'p04',
    'pet_carrier_backpacks',
    'de',
    CARRIER_ZH,
    CARRIER_SRC,
    {
      translated_description:
        'Der Nesto Haustierrucksack mit Panoramakuppel ist für Katzen und kleine Hunde bis 8 kg gedacht. Er misst 42 × 32 × 28 cm und wiegt selbst nur etwa 1,2 kg, sodass er sich angenehm leicht trägt. Vorne sitzt ein durchsichtiges, halbrundes Sichtfenster, durch das Ihr Tier die Welt draußen beobachten kann; Netzeinsätze an den Seiten sorgen auch im Sommer für frische Luft. Rückenteil und Schultergurte sind gepolstert, und der verstellbare Brustgurt entlastet die Schultern zusätzlich. Eine Sicherheitsleine im Inneren verhindert, dass Ihr Tier plötzlich herausspringt. Das Bodenpolster lässt sich herausnehmen und bei Bedarf einfach in der Maschine waschen. Ideal für Autofahrten, den Tierarztbesuch und Reisen. Unser Tipp: Stellen Sie den Rucksack vor dem großen Ausflug zwei bis drei Tage offen in die Wohnung, damit sich Ihr Tier in Ruhe daran gewöhnt.',
      seo_title: 'Nesto Haustierrucksack mit Sichtfenster, bis 8 kg',
      meta_description:
        'Haustierrucksack Nesto für Katzen und kleine Hunde bis 8 kg: leicht, mit Panorama-Sichtfenster, Netzeinsätzen, Sicherheitsleine und Brustgurt.',
      h1: 'Nesto – gemeinsam unterwegs, mit Aussicht',
      marketing_copy_a:
        'Leicht auf dem Rücken, gepolstert an den Schultern und mit waschbarem Bodenpolster: So wird jede Fahrt zum Tierarzt entspannter. Jetzt bestellen.',
      marketing_copy_b:
        'Kleine Pfoten an der Kuppel, große Augen für die vorbeiziehenden Bäume – Ihre Katze erlebt die Welt, sicher und ganz nah bei Ihnen. Entdecken Sie Nesto.',
      marketing_copy_c:
        'Aktion zum Start: ein passendes Kuschelkissen gratis zu jedem Nesto. Sichern Sie sich Ihren Rucksack jetzt.',
    },
    {
      field: 'translated_description',
      find: 'etwa 1,2 kg',
      replace: 'etwa 0,9 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'Unser Tipp: Stellen Sie den Rucksack vor dem großen Ausflug zwei bis drei Tage offen in die Wohnung, damit sich Ihr Tier in Ruhe daran gewöhnt.',
  ),
  listing(
    'p04',
    'pet_carrier_backpacks',
    'fr',
    CARRIER_ZH,
    CARRIER_SRC,
    {
      translated_description:
        'Le sac à dos de transport Nesto à hublot convient aux chats et aux petits chiens jusqu’à 8 kg. Il mesure 42 × 32 × 28 cm et ne pèse qu’environ 1,2 kg, pour un portage tout en légèreté. À l’avant, un hublot transparent en demi-sphère permet à votre compagnon de regarder le paysage ; sur les côtés, des aérations en filet lui évitent d’avoir trop chaud, même en été. Le dos et les bretelles sont rembourrés, et la sangle de poitrine réglable soulage les épaules. À l’intérieur, une laisse de sécurité l’empêche de sauter dehors à l’improviste. Le coussin du fond est amovible et passe en machine s’il est sale. Idéal en voiture, chez le vétérinaire ou en voyage. Notre conseil : avant la grande sortie, laissez le sac ouvert à la maison pendant deux ou trois jours pour que votre animal s’y habitue.',
      seo_title: 'Sac à dos Nesto pour chat et petit chien, jusqu’à 8 kg',
      meta_description:
        'Sac à dos Nesto pour chats et petits chiens jusqu’à 8 kg : hublot transparent, aérations en filet, bretelles rembourrées et laisse de sécurité.',
      h1: 'Nesto, en balade avec vue sur le monde',
      marketing_copy_a:
        'Léger sur le dos, rembourré aux épaules et doté d’un coussin lavable : les trajets chez le vétérinaire deviennent bien plus simples. Commandez votre Nesto.',
      marketing_copy_b:
        'Une petite truffe collée au hublot, des yeux grands ouverts sur les arbres qui défilent : votre chat découvre le monde, tout près de vous. Découvrez Nesto.',
      marketing_copy_c:
        'Offre de lancement : un coussin douillet assorti offert avec chaque Nesto. Profitez-en dès maintenant !',
    },
    { field: 'translated_description', replace: 'Le sac est garanti 12 mois.', labels: ['number_invented'] },
    'Il mesure 42 × 32 × 28 cm et ne pèse qu’environ 1,2 kg, pour un portage tout en légèreté.',
  ),
  listing(
    'p05',
    'pop_up_beach_tents',
    'en',
    TENT_ZH,
    TENT_SRC,
    {
      translated_description:
        'The Sunbay pop-up beach tent sets itself up: take it out of the bag, toss it into the air and it springs open in 3 seconds, with no poles to assemble. Fully open, it measures 200 × 150 × 130 cm (79 × 59 × 51 in), with room for 2 to 3 people to lie down and rest. The fabric has a silver coating rated UPF 50+, which blocks most UV rays. Mesh windows at the front and back let the breeze flow through. Sandbags along the base hold it steady in the wind once filled, and 4 pegs and 2 guy ropes are included as well. Folded, it becomes a flat disc about 80 cm (31.5 in) across and weighs about 1.8 kg, so you can carry it on your shoulder. Made for the beach, the park or a picnic on the grass.',
      seo_title: 'Sunbay Pop-Up Beach Tent for 2–3 People, UPF 50+',
      meta_description:
        'Pop-up beach tent that opens in 3 seconds: room for 2 to 3 people, UPF 50+ sun protection, mesh windows and a light, flat fold for your shoulder.',
      h1: 'Sunbay – Shade in Seconds, Wherever You Land',
      marketing_copy_a:
        'No poles, no instructions, no arguing over which bit goes where: open the bag, toss, and your shade is ready. Order your Sunbay today.',
      marketing_copy_b:
        'Salty hair, sandy toes and a cool patch of shade where the little ones can nap while the waves roll in. That is a beach day done right. Discover Sunbay.',
      marketing_copy_c:
        'Summer deal: a waterproof phone pouch comes free with every Sunbay this month. Grab yours before the holidays.',
    },
    {
      field: 'translated_description',
      find: 'about 1.8 kg',
      replace: 'about 2.5 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'Sandbags along the base hold it steady in the wind once filled, and 4 pegs and 2 guy ropes are included as well.',
  ),
  listing(
    'p05',
    'pop_up_beach_tents',
    'de',
    TENT_ZH,
    TENT_SRC,
    {
      translated_description:
        'Das Sunbay Wurfzelt für den Strand baut sich von selbst auf: aus der Tasche nehmen, in die Luft werfen, und in 3 Sekunden steht es – ganz ohne Stangen. Aufgebaut misst es 200 × 150 × 130 cm und bietet 2 bis 3 Personen Platz zum Liegen und Ausruhen. Der silberbeschichtete Stoff hat einen Lichtschutzfaktor von UPF 50+ und hält den Großteil der UV-Strahlen ab. Netzfenster vorn und hinten sorgen für frische Luft. Sandtaschen am Boden geben dem Zelt, mit Sand gefüllt, Halt bei Wind; dazu gibt es 4 Heringe und 2 Abspannleinen. Zusammengelegt wird es zu einer flachen Scheibe mit etwa 80 cm Durchmesser, wiegt rund 1,8 kg und lässt sich bequem über der Schulter tragen. Perfekt für Strand, Park und Picknick im Grünen.',
      seo_title: 'Sunbay Wurfzelt für den Strand, 2–3 Personen, UPF 50+',
      meta_description:
        'Strandzelt Sunbay: in 3 Sekunden aufgebaut, Platz für 2 bis 3 Personen, UPF 50+, Netzfenster vorn und hinten und Sandtaschen für festen Stand.',
      h1: 'Sunbay – Schatten im Handumdrehen',
      marketing_copy_a:
        'Keine Stangen, keine Anleitung, kein Rätselraten, was wohin gehört: Tasche auf, Zelt werfen, fertig ist der Schattenplatz. Jetzt bestellen.',
      marketing_copy_b:
        'Salz auf der Haut, Sand zwischen den Zehen und ein kühler Platz, an dem die Kleinen beim Rauschen der Wellen einschlafen. So fühlt sich Urlaub an. Entdecken Sie Sunbay.',
      marketing_copy_c:
        'Sommeraktion: eine wasserdichte Handyhülle gratis zu jedem Sunbay. Sichern Sie sich Ihr Zelt noch vor den Ferien.',
    },
    { field: 'seo_title', find: 'UPF 50+', replace: 'UPF 80+', labels: ['number_invented'] },
    'Zusammengelegt wird es zu einer flachen Scheibe mit etwa 80 cm Durchmesser, wiegt rund 1,8 kg und lässt sich bequem über der Schulter tragen.',
  ),
  listing(
    'p06',
    'cool_boxes',
    'ja',
    COOLER_ZH,
    COOLER_SRC,
    {
      translated_description:
        'Glacioのロトモールド製アウトドアクーラーボックスは容量45Lで、330mlの缶なら約60本入ります。壁の内側には厚さ5cmのポリウレタン断熱材を使用し、保冷剤と一緒に使えば氷が4〜5日もちます。フタのふちにはゴムパッキンがぐるりと付いていて、2つのロックでしっかり閉まり、水漏れしません。本体は頑丈で耐荷重は100kg。疲れたときはイス代わりに座っても大丈夫です。底面には排水栓が付いているので、ボックスを傾けなくても溶けた氷水を捨てられます。太めのハンドル付きで、本体重量は約9kg。釣り、キャンプ、ドライブ旅行に活躍します。',
      seo_title: 'Glacio ハードクーラーボックス 45L 保冷4〜5日',
      meta_description:
        '容量45L、330ml缶なら約60本入るハードクーラー。厚さ5cmの断熱材で氷が4〜5日もち、イス代わりにも使える頑丈さです。',
      h1: 'Glacio 冷たさが長持ちする頼れる相棒',
      marketing_copy_a:
        '飲み物も食材もたっぷり入り、氷は何日ももちます。イスにもなる頑丈さで、荷物をひとつ減らせます。今すぐ購入。',
      marketing_copy_b:
        '夕暮れの湖畔、釣りの合間にフタを開ければ、キンと冷えた飲み物。そのひとときが、アウトドアの楽しみをさらに深めます。ぜひチェックしてください。',
      marketing_copy_c: '今ならショルダーベルトをプレゼント。この機会にぜひお試しください。',
    },
    { field: 'meta_description', find: '容量45L', replace: '容量50L', labels: ['number_invented'] },
    '太めのハンドル付きで、本体重量は約9kg。',
  ),
  listing(
    'p06',
    'cool_boxes',
    'es',
    COOLER_ZH,
    COOLER_SRC,
    {
      translated_description:
        'La nevera portátil rotomoldeada Glacio tiene 45 litros de capacidad: caben unas 60 latas de 330 ml. Sus paredes llevan 5 cm de espuma de poliuretano y, con placas de hielo, conserva el hielo de 4 a 5 días. La tapa tiene una junta de goma en todo el contorno y dos cierres que ajustan con un clic, así que no se sale el agua. Es muy robusta: aguanta hasta 100 kg, así que puedes sentarte en ella cuando te canses. El grifo de desagüe de la base te permite vaciar el agua del hielo derretido sin darle la vuelta. Tiene asas reforzadas y, vacía, pesa unos 9 kg. Ideal para pescar, ir de camping o hacer un viaje por carretera.',
      seo_title: 'Nevera rígida Glacio de 45 litros, hielo hasta 5 días',
      meta_description:
        'Nevera portátil Glacio de 45 litros: caben unas 60 latas, conserva el hielo de 4 a 5 días y es tan robusta que también te sirve de asiento.',
      h1: 'Glacio, el frío que te acompaña',
      marketing_copy_a:
        'Bebidas y comida para todo el fin de semana, hielo que dura días y un asiento extra incluido, todo en una sola nevera. Hazte con tu Glacio.',
      marketing_copy_b:
        'Atardecer en el lago, la caña quieta y una bebida bien fría al abrir la tapa. Esos momentos son los que hacen la escapada. Descubre Glacio.',
      marketing_copy_c:
        'Solo este mes, correa de hombro de regalo con cada Glacio. Aprovecha la oferta y pídela ya.',
    },
    {
      field: 'translated_description',
      find: 'hasta 100 kg',
      replace: 'hasta 120 kg',
      labels: ['number_dropped', 'number_invented'],
    },
    'Tiene asas reforzadas y, vacía, pesa unos 9 kg.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (toaster) takes styles 0-2, listing 2 (dog lead) 3-5, listing 3 (beach tent) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure! Here’s the product description translated into English:\n\n${c.translated_description}`,
  }),
  (c) => ({ seo_title: `Title: ${c.seo_title}` }),
  (c) => ({ marketing_copy_b: `<div class="copy-emotion">${c.marketing_copy_b}</div>` }),
  (c) => ({ translated_description: `\`\`\`plaintext\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_a: `I’m an AI and have never walked a dog myself, but this version should speak to owners: ${c.marketing_copy_a}`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nHope this helps! Happy to adjust the tone if needed.`,
  }),
  (c) => ({ h1: `### ${c.h1}` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      3,
      '[Translator’s note: I kept “UPF” as in the source, since it is the usual rating on English labels.]',
    ),
  }),
  (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Use code [PROMO_CODE] at checkout.` }),
];

// de: listing 1 (vacuum) takes styles 0-2, listing 2 (pet backpack) 3-5, listing 3 (beach tent) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Gerne, hier ist die deutsche Fassung der Produktbeschreibung:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `**Nutzenorientierter Text:** ${c.marketing_copy_a}` }),
  (c) => ({ h1: `<h1>${c.h1}</h1>` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nLassen Sie mich wissen, ob ich noch etwas anpassen soll.`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nAls KI kann ich allerdings nicht beurteilen, ob der Rucksack für jede Katzenrasse geeignet ist.`,
  }),
  (c) => ({ seo_title: `Titel: ${c.seo_title}` }),
  (c) => ({ translated_description: `\`\`\`\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      2,
      'Oder lieber „Strandmuschel“ statt „Wurfzelt“? Sagen Sie mir, welcher Begriff in Ihrem Shop üblich ist.',
    ),
  }),
  (c) => ({ h1: `${c.h1} [TODO: Keywords prüfen]` }),
];

// ja: listing 1 (vacuum) takes styles 0-2, listing 2 (cool box) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `こちらが日本語に翻訳した商品説明です：\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_c: `<p class="promo">${c.marketing_copy_c}</p>` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nほかに修正したい点があれば、お気軽にお知らせください。`,
  }),
  (c) => ({
    translated_description: `\`\`\`json\n{"translated_description": "${c.translated_description}"}\n\`\`\``,
  }),
  (c) => ({
    marketing_copy_a: `※私はAIのため、実際の使い心地についてはお答えできません。\n${c.marketing_copy_a}`,
  }),
  (c) => ({
    translated_description: afterSentenceJa(
      c.translated_description,
      2,
      '（訳注：原文の製法名は「ロトモールド」と訳しています。）',
    ),
  }),
];

// es: listing 1 (dog lead) takes styles 0-2, listing 2 (cool box) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({ marketing_copy_a: `Texto publicitario (valor): ${c.marketing_copy_a}` }),
  (c) => ({
    translated_description: `Por supuesto. Esta es la descripción traducida al español:\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n¿Quieres que prepare también una versión más corta para redes sociales?`,
  }),
  (c) => ({ h1: `<h2>${c.h1}</h2>` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nComo soy una IA, no puedo comprobar cuánto dura de verdad el hielo.`,
  }),
  (c) => ({ marketing_copy_b: `**Versión emocional**\n${c.marketing_copy_b}` }),
];

// fr: listing 1 (toaster) takes styles 0-2, listing 2 (pet backpack) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Bien sûr ! Voici la traduction en français :\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_b: `<em>${c.marketing_copy_b}</em>` }),
  (c) => ({ marketing_copy_c: `Accroche promotionnelle : ${c.marketing_copy_c}` }),
  (c) => ({ translated_description: `\`\`\`\n${c.translated_description}\n\`\`\`` }),
  (c) => ({
    marketing_copy_a: `En tant que modèle d’IA, je n’ai jamais porté de chat sur le dos, mais voici une proposition : ${c.marketing_copy_a}`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nJe reste à votre disposition pour toute modification.`,
  }),
];

export const ROUND_73_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Knockoff leads can snap when a dog pulls hard.',
      'Cheap toasters often brown the bread unevenly.',
      'A counterfeit beach tent rarely gives real sun protection.',
      'Replica pop-up tents tend to tear at the seams.',
    ],
    slogans: ['Shade that travels with you.', 'Every walk, a little freer.'],
    chineseLeftovers: [],
    duplicateLead: 'In a nutshell: ',
    titleStuffing: ' | Best Seller, Gift Idea, New Arrival, Top Rated, Fast Shipping',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Eine Fälschung erkennt man am trüben Sichtfenster.',
      'Nachahmungen von Wurfzelten lassen sich oft kaum wieder zusammenlegen.',
      'Billige Akkusauger verlieren schnell an Saugkraft.',
      'Ein Imitat aus dem Netz hat meist keinen geprüften Akku.',
    ],
    slogans: ['Zusammen unterwegs, mit bester Aussicht.', 'Schatten, wo immer Sie sind.'],
    chineseLeftovers: [],
    duplicateLead: 'Auf den Punkt gebracht: ',
    titleStuffing: ' – Bestseller, Geschenkidee, Neuheit, Sparangebot, Gratisversand',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安の掃除機はすぐに吸引力が落ちます。',
      'コピー品のクーラーボックスは保冷力が続きません。',
      '偽物のバッテリーは発火の危険があります。',
      'レプリカ品のフィルターはほこりを通してしまいます。',
    ],
    slogans: ['冷たさを、どこまでも。', '家じゅう、すっきり。'],
    chineseLeftovers: [
      '这款吸尘器很轻，打扫楼梯的时候一点也不累。',
      '这个保温箱很结实，钓鱼的时候还可以当凳子坐。',
    ],
    duplicateLead: 'まとめると、',
    titleStuffing: '｜人気 ランキング 新作 ギフト 送料無料 あす楽',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Una nevera falsa deja de enfriar muy pronto.',
      'Las imitaciones no llevan cinta plana.',
      'Evita las falsificaciones sin garantía.',
      'Las correas baratas se atascan enseguida.',
    ],
    slogans: ['El frío viaja contigo.', 'Más libertad en cada paseo.'],
    chineseLeftovers: [],
    duplicateLead: 'Resumiendo: ',
    titleStuffing: ' | Más vendido, regalo, novedad, envío rápido, oferta',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Les contrefaçons de sacs de transport se déchirent vite.',
      'Un grille-pain pas cher brûle souvent le pain.',
      'Méfiez-vous des faux hublots qui jaunissent au soleil.',
      'Aucune imitation ne grille aussi régulièrement.',
    ],
    slogans: ['Ensemble, partout.', 'Le bon goût du matin.'],
    chineseLeftovers: [],
    duplicateLead: 'En résumé : ',
    titleStuffing: ' | Meilleure vente, idée cadeau, nouveauté, livraison rapide',
  },
};
