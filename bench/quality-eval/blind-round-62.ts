// Blind set, round 62 (written without reading the gate, committed before it is scored): six lighting, bedding,
// sports-nutrition packaging, stationery, car-care and home-security products in the categories
// motion_sensor_night_lights, mattress_toppers, protein_shaker_bottles, gel_pen_sets, car_foam_cannons and home_safes,
// 12 hand-written listings in the register of the shared dev set, three artifact styles per listing and wording of
// its own (this round: the kinds the README names and others a real model leaves, each in the language's own
// wording: a chatty lead-in before the description ("Sure! Here's…", "Gerne! Hier ist…", "こちらが…です", "¡Claro!
// Aquí tienes…", "Voici la traduction…"), a markdown bold label or a plain field label in front of a copy or the h1,
// an HTML tag around a field, a JSON key left around a field (with and without a code fence), a markdown heading on
// the h1, a closing remark or offer to rework the text, a note about the translation, an AI disclaimer and a bare
// code fence; no digits in artifacts that land in the description, title or meta); numbers are written the way
// native copywriters do (number words for small counts, decimal commas in de/es/fr, 〜 and 約 in ja, imperial in
// brackets in en); legitimate numbers:
// Lunetta 3只装 (pack of three, 3個セット), 20 seconds (20秒), about 5 m (16 ft, 約5m), 120°, 3000K (3000 K), 两档 (two
// brightness levels, 2段階), 1000mAh (1,000 mAh), about 2 hours (約2時間), about 30 days (約30日), 1.5 cm (0.6 in),
// idioms 一盒, 一次充电 (a single charge, フル充電で) and 双重感应 (a sensor pair, ダブル検知: not a number);
// Sonnova 7 cm, 50D (50 kg/m³), 90×200, 140×200 and 160×200 cm, 三种 (drei Größen, trois tailles), 30 °C, 48 to 72
// hours (48 bis 72 Stunden, 48 à 72 heures), 两年 (zwei Jahre, deux ans), OEKO-TEX (no digits);
// Shakio 700 ml (24 fl oz), 每格100 ml (100 ml steps, marcas cada 100 ml), about 15 seconds, 两层 (two-tier, dos
// pisos), about 60 g (2.1 oz), 0 to 80 °C (32–176 °F), 7.5 cm (3 in, 7,5 cm), 三种 (three colours, tres colores),
// BPA and Tritan (no digits);
// Scriva 12支 (zwölf Gelstifte, 12本), 0.5 mm (0,5 mm), about 3 seconds (etwa 3 Sekunden, 約3秒), about 600 m (rund
// 600 m, 約600m), 6 refills (sechs Ersatzminen, 替え芯6本), ISO 14145, idiom 单手 (mit dem Daumen, 片手で: not a
// number);
// Lathero 1 L (34 fl oz, 1-Liter-Behälter), 0 to 60° (0 bis 60°), 1/4 inch (1/4-Zoll), 70 to 200 bar (1,015–2,900
// psi), about 2 minutes, 3 to 5 minutes, 两个 (two adapters, zwei Adapter), idiom 一目了然 (at a glance: not spelled
// out);
// Vaulto 25 L (25 litres, 25 litros), A4, 3 mm, 6 mm, 两根 (deux pênes, dos pestillos), 20 mm, 3 to 8 digits (de 3 à 8
// chiffres, de 3 a 8 dígitos), 3次 (trois erreurs, tres intentos), 5 minutes, 两把 (deux clés, dos llaves), 4 AA
// batteries (4 piles / pilas AA), about 12 months (environ tous les 12 mois, cada 12 meses aproximadamente), 35×25×25
// cm (35 × 25 × 25 cm).
import type { Language } from '@content-pipeline/languages';
import { afterSentence, type Artifact, listing, type BlindListing, type DefectWording } from './blind-set';

const LIGHT_ZH = 'Lunetta 人体感应小夜灯 磁吸充电款 3只装';
const LIGHT_SRC =
  'Lunetta 感应小夜灯一盒3只装，背面磁吸底座免打孔安装，走廊、衣柜、楼梯、床边都能贴。人体感应加光感双重感应，天黑后有人靠近自动亮灯，离开20秒后自动熄灭。感应距离约5米，感应角度120°。暖白光色温3000K，亮度两档可调，半夜起床不刺眼。内置1000mAh锂电池，Type-C接口充电约2小时充满，正常使用一次充电可用约30天。灯体厚度仅1.5厘米，简约百搭。';
const TOPPER_ZH = 'Sonnova 记忆棉床垫褥 7厘米 可拆洗外套';
const TOPPER_SRC =
  'Sonnova 床垫褥采用7厘米厚慢回弹记忆棉，密度50D，躺下后能贴合身体曲线，分散肩部和腰部压力。尺寸有90×200、140×200和160×200厘米三种可选，适合单人床和双人床。外套为竹纤维面料，透气吸湿，拉链设计可拆下机洗，水温不超过30℃。底部防滑颗粒加松紧绑带，翻身也不跑位。真空压缩包装，拆开后静置48至72小时即可完全回弹。记忆棉通过OEKO-TEX认证，提供两年质保。';
