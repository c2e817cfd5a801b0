"""The documentation holds together: every relative link and #anchor resolves, and the README stays short."""

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# The Markdown whose links are checked, as glob patterns from the repository root.
DOCUMENTS = ("README.md", "docs/**/*.md", "geodata/**/README.md", "static/battlemap/README-frontend.md")
# The README says what Battlemap is and points to docs/; measurements and details go there.
README_MAX_LINES = 200

FENCED_BLOCK = re.compile(r"^ {0,3}(```|~~~).*?^ {0,3}\1[^\n]*$", re.M | re.S)
INLINE_CODE = re.compile(r"(`+).+?\1", re.S)
# [text](target "title") and ![alt](target); the text may hold one level of brackets.
INLINE_LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\[\]]*\])*\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE_LINK = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.M)
HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$", re.M)
# A target with a scheme (https:, mailto:) or a site path (/embed/...) is not a file of the repository.
NOT_A_FILE = re.compile(r"^([a-z][a-z0-9+.-]*:|/)", re.I)


def blank(match):
    """The matched text as spaces, keeping its line breaks (so line numbers hold)."""
    return re.sub(r"[^\n]", " ", match.group(0))


def without_code(markdown):
    """The text with fenced blocks and inline code blanked: what is there is not a link."""
    return INLINE_CODE.sub(blank, FENCED_BLOCK.sub(blank, markdown))


def anchor(heading):
    """The id GitHub gives a heading: its text lower-cased, punctuation dropped, spaces as hyphens."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link keeps its text
    text = re.sub(r"[`*]", "", text).strip().lower()
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def anchors(document):
    """Every heading's id in a Markdown file; a repeated heading gets -1, -2... as on GitHub."""
    seen = {}
    ids = set()
    # A heading's inline code is part of its id; a fenced block's lines are not headings.
    for match in HEADING.finditer(FENCED_BLOCK.sub(blank, document.read_text())):
        base = anchor(match.group(1))
        count = seen.get(base, 0)
        seen[base] = count + 1
        ids.add(base if count == 0 else f"{base}-{count}")
    return ids


def links(document):
    """(line number, target) of every inline and reference link in a Markdown file."""
    text = without_code(document.read_text())
    found = [match for pattern in (INLINE_LINK, REFERENCE_LINK) for match in pattern.finditer(text)]
    return sorted((text.count("\n", 0, match.start()) + 1, match.group(1)) for match in found)


def broken_links(document, root=REPO):
    """Each link of `document` that does not resolve, as 'path:line: target (why)'."""
    problems = []
    for line, target in links(document):
        if NOT_A_FILE.match(target):
            continue
        path, _, fragment = target.partition("#")
        where = f"{document.relative_to(root)}:{line}: {target}"
        linked = (document.parent / path).resolve() if path else document
        if not linked.exists():
            problems.append(f"{where} (no such file or folder)")
        elif fragment and linked.suffix == ".md" and fragment not in anchors(linked):
            problems.append(f"{where} (no heading #{fragment} in {linked.relative_to(root)})")
        elif root not in linked.parents and linked != root:
            problems.append(f"{where} (outside the repository)")
    return problems


def documents():
    return sorted({path for pattern in DOCUMENTS for path in REPO.glob(pattern)})


@pytest.mark.parametrize("document", documents(), ids=lambda path: str(path.relative_to(REPO)))
def test_every_link_resolves(document):
    problems = broken_links(document)
    assert not problems, "broken links:\n" + "\n".join(problems)


def test_every_documentation_folder_is_checked():
    checked = {str(path.relative_to(REPO)) for path in documents()}
    assert {"README.md", "docs/README.md", "geodata/README.md", "static/battlemap/README-frontend.md"} <= checked


# A made-up docs folder: each case is one line of guide.md and what the check says of it.
SAMPLE = {
    "index.md": "# Index\n\n## The first part\n\nText.\n\n## The first part\n",
    "sub/other.md": "# Other: a `code` heading, with [a link](../index.md)\n",
}
CASES = [
    ("[ok](index.md) and ![picture](sub/other.md)", None),
    ("[folder](sub/) and [up](../docs/index.md)", None),
    ("[heading](index.md#the-first-part) and [repeated](index.md#the-first-part-1)", None),
    ("[punctuation](sub/other.md#other-a-code-heading-with-a-link)", None),
    ("[own heading](#guide)", None),
    ("[web](https://example.org/missing.md) and [site](/embed/x/)", None),
    ("`[in code](missing.md)`\n\n```\n[fenced](missing.md)\n```", None),
    ("[missing](missing.md)", "docs/guide.md:3: missing.md (no such file or folder)"),
    ("[folder](nowhere/)", "docs/guide.md:3: nowhere/ (no such file or folder)"),
    ("[anchor](index.md#the-second-part)", "docs/guide.md:3: index.md#the-second-part (no heading #the-second-part in docs/index.md)"),
    ("[own anchor](#nothing)", "docs/guide.md:3: #nothing (no heading #nothing in docs/guide.md)"),
    ("[reference]\n\n[reference]: gone.md", "docs/guide.md:5: gone.md (no such file or folder)"),
]


@pytest.mark.parametrize("line, expected", CASES, ids=[case[0] for case in CASES])
def test_broken_links_finds_what_does_not_resolve(tmp_path, line, expected):
    for name, text in SAMPLE.items():
        (tmp_path / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "docs" / name).write_text(text)
    guide = tmp_path / "docs" / "guide.md"
    guide.write_text(f"# Guide\n\n{line}\n")
    assert broken_links(guide, root=tmp_path) == ([expected] if expected else [])


def test_readme_is_short():
    lines = (REPO / "README.md").read_text().count("\n")
    assert lines <= README_MAX_LINES, f"README.md has {lines} lines; move details to docs/ (at most {README_MAX_LINES})"
