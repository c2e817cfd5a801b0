// The words burnt into a picture of the map: its file name, title line, caption and the sources' credit line.
import { gettext, interpolate, ngettext } from '../core/i18n.js';

/** "kharkov-1942_1942-05-22T14-30.png" (with "@2x" at double resolution). */
export function snapshotFileName(slug, date, hhmm, ratio) {
  const time = hhmm && hhmm !== '00:00' ? `T${hhmm.replace(':', '-')}` : '';
  return `${slug}_${date}${time}${ratio > 1 ? `@${ratio}x` : ''}.png`;
}

/** "Sources: Glantz (1998); Bock (1996)": each cited work once, by its author's surname and year. */
export function creditsLine(sources, ids, limit = 4) {
  const credits = [];
  for (const id of ids) {
    const source = sources[id];
    if (!source) continue;
    const surname = (source.author || id).split(/[,(]/)[0].trim().split(/\s+/).filter((word) => !/\.$/.test(word)).pop() || id;
    const credit = source.year ? `${surname} (${source.year})` : surname;
    if (!credits.includes(credit)) credits.push(credit);
  }
  if (!credits.length) return '';
  const shown = credits.slice(0, limit).join('; ');
  const more = credits.length - limit;
  return interpolate(gettext('Sources: %(sources)s'), { sources: more > 0 ? interpolate(ngettext('%(sources)s; and %(count)s more', '%(sources)s; and %(count)s more', more), { sources: shown, count: more }) : shown });
}

/**
 * The sources a span of the timeline rests on, for a picture or a video that shows it: the ids
 * cited by the events (`{at, sources}`) and key moments (`{at, sources}`) from `start` to the end
 * of `end`'s day, most cited first; where nothing in the span cites a source, those cited by any
 * of them. A work no record cites (listed, but not read) is never credited.
 */
export function citedInSpan({ events = [], moments = [] }, start, end) {
  const records = [...events, ...moments];
  const inSpan = records.filter((record) => record.at >= start - 1e-6 && record.at < Math.floor(end) + 1);
  const count = (chosen) => {
    const times = new Map();
    for (const record of chosen) for (const id of record.sources || []) times.set(id, (times.get(id) || 0) + 1);
    return [...times].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  };
  const cited = count(inSpan);
  return cited.length ? cited : count(records);
}

/** Split `text` into lines no wider than `maxWidth` by `measure(text) -> width`, at spaces. */
export function wrapText(text, maxWidth, measure) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