const SHAKER_ZH = 'Shakio 蛋白粉摇摇杯 700毫升 带粉盒';
const SHAKER_SRC =
  'Shakio 摇摇杯容量700毫升，杯身印有每格100毫升的刻度，冲蛋白粉、代餐粉都能精准计量。杯内配不锈钢弹簧搅拌球，摇晃15秒左右就能把粉摇匀，不结块。底部附带两层可拆分粉盒，每层可装约60克粉，去健身房不用另带罐子。杯身采用不含BPA的Tritan材质，可盛装0至80℃的液体。翻盖卡扣带硅胶密封圈，倒置摇晃也不漏水。杯口直径7.5厘米，可放入冰块，清洗方便。有黑、灰、粉三种颜色可选。';
const PENS_ZH = 'Scriva 速干中性笔套装 0.5毫米 12支装';
const PENS_SRC =
  'Scriva 中性笔一盒12支，笔尖0.5毫米，书写顺滑不断墨。采用速干墨水，写完约3秒即干，左手书写也不会蹭花。笔杆前端有防滑软胶握位，长时间写作业、记笔记手也不累。每支笔可连续书写约600米，笔芯用完可更换，盒内另附6支替换芯。墨水符合ISO 14145标准，不易褪色。按动式设计，单手即可操作，金属笔夹结实，可夹在本子或口袋上。学生、办公、手账都适用。';
const FOAM_ZH = 'Lathero 洗车泡沫壶 1升 黄铜快插接口';
const FOAM_SRC =
  'Lathero 泡沫壶配有1升大容量透明壶身，刻度清晰，洗车液加多少一目了然。顶部旋钮可调节洗车液与水的混合比例，喷嘴可在扇形和柱状之间切换，喷射角度0到60°可调。黄铜主体耐腐蚀，采用1/4英寸快插接口，适配大多数家用高压洗车机，工作压力范围为70至200 bar。泡沫细腻绵密，覆盖全车约需2分钟，静置3到5分钟后冲洗，能带走大部分泥沙，减少擦洗时的划痕。包装内附赠两个转换接头和清洁针。';
const SAFE_ZH = 'Vaulto 家用电子密码保险箱 25升';
const SAFE_SRC =
  'Vaulto 家用保险箱容积25升，可放下A4文件、笔记本电脑和首饰盒。箱体采用3毫米厚冷轧钢板，门板厚6毫米，配有两根直径20毫米的实心锁舌。电子密码可设置3至8位，连续输错3次后系统自动锁定5分钟。另配两把机械应急钥匙，电池没电时也能打开。使用4节AA电池，正常使用约12个月更换一次。底部和背面预留安装孔，附送膨胀螺丝，可固定在墙上或地面。外形尺寸为35×25×25厘米，放进衣柜刚刚好。';

