// Blind set, round 28 (written without reading the gate, committed before it is scored): six pet, baby and
// health-care products in the categories pet_water_fountains, pet_grooming_kits, baby_bottle_sterilizers,
// baby_food_makers, blood_pressure_monitors and infrared_thermometers, 12 hand-written listings, three artifact
// styles per listing and wording of its own (this round: emoji-led status chatter such as a check mark with "Done!"
// or a pointing hand with "Note", markdown checkboxes and checklists of what was done, the product record dumped as
// key-value lines, the system prompt or persona echoed, tool-call and function-call residue, citation and source
// markers, remarks addressed to a colleague by role, and the model summarising the three copies it wrote);
// legitimate numbers: Aquapaw W3, 2.5 L (0.66 US gal), 加满一次 (idiomatic), 单猫 (single cat, a word), 7 days,
// 三重 (triple, dreifach), 两周 (every two weeks), 25 dB, 1.5 W, 200 ml, 10 kg (22 lb); Furlo G5, 五合一 (5-in-1,
// 5in1, 5役), 1.8 L, 三档 (three levels, 3段階), 13000 Pa (13,000), 52 dB, 6 combs of 3/6/9/12/18/24 mm, 十几 (just
// over ten minutes, 十数分), 几十 (dozens, 数十種類); Nuvia 三合一 (3-in-1, 3 en 1), 百分之99.9 (99.9 %), 一次 (idiomatic),
// 6 bottles, 16 L (4.2 US gal), 10 minutes, 30 to 60 minutes, 1万小时 (10,000 hours, 10 000 heures), 0 to 3 years;
// Mimi 第2代 (2. Generation, 2.ª generación), 一键 (idiomatic), 15 minutes, 300 ml, 四叶 (vierflügelig, cuatro aspas),
// 两万 (20.000 rpm), 双重 (dual safety lock, doppelt, doble: not a number), 6 months, 上百 (über 100, más de 100);
// Cardio BP7, 30 seconds, 22 to 42 cm, 4.5 inch, 两位 (zwei Personen, 2人), 120 readings, ±3 mmHg, 4 AAA batteries
// (単4形電池4本), 五年 (fünf Jahre, 5年保証); Tempo T2, 两种 (two modes, dos, deux), 1 second, 32 to 42.9 °C, ±0.2 °C,
// 37.5 °C, 35 readings, 两节 (two AAA batteries, dos pilas, deux piles), 3000 measurements (3 000 mesures).
import type { Language } from '@content-pipeline/languages';
import {
  listing,
  type BlindListing,
  type DefectWording,
  type Artifact,
  afterSentence,
  afterSentenceJa,
} from './blind-set';

const FOUNTAIN_ZH = 'Aquapaw W3 三重过滤宠物饮水机 2.5升';
const FOUNTAIN_SRC =
  'Aquapaw W3 宠物饮水机水箱容量2.5升，加满一次，单猫家庭约可饮用7天。三重过滤系统由棉网、活性炭和离子交换树脂组成，滤芯建议每两周更换一次。无线水泵噪音低于25分贝，功率仅1.5瓦。水位低于200毫升时指示灯变红，提醒及时加水。适合猫咪和10公斤以下的小型犬。';
const GROOMING_ZH = 'Furlo G5 五合一宠物美容吸毛套装';
const GROOMING_SRC =
  'Furlo G5 宠物美容套装集剃毛、梳毛、去浮毛、吸毛和清洁五合一，边剪边吸，毛发不再满屋飞。集尘盒容量1.8升，吸力三档可调，最高13000帕，静音档噪音约52分贝。附赠6个限位梳（3、6、9、12、18、24毫米）。中型犬十几分钟即可修剪完毕，适用于几十种犬猫毛发。';
const STERILIZER_ZH = 'Nuvia 三合一紫外线奶瓶消毒烘干器 16升';
const STERILIZER_SRC =
  'Nuvia 三合一奶瓶消毒器集紫外线消毒、热风烘干和收纳于一体，可杀灭百分之99.9的常见细菌。一次可放入6个奶瓶及吸奶器配件，内腔容量16升。消毒只需10分钟，烘干时间可在30至60分钟之间设置。UVC灯珠寿命约1万小时。全程无需加水，适合0至3岁宝宝的奶瓶、餐具和玩具。';
