// Numbers as Intl.NumberFormat writes them in the page's language (1,000 / 1.000 / 1 000), without loading Intl's locale data.
import { language } from './i18n.js';

// Group and decimal separators per language; Ukrainian and Russian group with a no-break space (U+00A0), as Intl does.
const SEPARATORS = {
  en: { group: ',', decimal: '.' },
  de: { group: '.', decimal: ',' },
  uk: { group: '\u00a0', decimal: ',' },
  ru: { group: '\u00a0', decimal: ',' },
};

function separatorsFor(lang) {
  return SEPARATORS[String(lang || 'en').toLowerCase().split('-')[0]] || SEPARATORS.en;
}

/**
 * The number's shortest decimal form rounded half away from zero to `digits` decimals, as Intl rounds
 * (1.0005 -> '1.001', where toFixed, working on the binary value 1.000499..., gives '1.000').
 */
function rounded(value, digits) {
  const shortest = String(value);
  if (shortest.includes('e')) return value.toFixed(digits);
  const [whole, fraction = ''] = shortest.split('.');
  if (fraction.length <= digits) return shortest;
  const kept = BigInt(whole + fraction.slice(0, digits)) + (fraction[digits] >= '5' ? 1n : 0n);
  const text = kept.toString().padStart(digits + 1, '0');
  return digits ? `${text.slice(0, -digits)}.${text.slice(-digits)}` : text;
}

/**
 * A finite number as text in `lang` (the page's language by default), grouped by thousands, with at most
 * `maximumFractionDigits` decimals (3, as Intl's default) and no trailing zeros: 1234.5 -> '1.234,5' in German.
 */
export function formatNumber(value, { maximumFractionDigits = 3, lang = language() } = {}) {
  const number = Number(value);
  if (!Number.isFinite(number)) throw new TypeError(`formatNumber: ${JSON.stringify(value)} is not a finite number`);
  const { group, decimal } = separatorsFor(lang);
  const [whole, fraction = ''] = rounded(Math.abs(number), maximumFractionDigits).split('.');
  const digits = fraction.replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = number < 0 || Object.is(number, -0) ? '-' : '';
  return `${sign}${grouped}${digits ? decimal + digits : ''}`;
}
