// Defect wording of blind round 1 (see blind-round-1.ts), per language: artifact styles, forbidden sentences,
// slogans, the phrase a near-duplicate copy gains and the keywords that make a title too long.
import type { Language } from '@content-pipeline/languages';
import type { DefectWording } from './blind-set';

type PerLanguage<T> = Record<Language, T>;

export const ROUND_1_WORDING: PerLanguage<DefectWording> = {
  en: {
    artifacts: [
      (c) => ({
        translated_description: `Sure! Here's the product description translated into English:\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `**SEO Title:** ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n(Note: I kept the brand name in its original form.)`,
      }),
      (c) => ({ meta_description: `Meta description: ${c.meta_description}` }),
      (c) => ({ marketing_copy_a: `Copy A – value-focused: ${c.marketing_copy_a}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c} Let me know if you'd like a punchier version!` }),
      (c) => ({
        translated_description: `${c.translated_description} [Translator's note: the source does not name the colours.]`,
      }),
      (c) => ({ h1: `H1: ${c.h1}` }),
      (c) => ({ translated_description: `✨ Here you go! ✨ ${c.translated_description}` }),
      (c) => ({ seo_title: `"${c.seo_title}" (character count within limit)` }),
      (c) => ({ marketing_copy_b: `Certainly. ${c.marketing_copy_b}` }),
      (c) => ({ meta_description: `${c.meta_description}\n---\nWord count: 25` }),
    ],
    forbidden: [
      'Far better than the cheaper alternatives out there.',
      'No fakes, no compromises.',
      'A world away from the counterfeits sold online.',
      "Don't settle for a replica.",
    ],
    slogans: ['Built for the long run.', 'Lighter. Faster. Smarter.'],
    chineseLeftovers: [],
    duplicateLead: 'Good news: ',
    titleStuffing: ' | Gift Idea for Him and Her, Free Delivery, Top Rated',
  },
  es: {
    artifacts: [
      (c) => ({
        translated_description: `¡Claro! Aquí tienes la descripción traducida al español:\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `**Título SEO:** ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nNota: he mantenido el nombre de la marca sin traducir.`,
      }),
      (c) => ({ meta_description: `Meta descripción: ${c.meta_description}` }),
      (c) => ({ marketing_copy_b: `Texto B (emocional): ${c.marketing_copy_b}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c} ¿Quieres que lo haga más corto?` }),
      (c) => ({
        translated_description: `${c.translated_description} [N. del T.: el original no indica el color.]`,
      }),
      (c) => ({ h1: `Encabezado H1 – ${c.h1}` }),
      (c) => ({
        translated_description: `Por supuesto, a continuación la traducción: ${c.translated_description}`,
      }),
      (c) => ({ meta_description: `${c.meta_description} (155 caracteres)` }),
      (c) => ({ marketing_copy_a: `«${c.marketing_copy_a}» — versión centrada en el valor` }),
      (c) => ({ seo_title: `Título: ${c.seo_title}` }),
    ],
    forbidden: [
      'Nada que ver con las imitaciones baratas.',
      'Olvídate de las réplicas.',
      'No es una copia falsa.',
      'Sin falsificaciones: calidad original.',
    ],
    slogans: ['Hecho para durar.', 'Ligero por fuera, fuerte por dentro.'],
    chineseLeftovers: [],
    duplicateLead: 'Buenas noticias: ',
    titleStuffing: ' | Idea de regalo, envío gratis y máxima calidad',
  },
  fr: {
    artifacts: [
      (c) => ({
        translated_description: `Bien sûr ! Voici la description traduite en français :\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `**Titre SEO :** ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nRemarque : j’ai conservé le nom de la marque tel quel.`,
      }),
      (c) => ({ meta_description: `Méta-description : ${c.meta_description}` }),
      (c) => ({ marketing_copy_a: `Texte A (valeur) : ${c.marketing_copy_a}` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c} N’hésitez pas à me dire si vous souhaitez une autre version.`,
      }),
      (c) => ({
        translated_description: `${c.translated_description} [Note du traducteur : la couleur n’est pas précisée dans l’original.]`,
      }),
      (c) => ({ h1: `H1 : ${c.h1}` }),
      (c) => ({ translated_description: `Voilà ma proposition de traduction : ${c.translated_description}` }),
      (c) => ({ seo_title: `${c.seo_title} (58 caractères)` }),
      (c) => ({ marketing_copy_b: `Version émotion — ${c.marketing_copy_b}` }),
      (c) => ({ meta_description: `« ${c.meta_description} »\n\nJ’espère que cela vous convient !` }),
    ],
    forbidden: [
      'Rien à voir avec les contrefaçons.',
      'Oubliez les répliques de mauvaise qualité.',
      'Méfiez-vous des imitations.',
      'Un prix pas cher pour une qualité durable.',
    ],
    slogans: ['Pensé pour durer.', 'Léger, solide, essentiel.'],
    chineseLeftovers: [],
    duplicateLead: 'Bonne nouvelle : ',
    titleStuffing: ' | Idée cadeau, livraison gratuite, meilleure vente',
  },
  de: {
    artifacts: [
      (c) => ({
        translated_description: `Gerne! Hier ist die Produktbeschreibung auf Deutsch:\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `**SEO-Titel:** ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\nHinweis: Den Markennamen habe ich unverändert gelassen.`,
      }),
      (c) => ({ meta_description: `Meta-Beschreibung: ${c.meta_description}` }),
      (c) => ({ marketing_copy_a: `Text A (Nutzen) – ${c.marketing_copy_a}` }),
      (c) => ({
        marketing_copy_c: `${c.marketing_copy_c} Sagen Sie Bescheid, falls Sie eine kürzere Fassung brauchen.`,
      }),
      (c) => ({
        translated_description: `${c.translated_description} [Anm. d. Übers.: Die Farbe ist im Original nicht angegeben.]`,
      }),
      (c) => ({ h1: `Überschrift: ${c.h1}` }),
      (c) => ({ translated_description: `Natürlich, hier die Übersetzung: ${c.translated_description}` }),
      (c) => ({ meta_description: `${c.meta_description} (154 Zeichen)` }),
      (c) => ({ marketing_copy_b: `„${c.marketing_copy_b}“ – emotionale Variante` }),
      (c) => ({ seo_title: `Titel – ${c.seo_title}` }),
    ],
    forbidden: [
      'Keine billigen Kopien, sondern echte Qualität.',
      'Vergessen Sie Fälschungen.',
      'Kein Imitat, sondern das Original.',
      'Deutlich besser als jede Nachahmung.',
    ],
    slogans: ['Gemacht für jeden Tag.', 'Leicht. Robust. Zuverlässig.'],
    chineseLeftovers: [],
    duplicateLead: 'Gute Nachricht: ',
    titleStuffing: ' | Geschenkidee, versandkostenfrei, Testsieger',
  },
  ja: {
    artifacts: [
      (c) => ({
        translated_description: `かしこまりました。以下が日本語訳です。\n\n${c.translated_description}`,
      }),
      (c) => ({ seo_title: `**SEOタイトル：** ${c.seo_title}` }),
      (c) => ({
        translated_description: `${c.translated_description}\n\n※注：ブランド名は原文のまま残しています。`,
      }),
      (c) => ({ meta_description: `メタディスクリプション：${c.meta_description}` }),
      (c) => ({ marketing_copy_a: `コピーA（価値訴求）：${c.marketing_copy_a}` }),
      (c) => ({ marketing_copy_c: `${c.marketing_copy_c}ほかの案が必要でしたらお知らせください。` }),
      (c) => ({ translated_description: `${c.translated_description}【訳注：原文に色の記載はありません】` }),
      (c) => ({ h1: `見出し（H1）：${c.h1}` }),
      (c) => ({ translated_description: `はい、翻訳しました！ ${c.translated_description}` }),
      (c) => ({ seo_title: `${c.seo_title}（全角28文字）` }),
      (c) => ({ marketing_copy_b: `「${c.marketing_copy_b}」（感情訴求版）` }),
      (c) => ({ meta_description: `${c.meta_description}\n\n以上、ご確認ください。` }),
    ],
    forbidden: [
      '激安なのに高品質。',
      '偽物にご注意ください、こちらは正規品です。',
      'レプリカではありません。',
      '模倣品とは違う本物の品質。',
    ],
    slogans: ['毎日に、ちょうどいい。', '軽さと強さを、ひとつに。'],
    chineseLeftovers: ['这款产品质量可靠，设计时尚。', '让您的生活更加轻松。'],
    duplicateLead: 'うれしいお知らせ。',
    titleStuffing: '｜ギフトに最適 送料無料 人気ランキング上位',
  },
};
