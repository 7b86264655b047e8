// Blind set, round 18 (written without reading the gate, committed before it is scored): six products in categories
// ice_cream_makers, trekking_poles, baby_bath_tubs, mechanical_pencils, car_phone_mounts and aroma_diffusers,
// 12 hand-written listings, three artifact styles per listing and wording of its own;
// legitimate numbers: 第3代 (3rd generation, 3. Generation), model IC-150, 1.5 L (51 fl oz), 6 to 8 servings, 40 minutes,
// 12 programs, 1 hour, 150 W, 百分之二十 (20%), 一次/一键 (idiomatic, not numbers), 一对两支 (a pair, 2 poles), 210 g (7.4 oz),
// 三节式 (three-section, 3 sections), 110–135 cm, 38 cm, 4 tip protectors, 150–190 cm, 0至12个月 (0–12 months), 37 °C,
// 80 × 50 × 22 cm, 9 cm, 6 pads, 0.5 mm lead, 14.5 cm, 18 g, 40 strokes, 360°, 双重 (dual, not a number),
// 两盒 (two boxes), 20 leads each, 15 W, 4.7 to 6.9 inches, 2万次 (20,000 cycles), 十几秒 (just over 10 seconds),
// 1.2 m (3.9 ft), 300 ml, 2档 (two mist levels), 10 hours, 7色 (7 colours), timer 1, 3 or 6 hours, 20–30 m², 35 dB.
import type { Language } from '@content-pipeline/languages';
import { listing, type BlindListing, type DefectWording } from './blind-set';

const ICE_ZH = 'Frosta 第3代全自动冰淇淋机 IC-150';
const ICE_SRC =
  'Frosta 第3代全自动冰淇淋机，型号IC-150，容量1.5升，一次可做6至8人份。内置压缩机，无需提前冷冻碗桶，约40分钟即可完成。12种自动程序，冰淇淋、酸奶、雪葩一键切换，完成后自动保冷1小时。功率150W，能耗比上一代降低百分之二十。';
const POLES_ZH = 'Alpina 碳纤维登山杖 一对装';
const POLES_SRC =
  'Alpina 登山杖一对两支，杖身采用碳纤维，单支重量仅210克。三节式快锁设计，长度可在110至135厘米之间调节，收起后仅38厘米。EVA泡棉手柄防滑吸汗，附赠4种杖尖保护套。适合身高150至190厘米的使用者。';
const BATH_ZH = 'Bubu 可折叠婴儿浴盆 带温度感应';
const BATH_SRC =
  'Bubu 可折叠婴儿浴盆适合0至12个月的宝宝，附带可拆卸浴网。排水塞内置温度感应，水温超过37℃时变为白色提醒。展开尺寸80×50×22厘米，折叠后仅9厘米厚，可挂墙收纳。盆底有6个防滑垫，采用不含BPA的PP材质。';
const PENCIL_ZH = 'Kaku 0.5毫米 自动转芯铅笔';
const PENCIL_SRC =
  'Kaku 自动铅笔适用0.5毫米笔芯，铝合金笔杆长14.5厘米，重18克，低重心设计书写更稳。内置转芯机构，笔芯每写40画自动旋转360度，线条粗细始终如一。双重防断芯保护，笔头可完全缩回。附赠两盒HB笔芯，每盒20支。';
const MOUNT_ZH = 'Grip 15W 无线充电车载手机支架';
const MOUNT_SRC =
  'Grip 车载手机支架内置15W无线快充，适配4.7至6.9英寸手机。红外感应自动开合夹臂，经过2万次开合测试。出风口夹头支持360度旋转，安装只需十几秒。配有1.2米Type-C数据线。';
const DIFFUSER_ZH = 'Nuvola 超声波香薰机 300毫升 7色灯';
const DIFFUSER_SRC =
  'Nuvola 超声波香薰机水箱容量300毫升，雾量分2档，连续喷雾最长10小时，缺水自动断电。内置7色灯光，可单色常亮或循环渐变。定时可选1小时、3小时或6小时。适用面积20至30平方米，运行噪音低于35分贝。';

