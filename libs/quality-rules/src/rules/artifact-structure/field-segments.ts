/**
 * Where in a field a piece of text sits. Chatter a model leaves in a field sits at its edges — a label before the
 * text, a first line or sentence announcing it, a last paragraph, sentence or bracketed aside about it — so the
 * detector reads only those places, and how a piece is set off (its own line, brackets, a closing colon or dash)
 * is evidence too.
 */
export type SegmentPlace =
  | 'label'
  | 'first line'
  | 'first sentence'
  | 'last paragraph'
  | 'last line'
  | 'last sentence'
  | 'aside'
  | 'inner aside'
  | 'after a dash'
  | 'inner line'
  | 'inner sentence';

/** How a segment is set off from the field's text. */
export interface SegmentShape {
  /** Alone on its line (a first line before a line break, a last paragraph after a blank line or a rule). */
  ownLine: boolean;
  /** Ends in a colon (a first line introducing what follows). */
  colonEnd: boolean;
  /** Enclosed in brackets or parentheses. */
  bracketed: boolean;
  /** Set off by a spaced dash at the field's end. */
  dashed: boolean;
  /** Followed by a number (a label before one may be a spec: `Output: 65 W`). */
  beforeNumber: boolean;
}

/** A piece of a field's folded text at one of its edges. */
export interface FieldSegment {
  place: SegmentPlace;
  /** The piece, without its brackets, bullets and edge punctuation. */
  text: string;
  /** Where the piece sits in the folded text (a label with its lead, an aside inside its brackets). */
  start: number;
  end: number;
  shape: SegmentShape;
}

const NO_SHAPE: SegmentShape = {
  ownLine: false,
  colonEnd: false,
  bracketed: false,
  dashed: false,
  beforeNumber: false,
};