const FOOD_MAKER_ZH = 'Mimi 第2代 婴儿辅食机 蒸煮搅拌一体';
const FOOD_MAKER_SRC =
  'Mimi 第2代婴儿辅食机可一键完成蒸煮和搅拌，约15分钟就能把蔬菜蒸软。搅拌杯容量300毫升，采用四叶不锈钢刀片，转速高达每分钟两万转。机身设有双重安全锁，杯体没装好不会启动。适合6个月以上的宝宝，从细腻的泥状到带颗粒的辅食都能做。附赠食谱手册，收录上百道辅食做法。';
const BP_MONITOR_ZH = 'Cardio BP7 上臂式电子血压计 大屏背光';
const BP_MONITOR_SRC =
  'Cardio BP7 上臂式电子血压计采用示波法测量，约30秒即可读出结果。袖带适合臂围22至42厘米，4.5英寸背光大屏数字清晰易读。支持两位用户，每人可储存120组测量数据，并能提示心律不齐。测量误差在±3毫米汞柱以内。可使用4节AAA电池或USB供电，整机提供五年质保。';
const THERMOMETER_ZH = 'Tempo T2 额温耳温两用红外体温计';
const THERMOMETER_SRC =
  'Tempo T2 红外体温计支持额温和耳温两种测量模式，1秒即可出结果。测量范围32至42.9℃，精度±0.2℃，体温超过37.5℃时屏幕变红提醒。可储存35组读数，方便记录宝宝体温变化。夜间可开启静音模式，不会吵醒孩子。两节AAA电池约可测量3000次，新生儿和大人都能用。';