export const ROUND_18_LISTINGS: readonly BlindListing[] = [
  listing(
    'h01',
    'ice_cream_makers',
    'en',
    ICE_ZH,
    ICE_SRC,
    {
      translated_description:
        'The 3rd-generation Frosta IC-150 is a fully automatic ice cream maker with a 1.5 L (51 fl oz) bowl that makes 6 to 8 servings per batch. Its built-in compressor means no pre-freezing the bowl, and dessert is ready in about 40 minutes. Choose from 12 automatic programs for ice cream, frozen yogurt or sorbet at the touch of a button; once churned, the batch is kept cold for 1 hour. Power: 150 W, with 20% lower energy use than the previous generation. Ideal for: family desserts, dinner parties and anyone who wants to skip the additives. Tip: chill your mix in the fridge first for an even creamier scoop.',
      seo_title: 'Frosta IC-150 Ice Cream Maker with Compressor, 1.5 L',
      meta_description:
        'Frosta IC-150 compressor ice cream maker with a 1.5 L bowl: 6 to 8 servings in about 40 minutes, 12 programs and no pre-freezing. Homemade gelato, made easy.',
      h1: 'Frosta 3rd-Gen Automatic Ice Cream Maker',
      marketing_copy_a:
        'Twelve programs, no pre-freezing and lower running costs than the last model. Get your Frosta today.',
      marketing_copy_b:
        'Who says the best scoop in town has to come from a parlour? 🍨 Treat yourself to a Frosta.',
      marketing_copy_c: 'Launch offer: a free scoop set with every machine this week. Order now.',
    },
    { field: 'seo_title', find: '1.5 L', replace: '2 L', labels: ['number_invented'] },
    'Its built-in compressor means no pre-freezing the bowl, and dessert is ready in about 40 minutes.',
  ),
  listing(
    'h01',
    'ice_cream_makers',
    'de',
    ICE_ZH,
    ICE_SRC,
    {
      translated_description:
        'Die Frosta IC-150 ist eine vollautomatische Eismaschine der 3. Generation mit 1,5 Liter Fassungsvermögen – genug für 6 bis 8 Portionen pro Durchgang. Dank eingebautem Kompressor muss nichts vorgefroren werden, das Eis ist in rund 40 Minuten fertig. 12 Automatikprogramme wechseln per Knopfdruck zwischen Eiscreme, Frozen Joghurt und Sorbet; danach hält die Maschine das Eis 1 Stunde lang kühl. Leistung: 150 W, der Energieverbrauch liegt 20 % unter dem des Vorgängermodells. Tipp: Stellen Sie die Eismasse vorher in den Kühlschrank, dann wird das Ergebnis noch cremiger.',
      seo_title: 'Frosta IC-150 Eismaschine mit Kompressor, 1,5 Liter',
      meta_description:
        'Eismaschine Frosta IC-150 mit Kompressor: 1,5 Liter für 6 bis 8 Portionen, fertig in rund 40 Minuten, 12 Programme und kein lästiges Vorfrieren.',
      h1: 'Frosta Eismaschine der dritten Generation',
      marketing_copy_a:
        'Zwölf Programme, kein Vorfrieren und weniger Stromverbrauch als beim Vorgänger. Jetzt bestellen.',
      marketing_copy_b:
        'Sommerabend, Terrasse, selbst gemachtes Sorbet – wer braucht da noch die Eisdiele? 🍦 Entdecken Sie Frosta.',
      marketing_copy_c: 'Nur diese Woche mit gratis Portionierer: Sichern Sie sich Ihre Frosta.',
    },
    {
      field: 'meta_description',
      find: 'rund 40 Minuten',
      replace: 'rund 30 Minuten',
      labels: ['number_invented'],
    },
    'Dank eingebautem Kompressor muss nichts vorgefroren werden, das Eis ist in rund 40 Minuten fertig.',
  ),
  listing(
    'h02',
    'trekking_poles',
    'fr',
    POLES_ZH,
    POLES_SRC,
    {
      translated_description:
        'Les bâtons de randonnée Alpina sont vendus par paire (2 bâtons) en fibre de carbone, et chacun ne pèse que 210 g. Leur système à 3 sections avec blocage rapide se règle de 110 à 135 cm et se replie à 38 cm seulement. Les poignées en mousse EVA sont antidérapantes et absorbent la transpiration. Ils conviennent aux personnes mesurant de 150 à 190 cm (voir le guide des tailles). Contenu : 2 bâtons et 4 types d’embouts de protection. Bonne randonnée !',
      seo_title: 'Bâtons de randonnée Alpina en carbone, la paire',
      meta_description:
        'Paire de bâtons de randonnée Alpina en carbone : 210 g chacun, 3 sections à blocage rapide réglables de 110 à 135 cm, 38 cm une fois repliés dans le sac.',
      h1: 'Alpina, bâtons de marche légers en carbone',
      marketing_copy_a:
        'La légèreté du carbone sans le prix d’un équipement de guide. Achetez la paire Alpina.',
      marketing_copy_b: 'Dans la descente, vos genoux vous diront merci. Découvrez Alpina.',
      marketing_copy_c: 'Embouts offerts ce mois-ci : commandez vos bâtons dès maintenant.',
    },
    {
      field: 'translated_description',
      replace: 'Chaque bâton supporte une charge de 90 kg.',
      labels: ['number_invented'],
    },
    'Ils conviennent aux personnes mesurant de 150 à 190 cm (voir le guide des tailles).',
  ),
  listing(
    'h02',
    'trekking_poles',
    'en',
    POLES_ZH,
    POLES_SRC,
    {
      translated_description:
        'Alpina trekking poles come as a set of 2 carbon-fibre poles, each weighing only 210 g (7.4 oz). A three-section quick-lock design adjusts from 110 to 135 cm and packs down to just 38 cm. EVA foam grips stay secure and soak up sweat. Suitable for hikers from 150 to 190 cm tall (see size chart). Package includes: 2 poles and 4 types of tip protector. Enjoy your hike!',
      seo_title: 'Alpina Carbon Trekking Poles, Pair, 110–135 cm',
      meta_description:
        'Alpina carbon-fibre trekking poles: 210 g each, three-section quick locks from 110 to 135 cm, packing down to 38 cm. Light on the trail, kind to your knees.',
      h1: 'Alpina Carbon-Fibre Trekking Poles',
      marketing_copy_a: 'Carbon strength at a weight you will soon forget is there. Shop the Alpina pair.',
      marketing_copy_b: 'Steep descent, tired legs, and every step still feels sure. Grab your poles and go.',
      marketing_copy_c: 'Free tip-protector set this month – add a pair to your cart.',
    },
    {
      field: 'translated_description',
      find: '210 g (7.4 oz)',
      replace: '180 g (6.3 oz)',
      labels: ['number_dropped', 'number_invented'],
    },
    'Suitable for hikers from 150 to 190 cm tall (see size chart).',
  ),
  listing(
    'h03',
    'baby_bath_tubs',
    'ja',
    BATH_ZH,
    BATH_SRC,
    {
      translated_description:
        'Bubuの折りたたみベビーバスは0〜12か月の赤ちゃん向けで、取り外せるバスネットが付いています。排水栓には温度センサーを内蔵し、お湯が37℃を超えると白く変わってお知らせします。広げたサイズは80×50×22cm、たたむと厚さわずか9cmで壁掛け収納もできます。底面には6個の滑り止めパッドがあり、素材はBPAフリーのPPです。セット内容：ベビーバス本体、バスネット。※入浴中は赤ちゃんから絶対に目を離さないでください。',
      seo_title: 'Bubu 折りたたみベビーバス 0〜12か月 温度センサー付き',
      meta_description:
        '0〜12か月の赤ちゃん向け折りたたみベビーバス。37℃を超えると排水栓の色が変わり、たたむと厚さ9cm。滑り止めパッド付きで毎日の沐浴を安心サポート。',
      h1: 'Bubu 温度が見える赤ちゃんのお風呂',
      marketing_copy_a: 'バスネット付きで、これひとつで沐浴の準備が完了。今すぐ購入。',
      marketing_copy_b:
        'お湯の温度を何度も手で確かめていませんか？色が変わるサインで、毎日のお風呂がもっと楽しくなります。ぜひお試しください。',
      marketing_copy_c: '出産準備セールでお得に。ご注文はお早めに。',
    },
    { field: 'seo_title', find: '0〜12か月', replace: '0〜18か月', labels: ['number_invented'] },
    '底面には6個の滑り止めパッドがあり、素材はBPAフリーのPPです。',
  ),
  listing(
    'h03',
    'baby_bath_tubs',
    'es',
    BATH_ZH,
    BATH_SRC,
    {
      translated_description:
        'La bañera plegable Bubu está pensada para bebés de 0 a 12 meses e incluye una hamaca de baño desmontable. El tapón de desagüe lleva un sensor de temperatura que se vuelve blanco cuando el agua supera los 37 °C. Desplegada mide 80 × 50 × 22 cm y plegada tiene solo 9 cm de grosor, así que puedes colgarla en la pared. La base tiene 6 almohadillas antideslizantes y está fabricada en PP sin BPA. Contenido: bañera y hamaca de baño. Importante: nunca dejes al bebé solo en el agua, ni siquiera un momento.',
      seo_title: 'Bañera plegable para bebé Bubu con sensor de calor',
      meta_description:
        'Bañera plegable Bubu para bebés de 0 a 12 meses: el tapón cambia de color a más de 37 °C y plegada ocupa solo 9 cm. Con hamaca incluida y base antideslizante.',
      h1: 'Bubu, la bañera que avisa de la temperatura',
      marketing_copy_a: 'Bañera y hamaca en un solo pack, sin gastar de más. Cómprala hoy.',
      marketing_copy_b: '¿Hay algo más tierno que su primera sonrisa en el agua? Descubre Bubu.',
      marketing_copy_c: 'Envío gratis para tu lista de nacimiento: pide la tuya ya.',
    },
    {
      field: 'translated_description',
      find: 'supera los 37 °C',
      replace: 'supera los 38 °C',
      labels: ['number_dropped', 'number_invented'],
    },
    'La base tiene 6 almohadillas antideslizantes y está fabricada en PP sin BPA.',
  ),
  listing(
    'h04',
    'mechanical_pencils',
    'de',
    PENCIL_ZH,
    PENCIL_SRC,
    {
      translated_description:
        'Der Druckbleistift Kaku ist für 0,5-mm-Minen ausgelegt. Der Schaft aus Aluminiumlegierung ist 14,5 cm lang und wiegt 18 g; der tiefe Schwerpunkt sorgt für eine ruhige Hand. Ein eingebauter Drehmechanismus dreht die Mine alle 40 Striche um 360 Grad, sodass die Linie immer gleich breit bleibt. Der doppelte Bruchschutz hält die Mine stabil, und die Spitze lässt sich vollständig einziehen. Lieferumfang: Bleistift und zwei Dosen 0,5-mm-HB-Minen mit je 20 Stück. Tipp: Halten Sie den Stift etwas steiler, dann arbeitet die Drehung noch gleichmäßiger.',
      seo_title: 'Kaku Druckbleistift 0,5 mm mit Minen-Drehmechanismus',
      meta_description:
        'Druckbleistift Kaku für 0,5-mm-Minen: Alu-Schaft mit 18 g und tiefem Schwerpunkt, die Mine dreht sich alle 40 Striche. Inklusive zwei Dosen HB-Minen.',
      h1: 'Kaku Druckbleistift mit Drehmechanik',
      marketing_copy_a: 'Präzision aus Aluminium, dazu zwei Dosen Minen gratis. Jetzt kaufen.',
      marketing_copy_b:
        'Jede Linie so fein wie die erste – Skizzieren macht wieder Spaß. Entdecken Sie Kaku.',
      marketing_copy_c: 'Zum Semesterstart mit kostenloser Gravur: einfach in den Warenkorb legen.',
    },
    {
      field: 'translated_description',
      find: 'für 0,5-mm-Minen',
      replace: 'für 0,7-mm-Minen',
      labels: ['number_invented'],
    },
    'Der Schaft aus Aluminiumlegierung ist 14,5 cm lang und wiegt 18 g; der tiefe Schwerpunkt sorgt für eine ruhige Hand.',
  ),
  listing(
    'h04',
    'mechanical_pencils',
    'ja',
    PENCIL_ZH,
    PENCIL_SRC,
    {
      translated_description:
        'Kakuのシャープペンシルは0.5mm芯に対応。アルミ合金製の軸は長さ14.5cm、重さ18gで、低重心設計により安定して書けます。内蔵の回転機構が40画ごとに芯を360度回転させるので、線の太さがいつも均一です。二重の折れ防止構造を備え、ペン先は完全に収納できます。HB替芯2ケース（各20本）付き。最後のページまで同じ細さで書けたら、ノートはもっときれいになると思いませんか？※替芯は0.5mm専用です。',
      seo_title: 'Kaku シャープペンシル 0.5mm 芯が回る 低重心',
      meta_description:
        '0.5mm芯対応、アルミ軸18gの低重心シャープペンシル。40画ごとに芯が回転して線の太さが均一に。HB替芯2ケース付きで、届いたその日から使えます。',
      h1: 'Kaku 芯が回るシャープペン',
      marketing_copy_a: '替芯2ケース付きで、買い足しいらず。今すぐ購入。',
      marketing_copy_b: 'ノートの最後のページまで、きれいな線で書き切る気持ちよさ。ぜひお試しください。',
      marketing_copy_c: '新学期キャンペーンで名入れ無料。ご注文はこちらから。',
    },
    {
      field: 'translated_description',
      replace: 'クリップは3万回の開閉テストをクリアしています。',
      labels: ['number_invented'],
    },
    '内蔵の回転機構が40画ごとに芯を360度回転させるので、線の太さがいつも均一です。',
  ),
  listing(
    'h05',
    'car_phone_mounts',
    'es',
    MOUNT_ZH,
    MOUNT_SRC,
    {
      translated_description:
        'El soporte de coche Grip integra carga inalámbrica rápida de 15 W y es compatible con móviles de 4,7 a 6,9 pulgadas. Sus brazos se abren y se cierran solos gracias a un sensor de infrarrojos, y han superado 20.000 ciclos de prueba. La pinza para la rejilla gira 360° y se instala en poco más de 10 segundos. Incluye un cable Type-C de 1,2 m. ¿Cansado de buscar el móvil en cada curva? Lo diseñamos para que tengas el mapa siempre a la vista. Ideal para: viajes largos, trayectos diarios y repartidores.',
      seo_title: 'Soporte móvil coche Grip con carga inalámbrica 15 W',
      meta_description:
        'Soporte de coche Grip con carga inalámbrica de 15 W para móviles de 4,7 a 6,9 pulgadas, brazos automáticos por infrarrojos y pinza de rejilla de 360°.',
      h1: 'Grip, tu móvil firme y cargado al volante',
      marketing_copy_a: 'Carga y sujeción en un solo accesorio, sin cables de sobra. Consíguelo hoy.',
      marketing_copy_b: 'Llegas a tu destino sin despistes y con la batería llena. Descubre Grip.',
      marketing_copy_c: 'Envío exprés gratis esta semana: ¡pídelo ya!',
    },
    { field: 'meta_description', find: 'de 360°', replace: 'de 270°', labels: ['number_invented'] },
    'Incluye un cable Type-C de 1,2 m.',
  ),
  listing(
    'h05',
    'car_phone_mounts',
    'en',
    MOUNT_ZH,
    MOUNT_SRC,
    {
      translated_description:
        'The Grip car phone mount has built-in 15 W fast wireless charging and fits phones from 4.7 to 6.9 inches. An infrared sensor opens and closes the arms automatically, and the clamp has passed 20,000 open-close tests. The vent clip rotates 360° and installs in just over 10 seconds. A 1.2 m (3.9 ft) Type-C cable is included. We designed it for drivers who want the map in sight and both hands on the wheel. Please note: 15 W charging needs a compatible phone and car adapter, and the angle should be set before you drive, never while moving.',
      seo_title: 'Grip 15 W Wireless Charging Car Phone Mount',
      meta_description:
        'Grip car phone mount with 15 W wireless charging, automatic infrared arms and a 360° vent clip that fits 4.7 to 6.9 inch phones. Installs in seconds.',
      h1: 'Grip Auto-Clamp Car Mount',
      marketing_copy_a: 'A charger and a mount in one, for less than buying both. Buy Grip today.',
      marketing_copy_b: 'Eyes on the road, music playing, battery climbing. Discover the calm of Grip.',
      marketing_copy_c: 'Free shipping this weekend only. 👉 Get yours before Monday.',
    },
    {
      field: 'translated_description',
      find: 'built-in 15 W fast',
      replace: 'built-in 25 W fast',
      labels: ['number_invented'],
    },
    'A 1.2 m (3.9 ft) Type-C cable is included.',
  ),
  listing(
    'h06',
    'aroma_diffusers',
    'fr',
    DIFFUSER_ZH,
    DIFFUSER_SRC,
    {
      translated_description:
        'Le diffuseur d’huiles essentielles à ultrasons Nuvola possède un réservoir de 300 ml et 2 niveaux de brume. Il diffuse jusqu’à 10 heures d’affilée et s’éteint tout seul quand l’eau vient à manquer. Son éclairage en 7 couleurs reste fixe sur une teinte ou défile en fondu. Minuterie au choix : 1 h, 3 h ou 6 h. Il convient aux pièces de 20 à 30 m² et reste sous les 35 dB en marche. Astuce : quelques gouttes d’huile suffisent pour parfumer toute la pièce.',
      seo_title: 'Diffuseur d’huiles essentielles Nuvola, 300 ml',
      meta_description:
        'Diffuseur à ultrasons Nuvola : réservoir de 300 ml, jusqu’à 10 heures de brume, lumière en 7 couleurs et arrêt automatique, pour les pièces de 20 à 30 m².',
      h1: 'Nuvola, la brume douce qui parfume la maison',
      marketing_copy_a:
        'Deux intensités, une minuterie, aucune mauvaise surprise sur la facture d’électricité. Découvrez Nuvola.',
      marketing_copy_b:
        'Une lumière tamisée, un parfum de lavande, et la journée s’efface. Offrez-vous ce moment.',
      marketing_copy_c: 'Coffret d’huiles offert cette semaine. ✨ Commandez le vôtre dès aujourd’hui.',
    },
    {
      field: 'translated_description',
      find: 'sous les 35 dB',
      replace: 'sous les 25 dB',
      labels: ['number_dropped', 'number_invented'],
    },
    'Minuterie au choix : 1 h, 3 h ou 6 h.',
  ),
  listing(
    'h06',
    'aroma_diffusers',
    'de',
    DIFFUSER_ZH,
    DIFFUSER_SRC,
    {
      translated_description:
        'Der Ultraschall-Aromadiffuser Nuvola fasst 300 ml Wasser und bietet zwei Nebelstufen. Er vernebelt bis zu 10 Stunden am Stück und schaltet sich bei Wassermangel automatisch ab. Das Licht in 7 Farben leuchtet dauerhaft in einer Farbe oder wechselt sanft durch alle Töne. Der Timer lässt sich auf 1, 3 oder 6 Stunden stellen. Geeignet für Räume von 20 bis 30 m², im Betrieb leiser als 35 dB. Bitte beachten Sie: Nur Wasser und ätherische Öle einfüllen, keine alkoholhaltigen Duftöle. Wir haben Nuvola für alle entwickelt, die abends wirklich abschalten wollen.',
      seo_title: 'Nuvola Aromadiffuser 300 ml mit Licht in 7 Farben',
      meta_description:
        'Aromadiffuser Nuvola mit 300 ml Tank, zwei Nebelstufen, bis zu 10 Stunden Laufzeit, Licht in 7 Farben und Abschaltautomatik – flüsterleise unter 35 dB.',
      h1: 'Nuvola Ultraschall-Diffuser für Zuhause',
      marketing_copy_a: 'Duft, Licht und Luftbefeuchter in einem Gerät – spart Platz und Geld. Jetzt kaufen.',
      marketing_copy_b:
        'Kerzenlicht-Stimmung ohne offene Flamme, Lavendel in der Luft, Feierabend. 🌿 Entdecken Sie Nuvola.',
      marketing_copy_c: 'Gratis Probierset mit ätherischen Ölen, solange der Vorrat reicht: Jetzt bestellen.',
    },
    { field: 'seo_title', find: '300 ml', replace: '500 ml', labels: ['number_invented'] },
    'Das Licht in 7 Farben leuchtet dauerhaft in einer Farbe oder wechselt sanft durch alle Töne.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

export const ROUND_18_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: [
      (c) => ({
        translated_description: `Approach: stay close to the Chinese, metric first with imperial in brackets, close on a practical tip.\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `seo_title = "${c.seo_title}"` }),
      (c) => ({ marketing_copy_a: `${c.marketing_copy_a} [16 words, inside the brief's limit]` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\nShould I also draft a shorter variant for the holiday banner, or is this one good to go?`,
      }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nHeads-up: a couple of the measurements were hard to make out in the supplier text, so give them a second look before this goes live.`,
      }),
      (c) => ({ h1: `<h1 class="pdp-title">${c.h1}</h1>` }),
      (c) => ({ marketing_copy_b: `${c.marketing_copy_b} Use code {{DISCOUNT_CODE}} at checkout.` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n(Written in British English – say the word if the US storefront needs American spellings.)`,
      }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\n— generated by CopyPilot, your listing assistant`,
      }),
    ],
    forbidden: [
      'No cheap plastic hinges here.',
      'Beware of knockoffs sold under similar names.',
      'Imitations rarely last a single season.',
      'Counterfeit parts? Never in our box.',
    ],
    slogans: ['Every summit starts with a step.', 'Your dashboard, sorted.'],
    chineseLeftovers: [],
    duplicateLead: 'Simply put, ',
    titleStuffing: ' | Top Rated, Gift Idea, Fast Shipping, Summer Sale',
  },
  de: {
    artifacts: [
      (c) => ({
        translated_description: `Okay, los geht’s – die deutsche Fassung, eng am Original entlang:\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `[SEO-Titel] ${c.seo_title}` }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b}\n\n(Tonalität: bewusst per Sie, eher warm als verkäuferisch.)`,
      }),
      (c) => ({ translated_description: `### Produktbeschreibung\n\n${c.translated_description}` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\nPasst das so, oder soll ich die Aktion noch konkreter formulieren?`,
      }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nNote to reviewer: one spec in the source was ambiguous, so I went with the most literal reading.`,
      }),
      (c) => ({
        marketing_copy_a: `${c.marketing_copy_a}\n\nEine Fassung für die Schweiz (ss statt ß) liefere ich gern nach.`,
      }),
      (c) => ({ marketing_copy_b: `${c.marketing_copy_b} (≈ 14 Wörter, passt in den Teaser-Slot)` }),
      (c) => ({ h1: `"h1": "${c.h1}",` }),
    ],
    forbidden: [
      'Billige Kopien halten keinen Sommer durch.',
      'Vorsicht vor Fälschungen aus dubiosen Shops.',
      'Nachahmungen erkennen Sie am wackeligen Gehäuse.',
      'Hier bekommen Sie garantiert kein Imitat.',
    ],
    slogans: ['Feine Linien, ruhige Hand.', 'Duft, der bleibt.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz und gut: ',
    titleStuffing: ' – Neuheit, Geschenkidee, Top-Qualität, Schnellversand',
  },
  ja: {
    artifacts: [
      (c) => ({
        translated_description: `まず原文の仕様を順番どおりに訳し、最後に注意書きを添える構成にしました。\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `"seo_title": "${c.seo_title}"` }),
      (c) => ({
        marketing_copy_b: `${c.marketing_copy_b}\n（トーン：やさしく語りかける口調に統一しています）`,
      }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nLet me know if you'd prefer a more formal keigo version.`,
      }),
      (c) => ({ h1: `${c.h1} ｜ {{SHOP_NAME}}` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n※原文にキャンペーン期間の記載がなかったため、日付は入れていません。`,
      }),
    ],
    forbidden: [
      '偽物にはご注意ください。',
      'コピー品と比べてみてください。',
      '激安の類似品とは品質が違います。',
      'レプリカではなく正規品です。',
    ],
    slogans: ['書くたびに、新しい線。', 'はじめてのお風呂を、笑顔で。'],
    chineseLeftovers: ['这款浴盆适合新生儿使用。', '笔芯断了请及时更换，书写时不要太用力。'],
    duplicateLead: 'ひとことで言えば、',
    titleStuffing: '｜人気ランキング上位 プレゼントに最適 送料無料',
  },
  es: {
    artifacts: [
      (c) => ({
        translated_description: `Vale, te dejo la versión en español (he respetado las medidas del original):\n\n${c.translated_description}`,
      }),
      (c) => ({ marketing_copy_a: `**Copy de valor** — ${c.marketing_copy_a}` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\n(Si se publica en LATAM, mejor «ordena» en lugar de «pide».)`,
      }),
      (c) => ({ h1: `${c.h1} (elegí un H1 distinto del título para no duplicarlo)` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nNota del traductor: «Type-C» lo dejé tal cual porque así aparece en el texto fuente.`,
      }),
      (c) => ({ marketing_copy_b: `${c.marketing_copy_b}\n\n[end of copy B – copy C follows]` }),
    ],
    forbidden: [
      'No te conformes con imitaciones.',
      'Lo barato sale caro.',
      'Cuidado con las réplicas sin certificar.',
      'Nada de piezas falsas.',
    ],
    slogans: ['Tu bebé, siempre a gusto.', 'La ruta, siempre a la vista.'],
    chineseLeftovers: [],
    duplicateLead: 'En resumen: ',
    titleStuffing: ' | Novedad, ideal para regalo, envío rápido y gratis',
  },
  fr: {
    artifacts: [
      (c) => ({
        translated_description: `D’accord, je reprends la fiche en français en gardant toutes les mesures :\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `\`${c.seo_title}\`` }),
      (c) => ({ marketing_copy_b: `${c.marketing_copy_b} (lecture : moins de 5 secondes)` }),
      (c) => ({ translated_description: `[FR]\n${c.translated_description}\n[/FR]` }),
      (c) => ({
        marketing_copy_a: `${c.marketing_copy_a}\n\nNot sure this wording fits the brand voice – feel free to swap it.`,
      }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c}\n\n— Rédigé par votre assistant de rédaction`,
      }),
    ],
    forbidden: [
      'Méfiez-vous des contrefaçons vendues en ligne.',
      'Un produit pas cher finit souvent à la poubelle.',
      'Les imitations ne tiennent pas la distance.',
      'Aucune fausse promesse ici.',
    ],
    slogans: ['Le calme, goutte à goutte.', 'Plus haut, plus léger.'],
    chineseLeftovers: [],
    duplicateLead: 'Bref, ',
    titleStuffing: ' | Nouveauté, idée cadeau, livraison rapide offerte',
  },
};