/** What may stand before a label: quotes, brackets, markdown emphasis and headings, bullets, a note mark. */
const LABEL_LEAD = /^[\s"'\u201c\u201d\u201e\u00ab\u300c\u300e[\u3010*_#>\u203b\u2022-]*/u;
/**
 * A label's delimiter: a colon, a spaced dash, the horizontal bar Japanese uses, an arrow, a spaced equals sign,
 * a guillemet or chevron, or the end of its line.
 */
const LABEL_DELIMITER =
  /^([^\n:]{1,48}?)[\s"'\u201d\u300d\u3011*_\]]*(?::|\s[-\u2013\u2014\u2015]\s|\u2015|\u2014|\s(?:\u2192|->|=>|=|\u00bb|\u203a)\s|\s?(?:\u25b8|\u25ba|\uff5c)|\s\|\s|\s*\n)/u;
/** A label in brackets with no delimiter: `[SEO Title] …`, `【見出し】…`. */
const BRACKET_LABEL = /^\s*[[\u3010]([^\]\u3011\n]{1,40})[\]\u3011]/u;
/** A sentence; a dot between digits (`version 3.2`, `1.5 kg`) ends none. */
const SENTENCE =
  /[^.!?\u3002\uff01\uff1f\n]+(?:(?<=\d)\.(?=\d)[^.!?\u3002\uff01\uff1f\n]*)*(?:[.!?\u3002\uff01\uff1f]+|$)/gu;
const TRAILING_ASIDE = /[([\u3010]([^()[\]\u3010\u3011\n]{1,240})[)\]\u3011][\s.\u3002]*$/u;
const INNER_ASIDE = /[([\u3010]([^()[\]\u3010\u3011\n]{1,240})[)\]\u3011]/gu;
const LEADING_ASIDE = /^\s*[([\u3010]([^()[\]\u3010\u3011\n]{1,120})[)\]\u3011]/u;
const TRAILING_DASH =
  /\s[-\u2013\u2014\u2015]\s+([^\n\u2013\u2014\u2015]{1,120})$|\u2015\s*([^\n\u2015]{1,80})$/u;
/** Words before a field's first colon, past a label's length and not a sentence (no full stop among them). */
const LONG_LEAD_IN = /^([^.!?\u3002\uff01\uff1f:\uff1a\n]{49,160})(?::\s|\uff1a)\S/u;
const PARAGRAPH_BREAK = /\n[ \t]*(?:\n|(?:-{3,}|\*{3,}|_{3,}|={3,})[ \t]*\n)\s*/gu;

/** Strips what sets a segment off (bullets, emphasis, quotes, emoji and edge punctuation) from its text. */
function bare(text: string): string {
  return text
    .replace(
      /^[\s"'\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d*_#>\u203b\u2022¡¿\p{Extended_Pictographic}\uFE0F\u2013\u2014-]+/u,
      '',
    )
    .replace(/[\s"'\u201c\u201d\u00ab\u00bb\u300c\u300d*_\p{Extended_Pictographic}\uFE0F]+$/u, '')
    .trim();
}

function segment(
  place: SegmentPlace,
  raw: string,
  start: number,
  shape: Partial<SegmentShape> = {},
): FieldSegment | undefined {
  const text = bare(raw);
  if (!text) return undefined;
  return { place, text, start, end: start + raw.length, shape: { ...NO_SHAPE, ...shape } };
}

/** Where a captured group starts in the text its match was found in (brackets and dashes come before it). */
function groupStart(match: RegExpExecArray | RegExpMatchArray, group: string): number {
  return (match.index ?? 0) + match[0].indexOf(group);
}

/** The label a field opens with, if its first words are set off like one (`Titre SEO :`, `H1 →`, `[SEO Title]`). */
export function leadingLabel(text: string): FieldSegment | undefined {
  const lead = LABEL_LEAD.exec(text)?.[0].length ?? 0;
  const bracket = BRACKET_LABEL.exec(text);
  if (bracket) return segment('label', bracket[1], 0, { bracketed: true });
  const match = LABEL_DELIMITER.exec(text.slice(lead));
  if (!match) return undefined;
  const ownLine = match[0].endsWith('\n');
  const beforeNumber = /^\s*\d/u.test(text.slice(lead + match[0].length));
  return segment('label', match[1], lead, {
    ownLine,
    colonEnd: match[0].trimEnd().endsWith(':'),
    beforeNumber,
  });
}

/** The sentences of a line. */
export function sentencesOf(line: string): string[] {
  return (line.match(SENTENCE) ?? []).map((s) => s.trim()).filter(Boolean);
}

/** The pieces at a field's edges where chatter sits. */
export function edgeSegments(text: string): FieldSegment[] {
  const segments: (FieldSegment | undefined)[] = [];
  const trimmed = text.replace(/\s+$/u, '');
  const label = leadingLabel(trimmed);
  segments.push(label);

  const newline = trimmed.indexOf('\n');
  const firstLine = newline >= 0 ? trimmed.slice(0, newline) : trimmed;
  if (newline >= 0 && firstLine.trim()) {
    segments.push(segment('first line', firstLine, 0, { ownLine: true, colonEnd: /:\s*$/u.test(firstLine) }));
  }
  const firstSentence = sentencesOf(firstLine)[0];
  if (firstSentence && firstSentence.length < trimmed.length) {
    segments.push(segment('first sentence', firstSentence, trimmed.indexOf(firstSentence)));
  }
  // A lead-in too long for a label, closed by a colon (`As requested, the H1 is now shorter than the title: …`).
  const leadIn = label ? undefined : LONG_LEAD_IN.exec(firstLine);
  if (leadIn) segments.push(segment('first sentence', leadIn[1], 0, { colonEnd: true }));
  const leadingAside = LEADING_ASIDE.exec(trimmed);
  if (leadingAside)
    segments.push(
      segment('aside', leadingAside[1], groupStart(leadingAside, leadingAside[1]), { bracketed: true }),
    );

  const breaks = [...trimmed.matchAll(PARAGRAPH_BREAK)];
  const lastBreak = breaks[breaks.length - 1];
  if (lastBreak?.index !== undefined) {
    const from = lastBreak.index + lastBreak[0].length;
    segments.push(segment('last paragraph', trimmed.slice(from), from, { ownLine: true }));
  }
  const lastNewline = trimmed.lastIndexOf('\n');
  if (lastNewline >= 0) {
    segments.push(segment('last line', trimmed.slice(lastNewline + 1), lastNewline + 1, { ownLine: true }));
    // Another field attached after the text (`…\nmeta_description: …`, `…\n\nSEO-Titel: …`): a label opening the last line.
    const label = leadingLabel(trimmed.slice(lastNewline + 1));
    if (label)
      segments.push({ ...label, start: lastNewline + 1 + label.start, end: lastNewline + 1 + label.end });
  }
  const lastLine = trimmed.slice(lastNewline + 1);
  const lastSentences = sentencesOf(lastLine);
  const lastSentence = lastSentences[lastSentences.length - 1];
  if (lastSentence && lastSentence.length < trimmed.length) {
    segments.push(segment('last sentence', lastSentence, trimmed.lastIndexOf(lastSentence)));
  }
  // Lines inside the field: a second variant's label (`Option 2:`) or a line of chatter between two versions.
  let offset = newline + 1;
  for (const line of newline >= 0
    ? trimmed
        .slice(newline + 1)
        .split('\n')
        .slice(0, -1)
    : []) {
    segments.push(segment('inner line', line, offset, { ownLine: true }));
    const label = leadingLabel(`${line}\n`);
    if (label) segments.push({ ...label, start: offset + label.start, end: offset + label.end });
    offset += line.length + 1;
  }
  // Every sentence, for what cannot be product copy however it is placed (a request, the model naming itself).
  for (const match of trimmed.matchAll(SENTENCE)) {
    const sentence = match[0];
    if (sentence.trim().length < trimmed.length)
      segments.push(segment('inner sentence', sentence, match.index));
  }
  // Every aside in brackets, wherever it sits: brackets set a remark off from the copy around it as a line
  // break does (`… 20 L. (Figures checked against the source.) The timer …`).
  for (const match of trimmed.matchAll(INNER_ASIDE))
    if (match.index > 0 && match.index + match[0].length < trimmed.length)
      segments.push(segment('inner aside', match[1], groupStart(match, match[1]), { bracketed: true }));
  const aside = TRAILING_ASIDE.exec(trimmed);
  if (aside) segments.push(segment('aside', aside[1], groupStart(aside, aside[1]), { bracketed: true }));
  const dash = TRAILING_DASH.exec(trimmed);
  if (dash) {
    const words = dash[1] ?? dash[2];
    segments.push(segment('after a dash', words, groupStart(dash, words), { dashed: true }));
  }
  return segments.filter((s): s is FieldSegment => s !== undefined);
}