export const ROUND_28_LISTINGS: readonly BlindListing[] = [
  listing(
    'n01',
    'pet_water_fountains',
    'en',
    FOUNTAIN_ZH,
    FOUNTAIN_SRC,
    {
      translated_description:
        'The Aquapaw W3 pet fountain holds 2.5 L (0.66 US gal) of water, and a full tank lasts a single-cat household about 7 days. Its triple filtration combines a cotton mesh, activated carbon and ion-exchange resin, and we recommend changing the filter every two weeks. The wireless pump runs at under 25 dB and draws just 1.5 W. When the water level drops below 200 ml, the indicator light turns red to remind you to top it up. Suitable for cats and small dogs up to 10 kg (22 lb).',
      seo_title: 'Aquapaw W3 Cat Water Fountain, 2.5 L, Triple Filter',
      meta_description:
        'Aquapaw W3 pet water fountain with a 2.5 L tank, triple filtration and a whisper-quiet pump under 25 dB. A red light tells you when it needs a refill.',
      h1: 'Aquapaw W3 Fountain for Cats and Small Dogs',
      marketing_copy_a:
        'Fresh, filtered water all week from a single fill, and a pump that costs pennies to run. Order your Aquapaw W3 today.',
      marketing_copy_b:
        'Cats are fussy drinkers, and a still bowl rarely tempts them. Watch yours lap happily from a gentle, gurgling stream instead. Discover the Aquapaw W3.',
      marketing_copy_c:
        'Launch offer: a spare filter in the box with every fountain this month. Shop now while stocks last.',
    },
    { field: 'seo_title', find: '2.5 L', replace: '4 L', labels: ['number_invented'] },
    'When the water level drops below 200 ml, the indicator light turns red to remind you to top it up.',
  ),
  listing(
    'n01',
    'pet_water_fountains',
    'de',
    FOUNTAIN_ZH,
    FOUNTAIN_SRC,
    {
      translated_description:
        'Der Trinkbrunnen Aquapaw W3 fasst 2,5 Liter Wasser, und eine volle Füllung reicht in einem Haushalt mit einer Katze etwa 7 Tage. Die dreifache Filterung besteht aus Baumwollvlies, Aktivkohle und Ionenaustauscherharz; den Filter wechseln Sie am besten alle zwei Wochen. Die kabellose Pumpe ist leiser als 25 dB und verbraucht nur 1,5 W. Sinkt der Wasserstand unter 200 ml, leuchtet die Anzeige rot und erinnert ans Nachfüllen. Geeignet für Katzen und kleine Hunde bis 10 kg.',
      seo_title: 'Aquapaw W3 Trinkbrunnen für Katzen, 2,5 Liter',
      meta_description:
        'Katzenbrunnen Aquapaw W3 mit 2,5-Liter-Tank, dreifachem Filter und flüsterleiser Pumpe unter 25 dB. Eine rote Anzeige erinnert rechtzeitig ans Nachfüllen.',
      h1: 'Aquapaw W3 – frisches Wasser für Katze und Hund',
      marketing_copy_a:
        'Gefiltertes Wasser für viele Tage aus nur einer Füllung, dazu eine Pumpe, die kaum Strom braucht. Jetzt bestellen.',
      marketing_copy_b:
        'Katzen trinken oft zu wenig, wenn das Wasser im Napf nur herumsteht. Ein sanft plätschernder Strahl weckt ihre Neugier und lädt zum Schlecken ein. Entdecken Sie den Aquapaw W3.',
      marketing_copy_c:
        'Nur diesen Monat liegt jedem Brunnen ein Ersatzfilter bei – sichern Sie sich Ihren Aquapaw.',
    },
    {
      field: 'translated_description',
      find: 'etwa 7 Tage',
      replace: 'etwa 9 Tage',
      labels: ['number_dropped', 'number_invented'],
    },
    'Geeignet für Katzen und kleine Hunde bis 10 kg.',
  ),
  listing(
    'n02',
    'pet_grooming_kits',
    'en',
    GROOMING_ZH,
    GROOMING_SRC,
    {
      translated_description:
        'The Furlo G5 pet grooming kit brings clipping, combing, de-shedding, hair suction and cleaning together in a 5-in-1 set. It vacuums up the hair as you trim, so it no longer drifts all over the house. The dust box holds 1.8 L, suction has three adjustable levels reaching up to 13,000 Pa, and the quiet setting runs at about 52 dB. Six guide combs are included, in 3, 6, 9, 12, 18 and 24 mm. A medium-sized dog is trimmed in just over ten minutes, and the kit suits dozens of dog and cat coat types.',
      seo_title: 'Furlo G5 5-in-1 Pet Grooming Vacuum Kit',
      meta_description:
        'Furlo G5 5-in-1 pet grooming kit that clips and vacuums at once: a 1.8 L dust box, up to 13,000 Pa of suction, a quiet 52 dB mode and six guide combs.',
      h1: 'Furlo G5 Clip-and-Vacuum Grooming Set',
      marketing_copy_a:
        'Salon-style grooming at home, without the salon bill or the hairy floor afterwards. Get your Furlo G5 today.',
      marketing_copy_b:
        'No more fur on the sofa, in the rug or floating in your coffee. Just a relaxed pet and a tidy home after every trim. Discover the Furlo G5.',
      marketing_copy_c:
        'Bundle deal this week: a free pet-safe cleaning brush with every kit. Add it to your cart now.',
    },
    {
      field: 'translated_description',
      replace: 'The battery runs for about 90 minutes on a full charge.',
      labels: ['number_invented'],
    },
    'Six guide combs are included, in 3, 6, 9, 12, 18 and 24 mm.',
  ),
  listing(
    'n02',
    'pet_grooming_kits',
    'ja',
    GROOMING_ZH,
    GROOMING_SRC,
    {
      translated_description:
        'Furlo G5は、カット・コーミング・抜け毛取り・毛の吸引・お掃除の5役をこなす5in1ペットグルーミングセットです。カットしながら毛を吸い取るので、部屋中に毛が舞い散りません。ダストボックスの容量は1.8L、吸引力は3段階で調整でき、最大13000Paです。静音モードでは約52dBに抑えられます。アタッチメントコームは3・6・9・12・18・24mmの6種類が付属します。中型犬なら十数分でカットが終わり、数十種類の犬猫の毛質に対応します。',
      seo_title: 'Furlo G5 ペット用バリカン 吸引式 5in1セット',
      meta_description:
        'カットと同時に毛を吸い取るFurlo G5の5in1グルーミングセット。最大13000Paの吸引力と静音モード、6種類のコームで、おうちでも手軽にトリミングできます。',
      h1: 'Furlo G5 おうちトリミングセット',
      marketing_copy_a: 'トリミングサロンに通う手間も費用も、ぐっと減らせます。今すぐ購入。',
      marketing_copy_b:
        'ソファにも床にも毛が残らない、すっきりした毎日を。お手入れのあとも、愛犬とゆったり過ごせます。ぜひお試しください。',
      marketing_copy_c: '今週限定で替え刃をプレゼント中。この機会にぜひゲットしてください。',
    },
    { field: 'meta_description', find: '最大13000Pa', replace: '最大15000Pa', labels: ['number_invented'] },
    'アタッチメントコームは3・6・9・12・18・24mmの6種類が付属します。',
  ),
  listing(
    'n03',
    'baby_bottle_sterilizers',
    'en',
    STERILIZER_ZH,
    STERILIZER_SRC,
    {
      translated_description:
        'The Nuvia 3-in-1 bottle steriliser combines UV sterilisation, hot-air drying and storage in a single unit, and kills 99.9% of common bacteria. It takes up to 6 bottles plus breast-pump parts at a time, in a 16 L (4.2 US gal) chamber. A sterilising cycle takes just 10 minutes, and you can set the drying time anywhere from 30 to 60 minutes. The UVC lamps are rated for about 10,000 hours. No water is needed at any stage, and it suits bottles, tableware and toys for babies from 0 to 3 years.',
      seo_title: 'Nuvia 3-in-1 UV Bottle Steriliser and Dryer, 16 L',
      meta_description:
        'Nuvia 3-in-1 UV steriliser and dryer for up to 6 bottles: kills 99.9% of common bacteria in 10 minutes, needs no water and stores everything afterwards.',
      h1: 'Nuvia UV Steriliser for Bottles, Pump Parts and Toys',
      marketing_copy_a:
        'A steamer, a drying rack and a storage box rolled into a single appliance, with no descaling ever. Shop the Nuvia today.',
      marketing_copy_b:
        'Night feeds are tiring enough without scrubbing and boiling bottles. Lift the lid and find them clean, dry and ready. Discover the Nuvia.',
      marketing_copy_c:
        'New-parent offer: a free bottle brush set with every steriliser this month. Order yours now.',
    },
    {
      field: 'meta_description',
      find: 'in 10 minutes',
      replace: 'in 8 minutes',
      labels: ['number_invented'],
    },
    'The UVC lamps are rated for about 10,000 hours.',
  ),
  listing(
    'n03',
    'baby_bottle_sterilizers',
    'fr',
    STERILIZER_ZH,
    STERILIZER_SRC,
    {
      translated_description:
        'Le stérilisateur Nuvia 3 en 1 réunit stérilisation UV, séchage à air chaud et rangement, et élimine 99,9 % des bactéries courantes. Il accueille jusqu’à 6 biberons et les accessoires du tire-lait, dans une cuve de 16 litres. Un cycle de stérilisation ne dure que 10 minutes, et le séchage se règle entre 30 et 60 minutes. Les LED UVC ont une durée de vie d’environ 10\u202f000 heures. Aucune eau n’est nécessaire, et il convient aux biberons, à la vaisselle et aux jouets des bébés de 0 à 3 ans.',
      seo_title: 'Stérilisateur biberons UV Nuvia 3 en 1, 16 litres',
      meta_description:
        'Stérilisateur et sécheur UV Nuvia 3 en 1 : jusqu’à 6 biberons, 99,9 % des bactéries courantes éliminées en 10 minutes, sans eau ni détartrage.',
      h1: 'Nuvia, des biberons propres et secs sans effort',
      marketing_copy_a:
        'Stérilisateur, égouttoir et boîte de rangement réunis : un vrai gain de place dans la cuisine. Commandez votre Nuvia.',
      marketing_copy_b:
        'Les nuits sont déjà assez courtes sans frotter les biberons à la main. Soulevez le couvercle : tout est propre, sec et prêt pour la prochaine tétée. Découvrez Nuvia.',
      marketing_copy_c: 'Ce mois-ci, un goupillon offert avec chaque stérilisateur : profitez-en !',
    },
    {
      field: 'translated_description',
      find: 'jusqu’à 6 biberons',
      replace: 'jusqu’à 8 biberons',
      labels: ['number_dropped', 'number_invented'],
    },
    'Les LED UVC ont une durée de vie d’environ 10\u202f000 heures.',
  ),
  listing(
    'n04',
    'baby_food_makers',
    'de',
    FOOD_MAKER_ZH,
    FOOD_MAKER_SRC,
    {
      translated_description:
        'Der Beikost-Zubereiter Mimi der 2. Generation dämpft und püriert auf Knopfdruck, in etwa 15 Minuten ist Gemüse weich gegart. Der Mixbecher fasst 300 ml, und das vierflügelige Edelstahlmesser dreht mit bis zu 20.000 Umdrehungen pro Minute. Eine doppelte Sicherheitsverriegelung sorgt dafür, dass das Gerät nur mit korrekt aufgesetztem Becher startet. Geeignet für Babys ab 6 Monaten, von feinem Brei bis zu stückiger Beikost. Dazu gibt es ein Rezeptheft mit über 100 Beikostrezepten.',
      seo_title: 'Mimi Beikost-Zubereiter, 2. Generation, 300 ml',
      meta_description:
        'Beikost-Zubereiter Mimi der 2. Generation: dämpft und püriert auf Knopfdruck im 300-ml-Becher, mit doppelter Sicherheitsverriegelung und über 100 Rezepten.',
      h1: 'Mimi – frische Beikost aus der eigenen Küche',
      marketing_copy_a:
        'Selbst gekocht statt Gläschen aus dem Supermarkt: Sie wissen genau, was auf dem Löffel landet, und sparen dabei. Jetzt kaufen.',
      marketing_copy_b:
        'Das überraschte Gesicht beim Löffel Karottenbrei, das zufriedene Schmatzen danach. Solche Momente verdienen frische Zutaten. Entdecken Sie Mimi.',
      marketing_copy_c: 'Zum Marktstart gibt es ein Set Aufbewahrungsbecher gratis dazu – jetzt bestellen.',
    },
    { field: 'seo_title', find: '300 ml', replace: '400 ml', labels: ['number_invented'] },
    'Geeignet für Babys ab 6 Monaten, von feinem Brei bis zu stückiger Beikost.',
  ),
  listing(
    'n04',
    'baby_food_makers',
    'es',
    FOOD_MAKER_ZH,
    FOOD_MAKER_SRC,
    {
      translated_description:
        'El robot para papillas Mimi de 2.ª generación cuece al vapor y tritura con solo pulsar un botón, y en unos 15 minutos deja las verduras tiernas. El vaso tiene 300 ml de capacidad y la cuchilla de acero inoxidable de cuatro aspas alcanza las 20.000 revoluciones por minuto. Un doble bloqueo de seguridad impide que se ponga en marcha si el vaso no está bien colocado. Es apto para bebés a partir de 6 meses y prepara desde purés finos hasta papillas con tropezones. Incluye un recetario con más de 100 recetas.',
      seo_title: 'Robot para papillas Mimi 2.ª generación, 300 ml',
      meta_description:
        'Robot para papillas Mimi de 2.ª generación: cuece al vapor y tritura en el mismo vaso de 300 ml, con doble bloqueo de seguridad y más de 100 recetas.',
      h1: 'Mimi, papillas caseras sin complicaciones',
      marketing_copy_a:
        'Papillas hechas en casa con los ingredientes que tú eliges, sin pagar de más por los tarritos. Cómpralo ya.',
      marketing_copy_b:
        'Esa cara de sorpresa con la cucharada de puré de calabaza y la sonrisa que llega después. Nada sabe mejor que lo hecho en casa. Descubre Mimi.',
      marketing_copy_c:
        'Por lanzamiento, te regalamos un juego de tarros de conservación con tu robot. Aprovecha la oferta.',
    },
    {
      field: 'translated_description',
      find: 'en unos 15 minutos',
      replace: 'en unos 12 minutos',
      labels: ['number_dropped', 'number_invented'],
    },
    'Es apto para bebés a partir de 6 meses y prepara desde purés finos hasta papillas con tropezones.',
  ),
  listing(
    'n05',
    'blood_pressure_monitors',
    'de',
    BP_MONITOR_ZH,
    BP_MONITOR_SRC,
    {
      translated_description:
        'Das Oberarm-Blutdruckmessgerät Cardio BP7 misst oszillometrisch und zeigt das Ergebnis nach etwa 30 Sekunden an. Die Manschette passt für Armumfänge von 22 bis 42 cm, und das beleuchtete 4,5-Zoll-Display zeigt große, gut lesbare Ziffern. Zwei Personen können das Gerät nutzen und jeweils 120 Messungen speichern, Herzrhythmusstörungen werden angezeigt. Die Messabweichung liegt bei höchstens ±3 mmHg. Betrieben wird es mit 4 AAA-Batterien oder über USB, und Sie erhalten fünf Jahre Garantie.',
      seo_title: 'Cardio BP7 Oberarm-Blutdruckmessgerät, 4,5-Zoll-Display',
      meta_description:
        'Blutdruckmessgerät Cardio BP7 für den Oberarm: Ergebnis in etwa 30 Sekunden, Manschette für 22 bis 42 cm, Speicher für zwei Personen, fünf Jahre Garantie.',
      h1: 'Cardio BP7 – Blutdruck messen zu Hause',
      marketing_copy_a:
        'Verlässliche Werte für das nächste Arztgespräch, ganz ohne Wartezimmer und Termin. Jetzt bestellen.',
      marketing_copy_b:
        'Ein ruhiger Moment am Morgen, ein Blick aufs Display, und Sie wissen, woran Sie sind. Das gibt Gelassenheit für den ganzen Tag. Entdecken Sie Cardio.',
      marketing_copy_c:
        'Nur im Aktionszeitraum mit gratis Aufbewahrungstasche – sichern Sie sich Ihr Cardio BP7.',
    },
    {
      field: 'translated_description',
      find: 'jeweils 120 Messungen',
      replace: 'jeweils 200 Messungen',
      labels: ['number_dropped', 'number_invented'],
    },
    'Die Messabweichung liegt bei höchstens ±3 mmHg.',
  ),
  listing(
    'n05',
    'blood_pressure_monitors',
    'ja',
    BP_MONITOR_ZH,
    BP_MONITOR_SRC,
    {
      translated_description:
        'Cardio BP7は、オシロメトリック法で測定する上腕式の電子血圧計です。結果は約30秒で表示されます。カフは腕周り22〜42cmに対応し、4.5インチのバックライト付き大画面で数字がくっきり読めます。2人で使い分けができ、それぞれ120回分の測定結果を記録、不規則脈波もお知らせします。測定誤差は±3mmHg以内です。電源は単4形電池4本またはUSB給電で、本体は5年保証付きです。',
      seo_title: 'Cardio BP7 上腕式血圧計 4.5インチ大画面',
      meta_description:
        '約30秒で測れる上腕式血圧計Cardio BP7。腕周り22〜42cmのカフ、バックライト付き大画面、2人分の記録機能で、ご家族の毎日の健康管理をサポートします。',
      h1: 'Cardio BP7 おうちで血圧チェック',
      marketing_copy_a: '通院の合間も、ご自宅で手軽に記録を続けられます。詳しくはこちらをチェック。',
      marketing_copy_b:
        '朝の数値を見て、ほっとひと息。続けることが、ご家族みんなの安心につながります。ぜひお試しください。',
      marketing_copy_c: '期間限定で収納ケースをプレゼント中。お早めにご注文ください。',
    },
    {
      field: 'translated_description',
      find: '5年保証',
      replace: '10年保証',
      labels: ['number_dropped', 'number_invented'],
    },
    '測定誤差は±3mmHg以内です。',
  ),
  listing(
    'n06',
    'infrared_thermometers',
    'es',
    THERMOMETER_ZH,
    THERMOMETER_SRC,
    {
      translated_description:
        'El termómetro infrarrojo Tempo T2 ofrece dos modos de medición, en la frente y en el oído, y da el resultado en 1 segundo. Mide de 32 a 42,9 °C con una precisión de ±0,2 °C, y la pantalla se pone roja cuando la temperatura supera los 37,5 °C. Guarda 35 lecturas para que sigas fácilmente la evolución de la fiebre del bebé. Por la noche puedes activar el modo silencioso y no despertar al peque. Con dos pilas AAA hace unas 3000 mediciones, y sirve tanto para recién nacidos como para adultos.',
      seo_title: 'Termómetro infrarrojo Tempo T2 para frente y oído',
      meta_description:
        'Termómetro infrarrojo Tempo T2 de frente y oído: resultado en 1 segundo, precisión de ±0,2 °C, aviso rojo de fiebre y modo silencioso para la noche.',
      h1: 'Tempo T2, la temperatura del bebé al instante',
      marketing_copy_a:
        'Sirve para toda la familia, del recién nacido a los abuelos, y siempre lo tienes a mano. Consíguelo hoy.',
      marketing_copy_b:
        'Es de madrugada, el peque está calentito y tú solo quieres saber si tiene fiebre sin despertarlo. En silencio y al instante, sales de dudas. Descubre el Tempo T2.',
      marketing_copy_c: 'Oferta de lanzamiento: funda de viaje de regalo con tu termómetro. Pídelo ahora.',
    },
    { field: 'meta_description', find: '±0,2 °C', replace: '±0,1 °C', labels: ['number_invented'] },
    'Guarda 35 lecturas para que sigas fácilmente la evolución de la fiebre del bebé.',
  ),
  listing(
    'n06',
    'infrared_thermometers',
    'fr',
    THERMOMETER_ZH,
    THERMOMETER_SRC,
    {
      translated_description:
        'Le thermomètre infrarouge Tempo T2 propose deux modes de mesure, frontal et auriculaire, et affiche le résultat en 1 seconde. Il mesure de 32 à 42,9 °C avec une précision de ±0,2 °C, et l’écran passe au rouge dès que la température dépasse 37,5 °C. Il garde en mémoire 35 relevés pour suivre facilement la température de bébé. La nuit, le mode silencieux vous permet de prendre la température sans réveiller l’enfant. Deux piles AAA suffisent pour environ 3\u202f000 mesures, et il convient aussi bien aux nouveau-nés qu’aux adultes.',
      seo_title: 'Thermomètre infrarouge Tempo T2, front et oreille',
      meta_description:
        'Thermomètre infrarouge Tempo T2 frontal et auriculaire : résultat en 1 seconde, précision de ±0,2 °C, alerte fièvre en rouge et mode silencieux la nuit.',
      h1: 'Tempo T2, la fièvre sous contrôle en un instant',
      marketing_copy_a:
        'Le même thermomètre pour toute la famille, du nourrisson aux grands-parents : un achat malin. Achetez le Tempo T2.',
      marketing_copy_b:
        'Au milieu de la nuit, front brûlant et petits yeux fermés, vous voulez savoir sans le réveiller. Le Tempo T2 vous répond en silence. Découvrez-le.',
      marketing_copy_c: 'Étui de voyage offert pour tout achat ce mois-ci : commandez dès maintenant.',
    },
    {
      field: 'translated_description',
      replace: 'Son embout se nettoie en 5 secondes.',
      labels: ['number_invented'],
    },
    'Il garde en mémoire 35 relevés pour suivre facilement la température de bébé.',
  ),
];

