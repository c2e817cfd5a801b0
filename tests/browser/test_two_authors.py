"""Issue #29: two authors at once, in two browser sessions. The later save against an older
version is refused, naming who changed what, and the author's unsaved work stays on the page."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def signed_in(chromium, live_server, name, password, size):
    context = chromium.new_context(viewport=size)
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", name)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_selector("#site-name")
    return page


@pytest.mark.parametrize("size", [{"width": 1280, "height": 900}, {"width": 390, "height": 844}], ids=["laptop", "phone"])
def test_a_stale_save_in_a_second_session_is_refused_and_keeps_the_work(
        chromium, live_server, django_user_model, sample_operation, shots, size):
    from battlemap.models import Place

    django_user_model.objects.create_superuser("historian", "historian@example.org", "pw-historian-1")
    django_user_model.objects.create_superuser("olena", "olena@example.org", "pw-olena-2026")
    place = Place.objects.get(name="Eastville")
    url = f"{live_server.url}/admin/battlemap/place/{place.pk}/change/"
    mine = signed_in(chromium, live_server, "historian", "pw-historian-1", size)
    theirs = signed_in(chromium, live_server, "olena", "pw-olena-2026", size)
    try:
        mine.goto(url)
        theirs.goto(url)
        theirs.fill("#id_modern_name", "Skhidne (Olena)")
        theirs.click("input[name=_save]")
        theirs.wait_for_selector(".messagelist .success")
        mine.fill("#id_modern_name", "Skhidne (historian)")
        mine.click("input[name=_save]")
        mine.wait_for_load_state("load")
        error = mine.locator(".errornote, .errorlist").all_inner_texts()
        assert any("Not saved: olena changed this place" in text for text in error), error
        assert mine.input_value("#id_modern_name") == "Skhidne (historian)", "the unsaved work is on the page"
        mine.screenshot(path=str(shots / f"stale-save-refused-{size['width']}.png"), full_page=True)
        assert Place.objects.get(pk=place.pk).modern_name == "Skhidne (Olena)"
        # Saving again, now knowing, goes through.
        mine.click("input[name=_save]")
        mine.wait_for_selector(".messagelist .success")
        assert Place.objects.get(pk=place.pk).modern_name == "Skhidne (historian)"
    finally:
        mine.context.close()
        theirs.context.close()