export const ROUND_62_LISTINGS: readonly BlindListing[] = [
  listing(
    'p01',
    'motion_sensor_night_lights',
    'en',
    LIGHT_ZH,
    LIGHT_SRC,
    {
      translated_description:
        'Lunetta motion sensor night lights come in a pack of three, each with a magnetic base that mounts without drilling – in the hallway, inside the wardrobe, on the stairs or beside the bed. A motion sensor and a light sensor work together: once it is dark, the light switches on as someone approaches and turns itself off 20 seconds after they leave. The sensor reaches about 5 m (16 ft) across a 120° angle. The warm white light at 3000 K offers two brightness levels, soft enough not to dazzle you when you get up in the night. The built-in 1,000 mAh lithium battery charges fully in about 2 hours via USB-C, and a single charge lasts around 30 days in normal use. At just 1.5 cm (0.6 in) thick, the slim, simple design blends in anywhere.',
      seo_title: 'Lunetta Motion Sensor Night Lights, Rechargeable, 3-Pack',
      meta_description:
        'Pack of three magnetic motion sensor night lights in warm white 3000 K, with two brightness levels and a USB-C battery that lasts about 30 days.',
      h1: 'Lunetta Night Lights That Switch On as You Walk By',
      marketing_copy_a:
        'Three lights, no wiring and no drilling: they stick on in seconds and glow for weeks on a single charge. Order your Lunetta set today.',
      marketing_copy_b:
        'No more feeling along the wall for a switch in the dark. A soft, warm glow meets every sleepy step and fades quietly once you are back in bed. Discover Lunetta.',
      marketing_copy_c:
        'This week only: free delivery on every Lunetta set. Add yours to the cart before the offer ends.',
    },
    {
      field: 'meta_description',
      find: 'lasts about 30 days',
      replace: 'lasts about 45 days',
      labels: ['number_invented'],
    },
    'At just 1.5 cm (0.6 in) thick, the slim, simple design blends in anywhere.',
  ),
  listing(
    'p01',
    'motion_sensor_night_lights',
    'ja',
    LIGHT_ZH,
    LIGHT_SRC,
    {
      translated_description:
        'Lunettaのセンサーライトは3個セット。背面はマグネット式で穴あけ不要なので、廊下やクローゼット、階段、ベッドサイドなど好きな場所に取り付けられます。人感センサーと明るさセンサーのダブル検知で、暗くなってから人が近づくと自動で点灯し、離れて20秒後に自動で消灯します。検知距離は約5m、検知角度は120°です。色温度3000Kのあたたかみのある白色光で、明るさは2段階に切り替えられるので、夜中に目が覚めたときもまぶしくありません。1000mAhのリチウム電池を内蔵し、USB Type-Cで約2時間でフル充電。ふだんの使い方なら、フル充電で約30日使えます。本体の厚さはわずか1.5cm。シンプルなデザインで、どんなお部屋にもなじみます。',
      seo_title: 'Lunetta 人感センサーライト 3個セット 充電式 マグネット',
      meta_description:
        '暗くなると人の動きを感知して自動点灯。検知距離約5m、3000Kのやさしい暖白色で明るさは2段階。フル充電で約30日使える充電式の3個セットです。',
      h1: 'Lunetta 夜の足元をやさしく照らすセンサーライト',
      marketing_copy_a:
        '配線も穴あけもいらず、貼るだけですぐに使える3個セット。充電もUSBでかんたんです。家じゅうまとめてそろえるなら、今すぐ購入を。',
      marketing_copy_b:
        '真っ暗な廊下で、壁づたいにスイッチを探すのはもうおしまい。近づけばふわっと灯り、ベッドに戻ればそっと消えます。やさしい明かりのある夜を、ぜひお試しください。',
      marketing_copy_c: '今週末まで、Lunettaの全セットが送料無料。この機会にカートへどうぞ。',
    },
    {
      field: 'translated_description',
      find: '検知角度は120°',
      replace: '検知角度は150°',
      labels: ['number_dropped', 'number_invented'],
    },
    '本体の厚さはわずか1.5cm。',
  ),
  listing(
    'p02',
    'mattress_toppers',
    'de',
    TOPPER_ZH,
    TOPPER_SRC,
    {
      translated_description:
        'Der Sonnova Topper besteht aus 7 cm dickem, langsam rückstellendem Memory-Schaum mit einem Raumgewicht von 50 kg/m³. Er passt sich beim Hinlegen den Konturen Ihres Körpers an und entlastet Schultern und unteren Rücken. Sie haben die Wahl zwischen drei Größen – 90 × 200, 140 × 200 und 160 × 200 cm – für Einzel- und Doppelbetten. Der Bezug aus Bambusviskose ist atmungsaktiv und nimmt Feuchtigkeit gut auf; dank Reißverschluss lässt er sich abnehmen und bei höchstens 30 °C in der Maschine waschen. Rutschhemmende Noppen an der Unterseite und elastische Spannbänder halten den Topper an Ort und Stelle, auch wenn Sie sich im Schlaf umdrehen. Er wird vakuumverpackt geliefert und erreicht nach dem Auspacken innerhalb von 48 bis 72 Stunden seine volle Höhe. Der Schaum ist nach OEKO-TEX zertifiziert, und Sie erhalten zwei Jahre Garantie.',
      seo_title: 'Sonnova Memory-Schaum-Topper, 7 cm, waschbarer Bezug',
      meta_description:
        'Topper aus 7 cm Memory-Schaum mit 50 kg/m³ Raumgewicht, in drei Größen bis 160 × 200 cm, mit waschbarem Bambusbezug und zwei Jahren Garantie.',
      h1: 'Sonnova Topper – Ihr Bett, nur bequemer',
      marketing_copy_a:
        'Sieben Zentimeter Memory-Schaum machen aus einer durchgelegenen Matratze wieder ein gutes Bett, für einen Bruchteil des Preises einer neuen. Bestellen Sie Ihren Sonnova Topper jetzt.',
      marketing_copy_b:
        'Abends sinken Sie sanft ein, morgens stehen Sie ohne Ziehen im Rücken auf. So fühlt sich ein Bett an, das Sie wirklich trägt. Entdecken Sie Sonnova.',
      marketing_copy_c:
        'Nur in diesem Monat gibt es zu jedem Topper einen Ersatzbezug gratis. Sichern Sie sich Ihr Set, solange der Vorrat reicht.',
    },
    {
      field: 'translated_description',
      replace: 'Der Bezug übersteht problemlos 100 Wäschen.',
      labels: ['number_invented'],
    },
    'Er wird vakuumverpackt geliefert und erreicht nach dem Auspacken innerhalb von 48 bis 72 Stunden seine volle Höhe.',
  ),
  listing(
    'p02',
    'mattress_toppers',
    'fr',
    TOPPER_ZH,
    TOPPER_SRC,
    {
      translated_description:
        'Le surmatelas Sonnova est composé d’une mousse à mémoire de forme à reprise lente de 7 cm d’épaisseur, d’une densité de 50 kg/m³. Il épouse les courbes du corps dès que vous vous allongez et soulage les épaules et le bas du dos. Il existe en trois tailles, 90 × 200, 140 × 200 et 160 × 200 cm, pour les lits simples comme pour les lits doubles. La housse en fibre de bambou est respirante et absorbe bien l’humidité ; grâce à sa fermeture éclair, elle s’enlève et passe en machine, à 30 °C maximum. Des picots antidérapants sous le surmatelas et des sangles élastiques le maintiennent en place, même quand vous vous retournez. Livré compressé sous vide, il retrouve tout son volume en 48 à 72 heures après ouverture. La mousse est certifiée OEKO-TEX et le surmatelas est garanti deux ans.',
      seo_title: 'Surmatelas à mémoire de forme Sonnova, 7 cm',
      meta_description:
        'Surmatelas Sonnova en mousse à mémoire de forme de 7 cm, densité 50 kg/m³, en trois tailles jusqu’à 160 × 200 cm, housse lavable, garanti deux ans.',
      h1: 'Sonnova, le confort d’un lit neuf sans changer de matelas',
      marketing_copy_a:
        'Sept centimètres de mémoire de forme pour redonner vie à un matelas fatigué, pour une fraction du prix d’un neuf. Commandez votre Sonnova dès aujourd’hui.',
      marketing_copy_b:
        'Le soir, on s’y enfonce doucement ; le matin, on se lève sans raideur dans le dos. Un lit qui vous porte vraiment, ça change tout. Découvrez Sonnova.',
      marketing_copy_c:
        'Ce mois-ci, une housse de rechange est offerte avec chaque surmatelas. Profitez-en vite !',
    },
    {
      field: 'translated_description',
      find: 'en 48 à 72 heures',
      replace: 'en 24 à 72 heures',
      labels: ['number_dropped', 'number_invented'],
    },
    'La housse en fibre de bambou est respirante et absorbe bien l’humidité ; grâce à sa fermeture éclair, elle s’enlève et passe en machine, à 30 °C maximum.',
  ),
  listing(
    'p03',
    'protein_shaker_bottles',
    'en',
    SHAKER_ZH,
    SHAKER_SRC,
    {
      translated_description:
        'The Shakio shaker bottle holds 700 ml (24 fl oz) and is marked in 100 ml steps, so measuring out protein powder or a meal-replacement shake is easy. A stainless-steel spring whisk ball inside blends everything smoothly in about 15 seconds, with no clumps. The base includes a two-tier powder container that splits apart, each tier holding about 60 g (2.1 oz), so there is no need to bring a separate tub to the gym. The bottle is made from BPA-free Tritan and takes liquids from 0 to 80 °C (32–176 °F). The flip-top lid snaps shut over a silicone seal, so nothing leaks even when you shake it upside down. The 7.5 cm (3 in) wide mouth fits ice cubes and makes cleaning easy. Choose from three colours: black, grey and pink.',
      seo_title: 'Shakio 700 ml Shaker Bottle with Powder Container',
      meta_description:
        'Leak-proof 700 ml shaker bottle with a steel whisk ball, 100 ml markings, a two-tier powder container and a wide mouth for ice. BPA-free Tritan.',
      h1: 'Shakio Shaker Bottle: Mix, Pack and Go',
      marketing_copy_a:
        'Bottle, whisk and powder storage in one: everything for your post-workout shake, with nothing extra to pack. Get your Shakio today.',
      marketing_copy_b:
        'Last rep done, towel over your shoulder, and your shake is ready before you reach the changing room. Small things like that keep you coming back. Discover Shakio.',
      marketing_copy_c:
        'New-year deal: a spare powder container free with every bottle this month. Order now while stocks last.',
    },
    { field: 'seo_title', find: '700 ml', replace: '750 ml', labels: ['number_invented'] },
    'The 7.5 cm (3 in) wide mouth fits ice cubes and makes cleaning easy.',
  ),
  listing(
    'p03',
    'protein_shaker_bottles',
    'es',
    SHAKER_ZH,
    SHAKER_SRC,
    {
      translated_description:
        'El shaker Shakio tiene una capacidad de 700 ml y lleva marcas cada 100 ml, para que midas con precisión la proteína en polvo o los batidos sustitutivos. Una bola mezcladora de muelle de acero inoxidable deja la mezcla homogénea y sin grumos en unos 15 segundos. En la base lleva un compartimento desmontable de dos pisos, con capacidad para unos 60 g de polvo en cada uno, así que no hace falta llevar otro bote al gimnasio. El vaso es de Tritan sin BPA y admite líquidos de 0 a 80 °C. La tapa abatible cierra a presión sobre una junta de silicona y no gotea aunque lo agites boca abajo. La boca de 7,5 cm de diámetro deja pasar los cubitos de hielo y se limpia con facilidad. Disponible en tres colores: negro, gris y rosa.',
      seo_title: 'Shaker Shakio de 700 ml con compartimento para polvo',
      meta_description:
        'Shaker de 700 ml con bola mezcladora de acero, marcas cada 100 ml, compartimento de dos pisos para el polvo y tapa antigoteo. De Tritan sin BPA.',
      h1: 'Shakio: mezcla, guarda y a entrenar',
      marketing_copy_a:
        'Vaso, mezclador y compartimento para el polvo en una sola pieza: llevas todo lo que necesitas para el batido de después del entreno sin cargar nada más. Consigue tu Shakio ahora.',
      marketing_copy_b:
        'Última serie, toalla al hombro y el batido listo antes de llegar al vestuario. Son esos pequeños detalles los que te hacen volver. Descubre Shakio.',
      marketing_copy_c: 'Este mes, un compartimento de repuesto de regalo con cada shaker. Pídelo ya.',
    },
    {
      field: 'translated_description',
      find: 'unos 60 g de polvo',
      replace: 'unos 90 g de polvo',
      labels: ['number_dropped', 'number_invented'],
    },
    'La boca de 7,5 cm de diámetro deja pasar los cubitos de hielo y se limpia con facilidad.',
  ),
  listing(
    'p04',
    'gel_pen_sets',
    'de',
    PENS_ZH,
    PENS_SRC,
    {
      translated_description:
        'Eine Packung Scriva enthält zwölf Gelstifte mit feiner 0,5-mm-Spitze, die geschmeidig und ohne Aussetzer schreiben. Die schnell trocknende Tinte ist nach etwa 3 Sekunden trocken, sodass auch Linkshänder nichts verschmieren. Eine weiche, rutschfeste Griffzone vorn am Schaft sorgt dafür, dass die Hand bei langen Hausaufgaben und Mitschriften nicht ermüdet. Jeder Stift schreibt rund 600 m weit; ist die Mine leer, tauschen Sie sie einfach aus – sechs Ersatzminen liegen der Packung bei. Die Tinte entspricht der Norm ISO 14145 und bleicht kaum aus. Dank Druckmechanik lässt sich der Stift bequem mit dem Daumen bedienen, und der stabile Metallclip hält sicher an Heft oder Hosentasche. Ideal für Schule, Büro und Bullet Journal.',
      seo_title: 'Scriva Gelstifte 0,5 mm, 12 Stück, schnell trocknend',
      meta_description:
        'Zwölf Gelstifte mit 0,5 mm Spitze und schnell trocknender Tinte, rund 600 m Schreiblänge je Stift, weiche Griffzone und sechs Ersatzminen im Set.',
      h1: 'Scriva Gelstifte – schreiben, ohne zu schmieren',
      marketing_copy_a:
        'Zwölf Stifte plus Ersatzminen: Damit kommen Sie locker durchs ganze Schuljahr. Jetzt bestellen und das Nachkaufen vergessen.',
      marketing_copy_b:
        'Eine Seite voller Notizen, sauber und gestochen scharf, und kein einziger Tintenstreifen an der Handkante. So macht Schreiben wieder Spaß. Entdecken Sie Scriva.',
      marketing_copy_c:
        'Zum Schulstart gibt es zu jedem Set ein Notizheft gratis dazu. Legen Sie Ihr Set jetzt in den Warenkorb.',
    },
    { field: 'meta_description', find: 'rund 600 m', replace: 'rund 800 m', labels: ['number_invented'] },
    'Die Tinte entspricht der Norm ISO 14145 und bleicht kaum aus.',
  ),
  listing(
    'p04',
    'gel_pen_sets',
    'ja',
    PENS_ZH,
    PENS_SRC,
    {
      translated_description:
        'Scrivaのゲルインクボールペンは12本入り。ペン先は0.5mmで、インクが途切れずなめらかに書けます。速乾インクを採用しており、書いてから約3秒で乾くので、左利きの方も手や紙が汚れません。ペン軸の先端には滑りにくいやわらかなラバーグリップが付いていて、長時間の宿題やノート取りでも疲れにくい設計です。どのペンも約600m書けて、インクがなくなったら芯を交換できます。替え芯6本も同梱しています。インクはISO 14145規格に適合し、色あせしにくいのも特長です。ノック式なので片手でさっと使え、丈夫な金属クリップはノートやポケットにしっかり留まります。学生さんにも、オフィスにも、手帳用にもおすすめです。',
      seo_title: 'Scriva 速乾ゲルインクボールペン 0.5mm 12本セット',
      meta_description:
        '書いて約3秒で乾く速乾インクの0.5mmゲルボールペン12本セット。やわらかグリップで疲れにくく、替え芯6本付きで長く使えます。',
      h1: 'Scriva にじまず書ける速乾ゲルボールペン',
      marketing_copy_a:
        '12本セットに替え芯まで付いて、新学期の準備はこれでばっちり。書き味を確かめたら、今すぐ購入。',
      marketing_copy_b:
        'ノートの端まできれいに書けて、手のひらは真っ白なまま。書くことが、もっと楽しくなります。ぜひお試しください。',
      marketing_copy_c: '新学期キャンペーン中は、セットご購入でミニノートをプレゼント。ご注文はお早めに。',
    },
    { field: 'seo_title', find: '0.5mm', replace: '0.7mm', labels: ['number_invented'] },
    'インクはISO 14145規格に適合し、色あせしにくいのも特長です。',
  ),
  listing(
    'p05',
    'car_foam_cannons',
    'en',
    FOAM_ZH,
    FOAM_SRC,
    {
      translated_description:
        'The Lathero foam cannon has a clear 1 L (34 fl oz) bottle with easy-to-read markings, so you can see at a glance how much shampoo you have added. A dial on top sets the ratio of car shampoo to water, and the nozzle switches between a wide fan and a focused jet, with the spray angle adjustable from 0 to 60°. The corrosion-resistant brass body connects via a 1/4-inch quick-release fitting that suits most home pressure washers, and it works at pressures from 70 to 200 bar (1,015–2,900 psi). It lays down a thick, creamy foam that covers the whole car in about 2 minutes; let it dwell for 3 to 5 minutes, then rinse, and most of the grit comes away before you touch the paint, which means fewer swirl marks. Two adapters and a cleaning needle come in the box.',
      seo_title: 'Lathero Foam Cannon, 1 L, 1/4-Inch Quick Connect',
      meta_description:
        'Brass foam cannon with a clear 1 L bottle, adjustable foam ratio and spray angle, a 1/4-inch quick connector and a 70–200 bar rating. Adapters included.',
      h1: 'Lathero: Thick Foam for a Gentler Wash',
      marketing_copy_a:
        'Pre-foam does the hard work before your mitt ever touches the paint, and a solid brass body means it will still be going strong years from now. Get your Lathero foam cannon now.',
      marketing_copy_b:
        'Sunday morning, coffee in hand, watching thick foam slide off the bonnet and take the week’s dirt with it. Washing the car can actually feel good. Discover Lathero.',
      marketing_copy_c:
        'Spring clean special: a free microfibre drying towel with every foam cannon this week. Shop now.',
    },
    {
      field: 'translated_description',
      replace: 'Every unit is backed by a 12-month warranty.',
      labels: ['number_invented'],
    },
    'A dial on top sets the ratio of car shampoo to water, and the nozzle switches between a wide fan and a focused jet, with the spray angle adjustable from 0 to 60°.',
  ),
  listing(
    'p05',
    'car_foam_cannons',
    'de',
    FOAM_ZH,
    FOAM_SRC,
    {
      translated_description:
        'Die Lathero Schaumkanone hat einen transparenten 1-Liter-Behälter mit gut lesbarer Skala, sodass Sie auf einen Blick sehen, wie viel Shampoo eingefüllt ist. Über den Drehregler oben stellen Sie das Mischverhältnis von Autoshampoo und Wasser ein, und die Düse wechselt zwischen Flach- und Punktstrahl, mit einem Sprühwinkel von 0 bis 60°. Der korrosionsbeständige Messingkörper wird über eine 1/4-Zoll-Schnellkupplung angeschlossen, passt an die meisten Hochdruckreiniger für den Hausgebrauch und arbeitet mit 70 bis 200 bar. Der feine, cremige Schaum bedeckt das ganze Auto in etwa 2 Minuten; lassen Sie ihn 3 bis 5 Minuten einwirken und spülen Sie dann ab – so löst sich der Großteil von Sand und Schmutz, und beim Waschen entstehen weniger Kratzer. Im Lieferumfang sind zwei Adapter und eine Reinigungsnadel enthalten.',
      seo_title: 'Lathero Schaumkanone 1 L mit 1/4-Zoll-Schnellkupplung',
      meta_description:
        'Schaumkanone aus Messing mit 1-Liter-Behälter, einstellbarem Mischverhältnis und Sprühwinkel, 1/4-Zoll-Anschluss und 70 bis 200 bar. Mit zwei Adaptern.',
      h1: 'Lathero – dichter Schaum für eine schonende Autowäsche',
      marketing_copy_a:
        'Der Vorschaum erledigt die grobe Arbeit, bevor der Waschhandschuh den Lack berührt, und der Messingkörper hält viele Jahre. Jetzt die Lathero Schaumkanone bestellen.',
      marketing_copy_b:
        'Sonntagmorgen, Kaffee in der Hand, und der dicke Schaum rutscht samt Wochenschmutz von der Motorhaube. So entspannend kann Autowaschen sein. Entdecken Sie Lathero.',
      marketing_copy_c:
        'Frühjahrsputz-Aktion: Diese Woche gibt es zu jeder Schaumkanone ein Mikrofaser-Trockentuch gratis. Sichern Sie sich Ihre jetzt.',
    },
    {
      field: 'translated_description',
      find: '3 bis 5 Minuten',
      replace: '3 bis 8 Minuten',
      labels: ['number_dropped', 'number_invented'],
    },
    'Über den Drehregler oben stellen Sie das Mischverhältnis von Autoshampoo und Wasser ein, und die Düse wechselt zwischen Flach- und Punktstrahl, mit einem Sprühwinkel von 0 bis 60°.',
  ),
  listing(
    'p06',
    'home_safes',
    'fr',
    SAFE_ZH,
    SAFE_SRC,
    {
      translated_description:
        'Le coffre-fort Vaulto offre un volume de 25 litres, de quoi ranger des documents A4, un ordinateur portable et un coffret à bijoux. Le corps est en acier laminé à froid de 3 mm d’épaisseur, la porte fait 6 mm et deux pênes pleins de 20 mm de diamètre la verrouillent. Le code électronique compte de 3 à 8 chiffres ; après trois erreurs consécutives, le système se bloque automatiquement pendant 5 minutes. Deux clés mécaniques de secours permettent de l’ouvrir même quand les piles sont à plat. Il fonctionne avec 4 piles AA, à remplacer environ tous les 12 mois en usage normal. Des trous de fixation sont prévus au fond et à l’arrière, et des chevilles à expansion sont fournies pour le fixer au mur ou au sol. Avec ses dimensions extérieures de 35 × 25 × 25 cm, il trouve facilement sa place dans un placard.',
      seo_title: 'Coffre-fort électronique Vaulto 25 L pour la maison',
      meta_description:
        'Coffre-fort à code Vaulto de 25 litres en acier de 3 mm, avec deux pênes pleins, blocage après trois erreurs et clés de secours. Fixation au mur ou au sol.',
      h1: 'Vaulto, vos objets de valeur à l’abri chez vous',
      marketing_copy_a:
        'Acier épais, pênes pleins, code et clés de secours : une vraie protection pour vos papiers et vos bijoux, sans passer par la banque. Commandez votre Vaulto dès maintenant.',
      marketing_copy_b:
        'Passeports, actes et bijoux de famille enfin rangés au même endroit, bien à l’abri. Partir en vacances l’esprit léger, c’est aussi ça. Découvrez Vaulto.',
      marketing_copy_c:
        'Cette semaine, un kit de fixation renforcé est offert avec chaque coffre-fort. Profitez-en vite !',
    },
    { field: 'meta_description', find: 'de 25 litres', replace: 'de 30 litres', labels: ['number_invented'] },
    'Il fonctionne avec 4 piles AA, à remplacer environ tous les 12 mois en usage normal.',
  ),
  listing(
    'p06',
    'home_safes',
    'es',
    SAFE_ZH,
    SAFE_SRC,
    {
      translated_description:
        'La caja fuerte Vaulto tiene una capacidad de 25 litros, suficiente para documentos A4, un portátil y un joyero. El cuerpo es de acero laminado en frío de 3 mm de grosor, y la puerta, de 6 mm, se cierra con dos pestillos macizos de 20 mm de diámetro. La clave electrónica puede tener de 3 a 8 dígitos y, tras tres intentos fallidos seguidos, el sistema se bloquea automáticamente durante 5 minutos. Incluye dos llaves mecánicas de emergencia para abrirla aunque se agoten las pilas. Funciona con 4 pilas AA, que con un uso normal se cambian cada 12 meses aproximadamente. Tiene orificios de anclaje en la base y en la parte trasera, y trae tacos de expansión para fijarla a la pared o al suelo. Mide 35 × 25 × 25 cm por fuera, así que cabe perfectamente en un armario.',
      seo_title: 'Caja fuerte electrónica Vaulto de 25 litros para casa',
      meta_description:
        'Caja fuerte con clave electrónica de 25 litros, acero de 3 mm, dos pestillos macizos, bloqueo tras tres intentos fallidos y llaves de emergencia.',
      h1: 'Vaulto, lo que más valoras, a buen recaudo',
      marketing_copy_a:
        'Acero grueso, pestillos macizos, clave y llaves de emergencia: protección de verdad para tus papeles y tus joyas sin salir de casa. Compra tu Vaulto hoy.',
      marketing_copy_b:
        'Pasaportes, escrituras y las joyas de la abuela, por fin juntos y a salvo. Irte de vacaciones tranquilo también es esto. Descubre Vaulto.',
      marketing_copy_c:
        'Solo esta semana, un kit de anclaje reforzado de regalo con cada caja fuerte. Aprovecha la oferta.',
    },
    {
      field: 'translated_description',
      replace: 'La caja pesa unos 9 kg.',
      labels: ['number_invented'],
    },
    'Funciona con 4 pilas AA, que con un uso normal se cambian cada 12 meses aproximadamente.',
  ),
];

