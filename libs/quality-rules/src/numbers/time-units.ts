/**
 * Spans of time as a translation writes them after a number, in the five languages: the one table every rule reads a
 * duration from (what a number measures, a span the source must give, a larger unit a smaller source unit restates).
 */
export type TimeUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';

const WORDS: Readonly<Record<TimeUnit, string>> = {
  year: 'years?|yrs?|jahr(?:e|en)?|años?|ans?|年間?',
  month: 'months?|monat(?:e|en)?|mes(?:es)?|mois|か月|ヶ月|カ月',
  week: 'weeks?|wochen?|semanas?|semaines?|週間?',
  day: 'days?|tag(?:e|en)?|días?|jours?|日間?',
  hour: 'hours?|hrs?|h|stunden?|std|horas?|heures?|時間',
  // 分の is a fraction (3分の1), not minutes.
  minute: 'minutes?|mins?|min|minuten?|minutos?|分間?(?!の)',
  second: 'seconds?|secs?|s|sekunden?|segundos?|secondes?|秒',
};

/**
 * Matches one of `units` right after a number: after a space, a no-break space or a hyphen (`2-year`), and not the
 * start of a longer Latin word (`1 hand` is no hour).
 */
export function timeUnitAfter(...units: readonly TimeUnit[]): RegExp {
  return new RegExp(
    `^[\\s\\u00a0\\u202f-]?(?:${units.map((unit) => WORDS[unit]).join('|')})(?![\\p{Script=Latin}])`,
    'iu',
  );
}
