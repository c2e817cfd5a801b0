// A place's two names: as the period sources spell it and its official name today, in the page's
// language (the timeline gives period_name and today_name, each with "<name>_lang": "en" when it is
// the English fallback), and which of them the map shows (?names=today).

/** The two ways of naming places; the first is the default. */
export const NAME_MODES = ['period', 'today'];

/** The mode a query string asks for (`?names=today`), else the default. */
export function nameModeFrom(search) {
  const asked = new URLSearchParams(search).get('names');
  return NAME_MODES.includes(asked) ? asked : NAME_MODES[0];
}

/** The query string with `mode` set (the default leaves no `names=` behind). */
export function searchWithNameMode(search, mode) {
  const params = new URLSearchParams(search);
  if (mode === NAME_MODES[0]) params.delete('names');
  else params.set('names', mode);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The place's period name (in the page's language where the data gives one). */
export function periodName(place) {
  return place.period_name || place.name;
}

/** The place's official name today (in the page's language where the data gives one). */
export function todayName(place) {
  return place.today_name || place.modern_name || place.name;
}

/** The name the map shows in `mode` and the other one. */
export function namesFor(place, mode) {
  return mode === 'today'
    ? { shown: todayName(place), other: periodName(place) }
    : { shown: periodName(place), other: todayName(place) };
}

/** The language a name is in when it is the English fallback ('en'), else null (the page's). */
export function nameLanguage(place, which) {
  return place[`${which}_name_lang`] || null;
}

/** The switch's label for each mode: the operation's year for the period ("As in 1942"). */
export function modeLabels(startDate, gettext = (text) => text) {
  const year = String(startDate || '').slice(0, 4);
  return {
    period: gettext('As in %(year)s').replace('%(year)s', year),
    today: gettext('Today'),
  };
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * How to find `name` in a text: `stem`, a plain string to look for first (cheap), and `pattern`,
 * the source of a Unicode regular expression that finds it as a word. A Latin name is matched
 * whole, as written; a Cyrillic one with its case endings, for Ukrainian and Russian texts inflect
 * place names (Харків: Харкова, Харкову; Балаклія: Балаклії; Лозовая: Лозовой), never a longer
 * name on the same stem (Орель, not Орелька).
 */
export function mentionOf(name) {
  if (!CYRILLIC.test(name)) {
    return { stem: name, pattern: `(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])` };
  }
  let stem = name;
  let body;
  const alternating = name.match(/^(.{3,})([іїо])в$/u);
  if (alternating) {
    // Ukrainian і/ї alternate with о/є before an ending: Харків, Харкова; Чугуїв, Чугуєва.
    stem = alternating[1];
    body = `${escapeRegExp(stem)}(?:${alternating[2] === 'ї' ? 'ї|є' : 'і|о'})в\\p{L}{0,3}`;
  } else {
    const cut = name.replace(/[аяеєиіїоуюйь]{1,2}$/u, '');
    if (cut.length >= 3) stem = cut;
    body = `${escapeRegExp(stem)}\\p{L}{0,${Math.max(2, name.length - stem.length + 1)}}`;
  }
  return { stem, pattern: `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])` };
}

/** The forms of a place's name a text in the page's language may use: the files' own and the period name in it. */
export function nameForms(place) {
  return [...new Set([place.name, place.period_name].filter(Boolean))];
}
