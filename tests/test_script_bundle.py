"""Production pages load one bundled script; development and the tests load the ES modules."""

import pytest
from django.core.management import call_command
from django.test import override_settings

from battlemap.site_export import ESBUILD


@pytest.mark.django_db
def test_by_default_the_page_loads_the_modules(client, sample_operation):
    html = client.get("/operations/sample/").content.decode()
    assert 'type="module"' in html and "battlemap.bundle.js" not in html


@pytest.mark.django_db
def test_with_a_bundle_the_page_loads_one_classic_script(client, sample_operation, settings):
    with override_settings(BATTLEMAP={**settings.BATTLEMAP, "SCRIPT_BUNDLE": "battlemap/build/battlemap.bundle.js"}):
        html = client.get("/embed/sample/").content.decode()
    assert '<script src="/static/battlemap/build/battlemap.bundle.js" defer></script>' in html
    assert 'type="module"' not in html and "modulepreload" not in html


@pytest.mark.skipif(not ESBUILD.exists(), reason="esbuild is not installed (make install runs npm install)")
def test_build_bundle_writes_one_script_without_imports(tmp_path, settings):
    call_command("build_bundle")
    bundle = settings.BASE_DIR / "static" / "battlemap" / "build" / "battlemap.bundle.js"
    text = bundle.read_text()
    assert 20_000 < len(text) < 400_000
    assert "import " not in text.split("\n", 1)[0] and "export " not in text[-200:]