// en: listing 1 (fountain) takes styles 0-2, listing 2 (grooming kit) 3-5, listing 3 (steriliser) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `✅ Done! Every field is filled in and ready for the shop.\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: afterSentence(c.marketing_copy_a, 1, '[1][2]') }),
  (c) => ({ h1: `${c.h1} (for the SEO team: please check this against the keyword plan)` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n- [x] Specs carried over from the source\n- [x] Units checked\n- [ ] Brand name approval pending`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n[tool_call: update_listing(field="marketing_copy_b", status="draft")]`,
  }),
  (c) => ({
    marketing_copy_c: `You are an experienced e-commerce copywriter for an online pet supplies shop.\n${c.marketing_copy_c}`,
  }),
  (c) => ({
    translated_description: `SKU: NUVIA-UV-STER\nCategory: baby_bottle_sterilizers\nTarget locale: en-GB\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nSo: copy A sells the space saving, copy B the calmer nights and copy C the launch offer.`,
  }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      '👉 Note: British spelling is used throughout (steriliser, sterilising).',
    ),
  }),
];

// de: listing 1 (fountain) takes styles 0-2, listing 2 (baby food maker) 3-5, listing 3 (blood pressure) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      1,
      '(Quelle: Datenblatt des Lieferanten, PDF)',
    ),
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nZusammengefasst: Text A betont den Nutzen, Text B das Gefühl und Text C das Angebot.`,
  }),
  (c) => ({ h1: `{"name": "set_field", "arguments": {"field": "h1", "value": "${c.h1}"}}` }),
  (c) => ({ marketing_copy_a: `✅ Fertig – Text A steht.\n${c.marketing_copy_a}` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nZur Prüfung durch die Rechtsabteilung: Aussagen zur Sicherheitsverriegelung bitte freigeben.`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nSKU: MIMI-BEIKOST\nKategorie: baby_food_makers\nSprache: de-DE`,
  }),
  (c) => ({
    translated_description: `Du bist ein erfahrener Texter für Medizinprodukte und schreibst sachlich, ohne Heilversprechen.\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\n✔ Sie-Form eingehalten ✔ keine Heilversprechen ✔ Handlungsaufforderung am Ende`,
  }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      '👉 Hinweis: emotional, aber ohne medizinische Versprechen formuliert.',
    ),
  }),
];

// ja: listing 1 (grooming kit) takes styles 0-2, listing 2 (blood pressure) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `${c.translated_description}\n\n[function_call: save_listing(lang="ja", field="translated_description")]`,
  }),
  (c) => ({ marketing_copy_c: `✅ 完了しました！\n${c.marketing_copy_c}` }),
  (c) => ({ h1: `${c.h1}（SEO担当の方へ：キーワード「ペット バリカン」を意識しています）` }),
  (c) => ({
    translated_description: afterSentenceJa(c.translated_description, 2, '（出典：サプライヤー提供資料）'),
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n以上、Aは手軽さ、Bは安心感、Cはキャンペーンを軸にした3案です。`,
  }),
  (c) => ({
    marketing_copy_a: `あなたはヘルスケア商品の販売ページを担当するプロのコピーライターです。\n${c.marketing_copy_a}`,
  }),
];

