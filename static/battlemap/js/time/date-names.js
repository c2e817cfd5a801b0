// Month names and date patterns per language, as Intl.DateTimeFormat writes them, without Intl (tests/js/dates-languages.test.mjs).

// The first Intl.DateTimeFormat a page makes loads the locale data, which held up the first frame by 15-20 ms on a
// slow machine, so the pages write dates from these tables. Ukrainian and Russian dates name the month in the
// genitive ('12 травня', '12 мая') and end the year with 'р.' / 'г.', as Intl does, joined to the year by a no-break
// space (where Intl has a plain one), as Ukrainian and Russian typography keep a number and its abbreviation together:
// a narrow timeline wraps '22 травня / 1942 р.', never '22 травня 1942 / р.'.
export const DATE_NAMES = {
  en: {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
    long: (day, month, year) => `${day} ${month} ${year}`,
    short: (day, month) => `${day} ${month}`,
  },
  uk: {
    months: ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'],
    shortMonths: ['січ.', 'лют.', 'бер.', 'квіт.', 'трав.', 'черв.', 'лип.', 'серп.', 'вер.', 'жовт.', 'лист.', 'груд.'],
    long: (day, month, year) => `${day} ${month} ${year}\u00a0р.`,
    short: (day, month) => `${day} ${month}`,
  },
  de: {
    months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    shortMonths: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
    long: (day, month, year) => `${day}. ${month} ${year}`,
    short: (day, month) => `${day}. ${month}`,
  },
  ru: {
    months: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
    shortMonths: ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
    long: (day, month, year) => `${day} ${month} ${year}\u00a0г.`,
    short: (day, month) => `${day} ${month}`,
  },
};

/** The tables for a language code ('uk', 'de-AT', 'en-gb'), British English for one we do not have. */
export function dateNamesFor(lang) {
  return DATE_NAMES[String(lang || 'en').toLowerCase().split('-')[0]] || DATE_NAMES.en;
}