type PerLanguage<T> = Record<Language, T>;

// en: listing 1 (night lights) takes styles 0-2, listing 2 (shaker bottle) 3-5, listing 3 (foam cannon) 6-8.
const EN_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Sure! Here’s the English translation of the product description:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `**Headline:** ${c.h1}` }),
  (c) => ({ marketing_copy_c: `<p class="promo">${c.marketing_copy_c}</p>` }),
  (c) => ({ translated_description: `"translated_description": "${c.translated_description}"` }),
  (c) => ({ marketing_copy_a: `Value-focused copy: ${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\nLet me know if you’d like a shorter version or a different tone for this one!`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nTranslator’s note: I kept bar as the pressure unit and added psi in brackets for US buyers.`,
  }),
  (c) => ({ h1: `## ${c.h1}` }),
  (c) => ({
    marketing_copy_c: `As an AI language model, I can’t confirm current stock levels, but here is a promotional line you can use: ${c.marketing_copy_c}`,
  }),
];

// de: listing 1 (topper) takes styles 0-2, listing 2 (gel pens) 3-5, listing 3 (foam cannon) 6-8.
const DE_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `Gerne! Hier ist die deutsche Übersetzung der Produktbeschreibung:\n\n${c.translated_description}`,
  }),
  (c) => ({ marketing_copy_a: `**Nutzenorientierter Text:** ${c.marketing_copy_a}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\nIch hoffe, das hilft Ihnen weiter! Sagen Sie gern Bescheid, falls Sie eine kürzere Variante brauchen.`,
  }),
  (c) => ({
    translated_description: `\`\`\`json\n{\n  "beschreibung": "${c.translated_description}"\n}\n\`\`\``,
  }),
  (c) => ({ h1: `# ${c.h1}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b} (Anmerkung zur Übersetzung: „gestochen scharf“ ist freier formuliert als im Original.)`,
  }),
  (c) => ({ marketing_copy_a: `<strong>${c.marketing_copy_a}</strong>` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nAls KI-Sprachmodell kann ich die angegebenen Druckwerte nicht selbst überprüfen.`,
  }),
  (c) => ({ marketing_copy_b: `Emotionaler Text: ${c.marketing_copy_b}` }),
];

// ja: listing 1 (night lights) takes styles 0-2, listing 2 (gel pens) 3-5.
const JA_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `こちらが日本語に翻訳した商品説明です。\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `見出し：${c.h1}` }),
  (c) => ({
    marketing_copy_b: `${c.marketing_copy_b}\n\n※「ぜひお試しください」は、原文の呼びかけのニュアンスに合わせて補った訳です。`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\n以上です。ほかに修正が必要な箇所があれば、お気軽にお申し付けください。`,
  }),
  (c) => ({ marketing_copy_a: `**バリュー訴求：**${c.marketing_copy_a}` }),
  (c) => ({ marketing_copy_c: `{"marketing_copy_c": "${c.marketing_copy_c}"}` }),
];

// es: listing 1 (shaker bottle) takes styles 0-2, listing 2 (safe) 3-5.
const ES_ARTIFACTS: Artifact[] = [
  (c) => ({
    translated_description: `¡Claro! Aquí tienes la traducción al español:\n\n${c.translated_description}`,
  }),
  (c) => ({ h1: `**Título principal:** ${c.h1}` }),
  (c) => ({
    marketing_copy_c: `${c.marketing_copy_c}\n\n¿Quieres que prepare también una versión más corta para redes sociales?`,
  }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nNota de traducción: he traducido el término del original por «pestillos», que es lo más habitual en España.`,
  }),
  (c) => ({ marketing_copy_b: `<p>${c.marketing_copy_b}</p>` }),
  (c) => ({ marketing_copy_a: `"marketing_copy_a": "${c.marketing_copy_a}",` }),
];

