import type { TargetLanguage } from '@content-pipeline/llm-providers';

/**
 * Sentence templates of one language. `{bn}` is the brand + product-type phrase, `{BN}` the same capitalised.
 * No template contains a digit, a numeral word or a forbidden term: the only numbers in the output are the
 * source's, and the copy passes the forbidden-word rule unless a fault is injected.
 */
export interface Phrasebook {
  /** Brand + noun; `{brand}` and `{noun}`. */
  brandedNoun: string;
  specSentence: string;
  sentenceJoiner: string;
  intros: readonly string[];
  outros: readonly string[];
  titleSeparator: string;
  taglines: readonly string[];
  h1s: readonly string[];
  metaSentences: readonly string[];
  /** Copy A (value), B (emotion), C (promotion): variants each, every one ending in a CTA. */
  copiesA: readonly string[];
  copiesB: readonly string[];
  copiesC: readonly string[];
  /** The CTA every copy contains (the one the quality gate knows best). */
  cta: string;
  keywordSuffixes: readonly string[];
  /** Fault material. */
  forbiddenSentence: string;
  ctaFreeCopy: string;
}

/** Templates per language. */
export const PHRASEBOOKS: Readonly<Record<TargetLanguage, Phrasebook>> = {
  en: {
    brandedNoun: '{brand} {noun}',
    specSentence: '{label}: {figures}.',
    sentenceJoiner: ' ',
    intros: [
      'The {bn} is built for everyday use and made to last.',
      'Meet the {bn}: practical, well made and easy to live with.',
      'The {bn} combines thoughtful design with dependable performance.',
    ],
    outros: [
      'Every unit is quality-checked before it ships.',
      'A reliable choice for home, work and travel.',
    ],
    titleSeparator: ' | ',
    taglines: [
      'Quality You Can Feel',
      'Smart Design for Daily Life',
      'Reliable Everyday Performance',
      'Built to Last',
    ],
    h1s: ['{BN} for Everyday Comfort', 'Discover the {BN}', '{BN}: Designed Around You'],
    metaSentences: [
      'Discover the {bn} with practical features and careful workmanship.',
      'Built for daily use at home, at work and on the go.',
      'Every detail is designed for comfort and reliability.',
      'Order today and enjoy fast, careful delivery.',
      'Shop now.',
    ],
    copiesA: [
      'Get more from every day with the {bn}: solid build, smart details and lasting quality. Buy now.',
      'Practical where it matters and built to keep going, the {bn} earns its place in your routine. Buy now.',
    ],
    copiesB: [
      'Feel the difference the moment you unpack it. Ordinary routines turn into small pleasures. Shop now and treat yourself.',
      'Some things simply make you smile every time you use them. Give yourself that feeling. Shop now.',
    ],
    copiesC: [
      'Demand is high and this is the perfect moment to upgrade. Buy now and have it delivered to your door.',
      'Popular picks sell out quickly, so do not wait too long. Buy now while stock lasts.',
    ],
    cta: 'Buy now',
    keywordSuffixes: ['online', 'quality', 'gift idea'],
    forbiddenSentence: 'A cheap price for great quality.',
    ctaFreeCopy: 'Designed with care and made for everyday life, it simply feels right.',
  },
  ja: {
    brandedNoun: '{brand} {noun}',
    specSentence: '{label}：{figures}。',
    sentenceJoiner: '',
    intros: [
      '{bn}は、毎日の使いやすさと耐久性を追求して設計されています。',
      '{bn}は、実用性と上質なデザインを両立したアイテムです。',
    ],
    outros: [
      '出荷前にすべての製品を丁寧に検品しています。',
      'ご自宅でも外出先でも安心してお使いいただけます。',
    ],
    titleSeparator: '｜',
    taglines: ['毎日を快適にする上質デザイン', '使いやすさと品質を両立', '暮らしに寄り添う定番アイテム'],
    h1s: ['{BN}で快適な毎日を', '{BN}のご紹介', '{BN}：あなたのための設計'],
    metaSentences: [
      '{bn}は、実用性とデザイン性を兼ね備えたアイテムです。',
      'ご自宅でも外出先でも快適にお使いいただけます。',
      '丁寧な品質管理で安心してご利用いただけます。',
      'ぜひ今すぐチェックしてください。',
    ],
    copiesA: [
      '{bn}で、毎日の暮らしをもっと便利に。確かな品質を手に入れるなら今すぐ購入。',
      '細部までこだわった作りで、長く愛用できます。納得の品質を今すぐ購入。',
    ],
    copiesB: [
      '箱を開けた瞬間から、違いを感じていただけます。大切な方への贈り物にも最適です。今すぐ購入してお楽しみください。',
      '使うたびに気分が上がる、そんな毎日を。自分へのご褒美に今すぐ購入。',
    ],
    copiesC: [
      '人気のため在庫が少なくなっています。この機会をお見逃しなく、今すぐ購入。',
      'ご注文が集中しています。品切れになる前に今すぐ購入がおすすめです。',
    ],
    cta: '今すぐ購入',
    keywordSuffixes: ['通販', '人気', 'ギフト'],
    forbiddenSentence: '激安価格でお届けします。',
    ctaFreeCopy: '丁寧に作られた、毎日に寄り添うアイテムです。',
  },
  es: {
    brandedNoun: '{noun} {brand}',
    specSentence: '{label}: {figures}.',
    sentenceJoiner: ' ',
    intros: [
      '{BN}: diseño práctico y calidad duradera para el día a día.',
      '{BN}: funcionalidad, buenos acabados y un uso sencillo en casa o fuera.',
    ],
    outros: [
      'Cada unidad pasa un control de calidad antes del envío.',
      'Una elección fiable para casa, trabajo y viajes.',
    ],
    titleSeparator: ' | ',
    taglines: ['Calidad que se nota', 'Diseño práctico para cada día', 'Rendimiento fiable'],
    h1s: ['{BN} para tu día a día', 'Descubre: {bn}', '{BN}, pensado para ti'],
    metaSentences: [
      '{BN}: diseño práctico y acabados cuidados para tu día a día.',
      'Ideal para casa, el trabajo y los viajes.',
      'Cada detalle está pensado para ofrecer comodidad y fiabilidad.',
      'Compra ahora con envío rápido.',
    ],
    copiesA: [
      'Construcción sólida, detalles inteligentes y una vida útil larga: {bn} rinde cada día. Compra ahora.',
      'Práctico donde importa y hecho para durar, se gana su sitio en tu rutina. Compra ahora.',
    ],
    copiesB: [
      'Siente la diferencia en cuanto lo abras. Cada rutina se convierte en un pequeño placer. Compra ahora y date un capricho.',
      'Hay cosas que te sacan una sonrisa cada vez que las usas. Regálate esa sensación: compra ahora.',
    ],
    copiesC: [
      'La demanda es alta y este es el momento perfecto para renovarte. Compra ahora y recíbelo en casa.',
      'Los favoritos se agotan rápido, así que no esperes. Compra ahora mientras haya existencias.',
    ],
    cta: 'Compra ahora',
    keywordSuffixes: ['comprar online', 'calidad', 'idea de regalo'],
    forbiddenSentence: 'Un precio barato para una gran calidad.',
    ctaFreeCopy: 'Diseñado con cuidado para acompañarte en el día a día.',
  },
  de: {
    brandedNoun: '{brand} {noun}',
    specSentence: '{label}: {figures}.',
    sentenceJoiner: ' ',
    intros: [
      '{BN}: durchdachtes Design und zuverlässige Qualität für jeden Tag.',
      '{BN}: praktisch, sorgfältig verarbeitet und einfach im Alltag.',
    ],
    outros: [
      'Jedes Exemplar wird vor dem Versand geprüft.',
      'Eine zuverlässige Wahl für Zuhause, Büro und Reisen.',
    ],
    titleSeparator: ' | ',
    taglines: ['Qualität zum Anfassen', 'Durchdacht für den Alltag', 'Zuverlässig jeden Tag'],
    h1s: ['{BN} für mehr Komfort im Alltag', 'Entdecken Sie: {BN}', '{BN} – gemacht für Sie'],
    metaSentences: [
      '{BN} mit praktischen Funktionen und sorgfältiger Verarbeitung.',
      'Ideal für Zuhause, Büro und unterwegs.',
      'Jedes Detail ist auf Komfort und Zuverlässigkeit ausgelegt.',
      'Jetzt kaufen und schnell liefern lassen.',
    ],
    copiesA: [
      'Solide Verarbeitung, clevere Details und lange Lebensdauer: {BN} überzeugt im Alltag. Jetzt kaufen.',
      'Praktisch, wo es zählt, und gebaut, um lange zu halten. Jetzt kaufen und überzeugen lassen.',
    ],
    copiesB: [
      'Spüren Sie den Unterschied, sobald Sie es auspacken. Kleine Routinen werden zum Vergnügen. Jetzt kaufen und genießen.',
      'Manche Dinge zaubern Ihnen bei jeder Nutzung ein Lächeln ins Gesicht. Gönnen Sie sich das: Jetzt kaufen.',
    ],
    copiesC: [
      'Die Nachfrage ist groß – sichern Sie sich Ihr Exemplar, solange der Vorrat reicht. Jetzt kaufen.',
      'Beliebte Modelle sind schnell vergriffen. Warten Sie nicht zu lange: Jetzt kaufen und bequem liefern lassen.',
    ],
    cta: 'Jetzt kaufen',
    keywordSuffixes: ['online kaufen', 'Qualität', 'Geschenkidee'],
    forbiddenSentence: 'Billig im Preis, stark in der Qualität.',
    ctaFreeCopy: 'Mit Sorgfalt entworfen und für den Alltag gemacht.',
  },
  fr: {
    brandedNoun: '{noun} {brand}',
    specSentence: '{label} : {figures}.',
    sentenceJoiner: ' ',
    intros: [
      '{BN} : un design soigné et une qualité fiable au quotidien.',
      '{BN} : pratique, bien fini et simple à utiliser chez vous comme en déplacement.',
    ],
    outros: [
      'Chaque exemplaire est contrôlé avant expédition.',
      'Un choix fiable pour la maison, le bureau et les voyages.',
    ],
    titleSeparator: ' | ',
    taglines: ['Une qualité qui se ressent', 'Pensé pour le quotidien', 'Fiable au quotidien'],
    h1s: ['{BN} pour votre quotidien', 'Découvrez : {bn}', '{BN}, conçu pour vous'],
    metaSentences: [
      '{BN} : des finitions soignées pour simplifier votre quotidien.',
      'Idéal à la maison, au bureau et en voyage.',
      'Chaque détail est conçu pour le confort et la fiabilité.',
      'Achetez dès maintenant, livraison rapide.',
    ],
    copiesA: [
      'Une fabrication solide, des détails malins et une longue durée de vie : {bn} change votre quotidien. Achetez maintenant.',
      'Pratique là où cela compte et conçu pour durer, il trouve vite sa place chez vous. Achetez maintenant.',
    ],
    copiesB: [
      'Ressentez la différence dès le déballage. Chaque geste du quotidien devient un petit plaisir. Achetez maintenant et faites-vous plaisir.',
      'Certains objets vous font sourire à chaque utilisation. Offrez-vous ce sentiment : achetez maintenant.',
    ],
    copiesC: [
      'La demande est forte : c’est le moment idéal pour vous équiper. Achetez aujourd’hui, livraison rapide à domicile.',
      'Les modèles favoris partent vite, n’attendez pas trop. Achetez tant qu’il reste du stock.',
    ],
    cta: 'Achetez',
    keywordSuffixes: ['acheter en ligne', 'qualité', 'idée cadeau'],
    forbiddenSentence: 'Un produit pas cher pour une grande qualité.',
    ctaFreeCopy: 'Conçu avec soin pour vous accompagner au quotidien.',
  },
};
