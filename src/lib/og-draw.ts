// Draws a card (./og-card.ts says what it shows) with @napi-rs/canvas (Skia) and encodes it as
// JPEG; the build does both in a worker thread (./og-cards.ts). Fonts come from npm
// (@fontsource/noto-sans), never from the machine, so every machine draws the same bytes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import {
  byWords,
  CARD_SIZE,
  clampText,
  parseUnicodeRange,
  uncoveredCharacters,
  wrapText,
  type CardText,
} from './og-card.ts';

// The design system's colours (src/styles/global.css): the header's navy band and its ink.
const COLOURS = {
  band: '#0f2747',
  ink: '#f3f5f8',
  muted: '#b8c4d6',
  stripe: '#8fb6ee',
} as const;

// Noto Sans's subsets for the scripts a headline may use: Latin (Indonesian, English and names
// with diacritics), Vietnamese, Greek, Cyrillic.
const SUBSETS = [
  'latin',
  'latin-ext',
  'vietnamese',
  'greek',
  'greek-ext',
  'cyrillic',
  'cyrillic-ext',
];
const WEIGHTS = [400, 700] as const;
const require = createRequire(import.meta.url);

let registered: [number, number][] | undefined;

/** Registers the card's fonts once; returns the code points they cover. */
export function cardFonts(): [number, number][] {
  if (registered) return registered;
  const ranges = JSON.parse(
    readFileSync(require.resolve('@fontsource/noto-sans/unicode.json'), 'utf8'),
  ) as Record<string, string>;
  registered = [];
  for (const subset of SUBSETS) {
    for (const weight of WEIGHTS) {
      const file = require.resolve(
        `@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`,
      );
      if (!GlobalFonts.registerFromPath(file, `ArsipCard ${subset}`))
        throw new Error(`${file}: the card font could not be loaded`);
    }
    registered.push(...parseUnicodeRange(ranges[subset] ?? ''));
  }
  return registered;
}

const family = SUBSETS.map((s) => `"ArsipCard ${s}"`).join(', ');
const font = (weight: number, size: number) => `${weight} ${size}px ${family}`;

/** The characters of a card's text that its fonts cannot draw (the card would show boxes). */
export function missingGlyphs(card: CardText): string[] {
  return uncoveredCharacters(
    [card.heading, card.subheading ?? '', card.footer, ...card.brand].join(' '),
    cardFonts(),
  );
}

const PAD = 72;
const WIDTH = CARD_SIZE.width - 2 * PAD;
const TEXT_TOP = 196;
const TEXT_BOTTOM = 524;
const HEADING_SIZES = [66, 60, 54, 48, 43, 38];
const SUB = { size: 30, line: 40, gap: 22, lines: 2 };

function lines(ctx: SKRSContext2D, text: string[], x: number, top: number, lineHeight: number) {
  text.forEach((line, i) => ctx.fillText(line, x, top + (i + 1) * lineHeight - lineHeight * 0.24));
}

// The largest heading that fits in four lines and leaves room for the English headline beneath
// (two lines where possible, else one); a heading too long for that keeps the room to itself.
function layoutHeading(ctx: SKRSContext2D, card: CardText) {
  // One measurer per font, each measuring a word once however many layouts are tried.
  const measurers = new Map<string, (line: string) => number>();
  const measureIn = (css: string) => {
    let measure = measurers.get(css);
    if (!measure) {
      measure = byWords((text) => {
        ctx.font = css;
        return ctx.measureText(text).width;
      });
      measurers.set(css, measure);
    }
    return measure;
  };
  const room = TEXT_BOTTOM - TEXT_TOP;
  for (const wanted of card.subheading ? [SUB.lines, 1, 0] : [0]) {
    for (const size of HEADING_SIZES) {
      const heading = wrapText(card.heading, measureIn(font(700, size)), WIDTH, 4);
      if (!heading) continue;
      const left = room - heading.length * size * 1.16;
      const fits = Math.min(SUB.lines, Math.floor((left - SUB.gap) / SUB.line));
      if (fits < wanted) continue;
      const sub =
        wanted > 0
          ? clampText(card.subheading ?? '', measureIn(font(400, SUB.size)), WIDTH, fits)
          : [];
      return { size, heading, sub };
    }
  }
  const size = HEADING_SIZES.at(-1)!;
  return { size, heading: clampText(card.heading, measureIn(font(700, size)), WIDTH, 5), sub: [] };
}

// One canvas a thread, drawn over for each card: Skia's pixels live outside V8's heap, and a
// new canvas a card (3 MB each) piled up faster than the collector freed them (31 GB at 10,000).
let shared: Canvas | undefined;

/** Draws a card on the thread's one canvas and returns it, to encode before the next card. */
export function drawCard(card: CardText) {
  cardFonts();
  shared ??= createCanvas(CARD_SIZE.width, CARD_SIZE.height);
  const canvas = shared;
  const ctx = canvas.getContext('2d');
  // Each card starts from the canvas's initial state, whatever the last one set.
  ctx.save();
  ctx.fillStyle = COLOURS.band;
  ctx.fillRect(0, 0, CARD_SIZE.width, CARD_SIZE.height);
  ctx.fillStyle = COLOURS.stripe;
  ctx.fillRect(0, CARD_SIZE.height - 14, CARD_SIZE.width, 14);

  // The header's mark, "ID·KR" in a box, and the archive's names beside it.
  ctx.strokeStyle = COLOURS.ink;
  ctx.lineWidth = 3;
  ctx.strokeRect(PAD + 1.5, 61.5, 124, 54);
  ctx.fillStyle = COLOURS.ink;
  ctx.font = font(700, 26);
  ctx.textAlign = 'center';
  ctx.fillText('ID·KR', PAD + 63, 98);
  ctx.textAlign = 'left';
  const site = card.heading === card.brand[0];
  if (!site) {
    ctx.font = font(700, 28);
    ctx.fillText(card.brand[0], PAD + 152, 86);
    ctx.fillStyle = COLOURS.muted;
    ctx.font = font(400, 23);
    ctx.fillText(card.brand[1], PAD + 152, 117);
  }

  const { size, heading, sub } = layoutHeading(ctx, card);
  ctx.fillStyle = COLOURS.ink;
  ctx.font = font(700, size);
  lines(ctx, heading, PAD, TEXT_TOP, size * 1.16);
  if (sub.length) {
    ctx.fillStyle = COLOURS.muted;
    ctx.font = font(400, SUB.size);
    lines(ctx, sub, PAD, TEXT_TOP + heading.length * size * 1.16 + SUB.gap, SUB.line);
  }

  ctx.fillStyle = COLOURS.ink;
  ctx.font = font(400, 27);
  ctx.fillText(
    clampText(card.footer, (s) => ctx.measureText(s).width, WIDTH, 1)[0] ?? '',
    PAD,
    576,
  );
  ctx.restore();
  return canvas;
}

/** JPEG quality of the cards: text stays crisp (Skia writes full-resolution colour) at 50–80 kB a card. */
export const CARD_QUALITY = 80;

/** Draws a card and encodes it as JPEG (on the calling thread: ./og-cards.ts runs it in workers). */
export function encodeCard(card: CardText): Buffer {
  return drawCard(card).encodeSync('jpeg', CARD_QUALITY);
}