// fr: listing 1 (topper) takes styles 0-2, listing 2 (safe) 3-5.
const FR_ARTIFACTS: Artifact[] = [
  (c) => ({ translated_description: `Voici la traduction en français :\n\n${c.translated_description}` }),
  (c) => ({ marketing_copy_a: `**Accroche valeur :** ${c.marketing_copy_a}` }),
  (c) => ({ h1: `<strong>${c.h1}</strong>` }),
  (c) => ({
    translated_description: `${c.translated_description}\n\nEn tant que modèle de langage, je ne peux pas garantir l’exactitude des caractéristiques techniques.`,
  }),
  (c) => ({ marketing_copy_c: `\`\`\`\n${c.marketing_copy_c}\n\`\`\`` }),
  (c) => ({
    marketing_copy_b: afterSentence(
      c.marketing_copy_b,
      1,
      '(Note de traduction : « actes » est plus naturel ici que « titres de propriété ».)',
    ),
  }),
];

export const ROUND_62_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: EN_ARTIFACTS,
    forbidden: [
      'Cheap night lights flicker and give up within weeks.',
      'A knockoff sensor light switches on every time the cat walks past.',
      'Counterfeit foam cannons tend to crack at the fitting.',
      'Imitation shaker lids leak all over your gym bag.',
    ],
    slogans: ['Clean car, clear conscience.', 'Your shake, ready when you are.'],
    chineseLeftovers: [],
    duplicateLead: 'Put simply: ',
    titleStuffing: ' | Best Seller, Gift Idea, Top Rated, Free Delivery, New Season',
  },
  de: {
    artifacts: DE_ARTIFACTS,
    forbidden: [
      'Billige Schaumkanonen tropfen schon nach kurzer Zeit.',
      'Eine Fälschung erkennt man an der kratzigen Mine.',
      'Nachahmungen aus minderwertigem Schaum liegen sich schnell durch.',
      'Imitate von Markenstiften schmieren bei jedem Strich.',
    ],
    slogans: ['Schreiben wie gedruckt.', 'Weicher liegen, besser schlafen.'],
    chineseLeftovers: [],
    duplicateLead: 'Kurz gesagt: ',
    titleStuffing: ' – Bestseller, Geschenkidee, Top bewertet, Gratisversand, Neuheit',
  },
  ja: {
    artifacts: JA_ARTIFACTS,
    forbidden: [
      '激安のボールペンはすぐにインクがかすれます。',
      'コピー品のセンサーライトは誤作動が多いので注意が必要です。',
      '偽物の替え芯は軸に合わないことがあります。',
      '模倣品のマグネットは磁力が弱く、すぐに落ちてしまいます。',
    ],
    slogans: ['書くたびに、気持ちいい。', '夜の足元に、やさしい灯りを。'],
    chineseLeftovers: [
      '这款小夜灯的光线很柔和，晚上起床也不刺眼。',
      '这套中性笔写起来很顺滑，学生们都很喜欢。',
    ],
    duplicateLead: 'ひとことで言うと、',
    titleStuffing: '｜おすすめ 人気 ランキング 新作 ギフト 送料無料',
  },
  es: {
    artifacts: ES_ARTIFACTS,
    forbidden: [
      'Una caja fuerte barata se abre con un simple destornillador.',
      'Las réplicas de cerraduras fallan justo cuando más las necesitas.',
      'Las falsificaciones de Tritan pueden soltar olores.',
      'Un shaker de imitación acaba goteando dentro de la mochila.',
    ],
    slogans: ['Lo tuyo, a salvo.', 'Tu entreno, en una botella.'],
    chineseLeftovers: [],
    duplicateLead: 'Dicho de otro modo: ',
    titleStuffing: ' | Más vendido, idea regalo, envío gratis, novedad, oferta',
  },
  fr: {
    artifacts: FR_ARTIFACTS,
    forbidden: [
      'Un coffre-fort pas cher se force en quelques minutes.',
      'Méfiez-vous des contrefaçons vendues sur les places de marché.',
      'Une fausse mousse à mémoire de forme s’affaisse en un rien de temps.',
      'Aucune réplique n’offre le même maintien.',
    ],
    slogans: ['Ce qui compte reste à l’abri.', 'Des nuits qui portent conseil.'],
    chineseLeftovers: [],
    duplicateLead: 'Pour faire simple : ',
    titleStuffing: ' | Meilleure vente, idée cadeau, livraison offerte, nouveauté',
  },
};
