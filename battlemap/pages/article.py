"""The example article, a scroll-driven page driving an embed, and its text: sections about the pincer and the pocket of Kharkov 1942, each with
the date and the place the map shows beside it, and the place and zoom it shows in a phone's
narrow frame (`phone`: the pocket at the desktop's zoom would fill a phone's map with symbols and
leave out the ground around it). Written from the operation's own events and key
moments (see geodata/kharkov-1942/), which cite their sources; nothing here goes beyond them."""

import datetime

from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from .. import selectors
from ..api.lookup import operation_or_404

__all__ = ["ARTICLE_OPERATION", "SECTIONS", "article_example"]

ARTICLE_OPERATION = "kharkov-1942"

SECTIONS = [
    {"date": datetime.date(1942, 5, 12), "time": "18:00", "lat": 49.6, "lng": 36.4, "zoom": 7.5,
     "phone": {"lat": 49.6, "lng": 36.6, "zoom": 6.75},
     "title": _("Two blows at Kharkov"),
     "paragraphs": [
         _("On 12 May the Southwestern Front attacked Kharkov from two sides at once. North-east of the "
           "city the 21st, 28th and 38th Armies came out of their bridgeheads over the Donets; in the "
           "south the 6th Army and Army Group Bobkin broke out of the Barvenkovo bulge towards Krasnograd."),
         _("By nightfall the southern blow had gone 12 to 15 kilometres deep on a front of 40. The bulge "
           "it came from would decide the battle.")]},
    {"date": datetime.date(1942, 5, 17), "time": "12:00", "lat": 48.95, "lng": 37.1, "zoom": 8.5,
     "phone": {"lat": 48.95, "lng": 37.0, "zoom": 7.75},
     "title": _("Kleist strikes the bulge"),
     "paragraphs": [
         _("The Germans had planned an attack of their own on the same bulge. On 17 May Armeegruppe von "
           "Kleist struck its southern face from the Slavyansk and Aleksandrovka area, broke the 9th Army "
           "and drove on Barvenkovo, which fell the next day."),
         _("Requests to call off the Soviet offensive were turned down; the armies in the bulge kept "
           "attacking west while the ground behind them was being cut away.")]},
    {"date": datetime.date(1942, 5, 22), "time": "18:00", "lat": 49.3, "lng": 36.8, "zoom": 9,
     "phone": {"lat": 49.25, "lng": 36.65, "zoom": 7.5},
     "title": _("The ring closes"),
     "paragraphs": [
         _("Kleist's panzer divisions ran north up the Donets' west bank. Soviet accounts have the ring "
           "complete on 22 May near Gusarovka, south of Balakleya; German accounts have the two pincers "
           "meet on the morning of 23 May."),
         _("Either way, the 6th and 57th Armies and Army Group Bobkin were cut off.")]},
    {"date": datetime.date(1942, 5, 24), "time": "12:00", "lat": 49.32, "lng": 36.6, "zoom": 9.5,
     "phone": {"lat": 49.27, "lng": 36.55, "zoom": 7.75},
     "title": _("The pocket on the Bereka"),
     "paragraphs": [
         _("German armour pressed the encircled armies into a shrinking pocket around the Bereka and "
           "threatened their headquarters at Alekseevka; the map's pocket loses most of its area in "
           "three days.")]},
    {"date": datetime.date(1942, 5, 26), "time": "12:00", "lat": 49.27, "lng": 36.65, "zoom": 10,
     "phone": {"lat": 49.24, "lng": 36.6, "zoom": 7.9},
     "title": _("Breaking out"),
     "paragraphs": [
         _("Columns tried to break east across open steppe under fire and bombing. The survivors crowded "
           "onto the road between Krutoyarka and Fedorovka; the army commanders Kostenko and Bobkin were "
           "killed there.")]},
    {"date": datetime.date(1942, 5, 30), "time": None, "lat": 49.35, "lng": 36.7, "zoom": 8,
     "phone": {"lat": 49.3, "lng": 36.6, "zoom": 7.25},
     "title": _("The end"),
     "paragraphs": [
         _("Resistance in the pocket ended by 30 May (accounts differ by a day or two). Of some 250,000 "
           "men encircled, fewer than one in ten got out; the German claim of about 240,000 prisoners is "
           "larger than Krivosheev's count of all Soviet irrecoverable losses, so it cannot stand as given.")]},
]


@require_safe
def article_example(request):
    """A worked example of a scroll-driven article driving an embed (needs Kharkov 1942 loaded)."""
    operation = operation_or_404(ARTICLE_OPERATION)
    return render(request, "battlemap/article.html", {
        "operation": operation, "sections": SECTIONS, "credits": selectors.source_credits(operation, limit=8),
    })
