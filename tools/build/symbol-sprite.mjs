// Writes static/battlemap/js/symbols/symbol-sprite.js: milsymbol's drawing instructions for every unit code the operations use, so pages draw symbols without loading milsymbol.
//
// Run from the repository root:  node tools/build/symbol-sprite.mjs [--check]
// It reads the SIDC of every formation in geodata/*/formations.csv and tests/data/*/formations.csv,
// renders each in every standard identity a point of view can give it (friend, hostile, neutral)
// with the vendored milsymbol at size 100, and keeps what milsymbol's own canvas renderer draws:
// its draw instructions, its size, anchor and origin. The fill colour is a slot, filled in with
// the side's colour at draw time. With --check it writes nothing and exits 1 when the file is
// stale (the tests run it).
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUTPUT = join(REPO, 'static', 'battlemap', 'js', 'symbols', 'symbol-sprite.js');
const ms = createRequire(import.meta.url)(join(REPO, 'static', 'vendor', 'milsymbol', 'milsymbol.js'));

/** The colour milsymbol is given as fillColor; every instruction filled with it takes the side's colour. */
export const FILL_SLOT = '#010203';
/** Options as static/battlemap/js/layers/symbol-cache.js draws them (size and colour aside). */
const SYMBOL_OPTIONS = { colorMode: 'Light', outlineColor: '#ffffff', outlineWidth: 3, frame: true, fill: true };
/** Codes drawn beyond the operations' own: the legend's two examples, and the plain frame drawn while a code outside the sprite loads. */
const EXTRA_CODES = ['SFGPUCI----E---', 'SFGPUCA----E---', 'SFGPU----------'];
const IDENTITIES = { letter: ['F', 'H', 'N'], number: ['03', '06', '04'] };

function splitCsvRow(row) {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < row.length; i++) {
    const char = row[i];
    if (quoted) {
      if (char === '"' && row[i + 1] === '"') { field += '"'; i++; } else if (char === '"') quoted = false; else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') { fields.push(field); field = ''; } else field += char;
  }
  fields.push(field);
  return fields;
}

/** Every formation code of the operations, from their formations.csv files. */
export function operationCodes() {
  const codes = new Set(EXTRA_CODES);
  for (const root of ['geodata', join('tests', 'data')]) {
    for (const entry of readdirSync(join(REPO, root), { withFileTypes: true })) {
      const file = join(REPO, root, entry.name, 'formations.csv');
      if (entry.isDirectory() && existsSync(file)) for (const code of readCsvCodes(file)) codes.add(code);
    }
  }
  return [...codes].sort();
}

function readCsvCodes(path) {
  // Records can hold line breaks inside quoted notes: split records, not lines.
  const text = readFileSync(path, 'utf8');
  const records = [];
  let record = '';
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if ((char === '\n') && !quoted) { if (record.trim()) records.push(record.replace(/\r$/, '')); record = ''; } else record += char;
  }
  if (record.trim()) records.push(record);
  const header = splitCsvRow(records[0]);
  const at = header.indexOf('sidc');
  if (at < 0) throw new Error(`${path}: no 'sidc' column`);
  return records.slice(1).map((row) => splitCsvRow(row)[at]).filter(Boolean);
}

function withIdentity(code, index) {
  if (/^[A-Za-z*-]{15}$/.test(code)) return code[0] + IDENTITIES.letter[index] + code.slice(2);
  if (/^\d{20}$|^\d{30}$/.test(code)) return code.slice(0, 2) + IDENTITIES.number[index] + code.slice(4);
  return code;
}

/** Only what milsymbol's canvas renderer reads, so the file carries nothing else. */
function compact(instructions) {
  return instructions.map((item) => {
    if (Array.isArray(item)) return compact(item);
    if (!item || typeof item !== 'object') return item;
    const { icon, bbox, ...kept } = item;
    if (kept.draw) kept.draw = compact(kept.draw);
    return kept;
  });
}

export function spriteEntry(code) {
  const symbol = new ms.Symbol(code, { ...SYMBOL_OPTIONS, size: 100, fillColor: FILL_SLOT });
  const { width, height } = symbol.getSize();
  const anchor = symbol.getAnchor();
  const margin = symbol.style.strokeWidth + symbol.style.outlineWidth;
  return {
    valid: symbol.isValid(),
    width, height, anchor: { x: anchor.x, y: anchor.y },
    origin: { x: symbol.bbox.x1 - margin, y: symbol.bbox.y1 - margin },
    strokeWidth: symbol.style.strokeWidth,
    draw: compact(symbol.drawInstructions),
  };
}

export function spriteSource() {
  const symbols = {};
  for (const code of operationCodes()) {
    for (let i = 0; i < 3; i++) {
      const framed = withIdentity(code, i);
      symbols[framed] = spriteEntry(framed);
    }
  }
  const body = JSON.stringify({ milsymbol: ms.version, size: 100, fillSlot: FILL_SLOT, symbols });
  return `// Generated by tools/build/symbol-sprite.mjs from milsymbol ${ms.version} (MIT, static/vendor/milsymbol/LICENSE): do not edit.\n`
    + `// milsymbol's draw instructions for every unit code the operations use, in each identity, at size 100.\n`
    + `export const SYMBOL_SPRITE = ${body};\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const source = spriteSource();
  if (process.argv.includes('--check')) {
    const current = existsSync(OUTPUT) ? readFileSync(OUTPUT, 'utf8') : '';
    if (current !== source) {
      console.error(`${OUTPUT} is stale: run node tools/build/symbol-sprite.mjs`);
      process.exit(1);
    }
    console.log(`${OUTPUT} is up to date`);
  } else {
    writeFileSync(OUTPUT, source);
    console.log(`Wrote ${OUTPUT} (${(source.length / 1024).toFixed(1)} KB, ${Object.keys(JSON.parse(source.slice(source.indexOf('{'), -2)).symbols).length} symbols)`);
  }
}