// es: listing 1 (baby food maker) takes styles 0-2, listing 2 (thermometer) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `SKU: MIMI-PAPILLAS\nCategoría: baby_food_makers\nIdioma: es-ES\n\n${c.translated_description}`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n- [x] Tono cercano\n- [x] Tuteo\n- [ ] Revisar longitud para móvil`,
  }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nResumen de las tres propuestas: A habla de ahorro, B de emoción y C de la oferta de lanzamiento.`,
  }),
  (c) => ({
    translated_description: `Eres un redactor especializado en productos de puericultura y salud. Tuteas al cliente y no haces promesas médicas.\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `${c.marketing_copy_a} 👉 Nota: he evitado prometer resultados médicos.` }),
  (c) => ({
    translated_description: afterSentence(
      c.translated_description,
      2,
      '(Para el equipo legal: confirmad si podemos hablar de precisión sin certificado.)',
    ),
  }),
];

// fr: listing 1 (steriliser) takes styles 0-2, listing 2 (thermometer) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `${c.translated_description} (source : fiche PDF du fournisseur)` }),
  (c) => ({
    marketing_copy_c: `<|tool_call|>save_field{"field": "marketing_copy_c"}\n${c.marketing_copy_c}`,
  }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nPour l’équipe SEO : le mot-clé « stérilisateur biberon » figure déjà dans le titre.`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n☑ Vouvoiement ☑ Unités vérifiées ☑ Appel à l’action dans chaque texte`,
  }),
  (c) => ({ h1: `SKU : TEMPO-T2\nCatégorie : infrared_thermometers\n${c.h1}` }),
  (c) => ({
    marketing_copy_a: `${c.marketing_copy_a}\n\nEn résumé, trois angles : A mise sur l’usage familial, B sur les nuits calmes, C sur l’étui offert.`,
  }),
];

