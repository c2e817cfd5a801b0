"""The unit symbols come from the symbol sprite: the page loads no milsymbol, draws every code as
milsymbol would, and falls back to milsymbol for a code the sprite lacks."""

import pytest
from waiting import eventually

pytestmark = pytest.mark.django_db(transaction=True)

# Draws each sprite code with the page's SymbolCache and with milsymbol (added to the page by the
# test), and returns the codes whose pixels differ by more than anti-aliasing.
COMPARE_WITH_MILSYMBOL = """([codes, size, colour]) => {
  const symbols = window.battlemap.debug.symbols;
  const ratio = window.devicePixelRatio || 1;
  const pixels = (canvas) => canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  const report = [];
  for (const code of codes) {
    const ours = symbols.get(code, size, colour);
    const theirs = new window.ms.Symbol(code, {size, fillColor: colour, colorMode: 'Light',
      outlineColor: '#ffffff', outlineWidth: 3, frame: true, fill: true});
    const reference = theirs.asCanvas(ratio);
    const anchor = theirs.getAnchor();
    if (ours.canvas.width !== reference.width || ours.canvas.height !== reference.height
        || Math.abs(ours.anchor.x - anchor.x) > 1e-6 || Math.abs(ours.anchor.y - anchor.y) > 1e-6) {
      report.push(`${code}: box ${ours.canvas.width}x${ours.canvas.height} vs ${reference.width}x${reference.height}`);
      continue;
    }
    const [a, b] = [pixels(ours.canvas), pixels(reference)];
    let differing = 0;
    for (let i = 0; i < a.length; i += 4) {
      if (Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]) + Math.abs(a[i + 2] - b[i + 2]) + Math.abs(a[i + 3] - b[i + 3]) > 24) differing++;
    }
    if (differing > 0) report.push(`${code}: ${differing} pixels differ`);
  }
  return report;
}"""


def test_the_page_draws_units_without_loading_milsymbol(kharkov_operation, page, live_server):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{live_server.url}/operations/kharkov-1942/?date=1942-05-22")
    page.wait_for_function("document.documentElement.dataset.battlemapReady === 'true'")
    page.wait_for_timeout(300)
    assert page.evaluate("window.battlemap.debug.unitsDrawn") > 10
    assert not [url for url in requested if "milsymbol" in url], "the page asked for milsymbol"
    assert page.evaluate("window.ms === undefined")


@pytest.mark.parametrize("size, colour", [(20, "#c0392b"), (31, "#2c3e50")])
def test_every_sprite_code_matches_milsymbol_pixel_for_pixel(kharkov_operation, open_operation, live_server, size, colour):
    page = open_operation("kharkov-1942")
    codes = page.evaluate("Object.keys(window.battlemap.debug.symbols._sprite.symbols)")
    assert len(codes) > 30
    page.add_script_tag(url=f"{live_server.url}/static/vendor/milsymbol/milsymbol.js")
    page.wait_for_function("typeof window.ms?.Symbol === 'function'")
    assert page.evaluate(COMPARE_WITH_MILSYMBOL, [codes, size, colour]) == []


def test_a_code_outside_the_sprite_loads_milsymbol_and_is_redrawn(kharkov_operation, open_operation):
    page = open_operation("kharkov-1942")
    # An engineer company: no operation uses it, so the sprite lacks it.
    code = "SFGPUCE----E---"
    assert page.evaluate(f"window.battlemap.debug.symbols.inSprite('{code}')") is False
    placeholder = page.evaluate(f"window.battlemap.debug.symbols.get('{code}', 24, '#c0392b').canvas.toDataURL()")
    page.wait_for_function("typeof window.ms?.Symbol === 'function'")
    plain = page.evaluate("window.battlemap.debug.symbols.get('SFGPU----------', 24, '#c0392b').canvas.toDataURL()")
    assert placeholder == plain, "while milsymbol loads, the plain frame stands in"
    # Once milsymbol is there, the code is drawn as itself (the cache lets the stand-in go).
    eventually(page, lambda: page.evaluate(
        f"window.battlemap.debug.symbols.get('{code}', 24, '#c0392b').canvas.toDataURL()") != plain,
        message="the code drawn by milsymbol")