export const ROUND_28_WORDING: Record<Language, DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap plastic fountains clog within weeks.',
      'Unlike knockoff pumps, ours stays quiet.',
      'Sold with a genuine filter, never a counterfeit cartridge.',
      'Imitation parts simply do not fit.',
    ],
    slogans: ['Less fur, more cuddles.', 'Clean bottles, calmer nights.'],
    chineseLeftovers: [],
    duplicateLead: 'Long story short: ',
    titleStuffing: ' | Editor’s Choice, Great Gift, Easy Returns, Fast Dispatch',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Pumpen brummen schon nach kurzer Zeit.',
      'Nachahmungen passen selten in unsere Halterung.',
      'Ersatzteile gibt es nur im Original, nie als Imitat.',
      'Achten Sie auf Fälschungen bei Drittanbietern.',
    ],
    slogans: ['Frisch gekocht, mit Liebe püriert.', 'Gut gemessen ist halb entspannt.'],
    chineseLeftovers: [],
    duplicateLead: 'Das Wichtigste vorweg: ',
    titleStuffing: ' | Testsieger-Tipp, Geschenkidee, Gratisversand, Neuheit',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安バリカンとは切れ味が違います。',
      'コピー品の替え刃は使用できません。',
      '偽物の販売サイトが確認されています。',
      '模倣品とは吸引力がまるで違います。',
    ],
    slogans: ['毛が舞わない、やさしいトリミング。', '毎日の「はかる」を、もっと手軽に。'],
    chineseLeftovers: ['这套美容工具让宠物修毛变得很简单。', '这款血压计的屏幕很大，老人也能看清楚。'],
    duplicateLead: 'ポイントは、',
    titleStuffing: '｜口コミ高評価 おすすめ 送料無料 ギフト対応 新生活応援',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Nada de robots baratos que se atascan.',
      'Las imitaciones no pasan nuestros controles.',
      'Cuidado con las falsificaciones de reventa.',
      'No es una réplica: es el modelo original.',
    ],
    slogans: ['Tu tranquilidad, al instante.', 'Papillas caseras, sonrisas de verdad.'],
    chineseLeftovers: [],
    duplicateLead: 'Resumiendo: ',
    titleStuffing: ' | Oferta especial, regalo perfecto, envío gratis, novedad',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Les appareils pas chers tiennent rarement la distance.',
      'Attention aux contrefaçons sur les places de marché.',
      'Une imitation ne protège pas vos biberons.',
      'Ce n’est pas une réplique de grande surface.',
    ],
    slogans: ['La fièvre, mesurée en douceur.', 'Des biberons nets, des nuits sereines.'],
    chineseLeftovers: [],
    duplicateLead: 'Pour aller à l’essentiel : ',
    titleStuffing: ' | Promo, cadeau de naissance, livraison gratuite, nouveauté',
  },
};
