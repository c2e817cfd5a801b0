"""URLs: the pages, the read-only API, its OpenAPI schema, and the admin."""

from django.contrib import admin
from django.templatetags.static import static
from django.urls import path
from django.views.generic.base import RedirectView
from drf_spectacular.views import SpectacularAPIView

from .api import views as api
from .pages.article import article_example
from .pages.compare import compare_page
from .pages.home import operation_index
from .pages.map import embed_page, operation_page
from .pages.oembed import oembed
from .pages.preview import frame_image, preview_image
from .pages.print import print_page

urlpatterns = [
    path("", operation_index, name="operation-index"),
    path("operations/<slug:slug>/", operation_page, name="operation-page"),
    path("operations/<slug:slug>/preview.png", preview_image, name="operation-preview"),
    path("operations/<slug:slug>/frame/", frame_image, name="operation-frame"),
    path("operations/<slug:slug>/print/", print_page, name="operation-print"),
    path("embed/<slug:slug>/", embed_page, name="embed-page"),
    path("compare/", compare_page, name="compare-page"),
    path("examples/article/", article_example, name="article-example"),
    path("oembed/", oembed, name="oembed"),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/operations/", api.OperationListView.as_view(), name="api-operation-list"),
    path("api/operations/<slug:slug>/", api.OperationDetailView.as_view(),
         name="api-operation-detail"),
    path("api/operations/<slug:slug>/situation/", api.SituationView.as_view(),
         name="api-operation-situation"),
    path("api/operations/<slug:slug>/timeline/", api.TimelineView.as_view(),
         name="api-operation-timeline"),
    path("api/operations/<slug:slug>/stats/", api.StatsView.as_view(),
         name="api-operation-stats"),
    path("api/places/", api.PlaceListView.as_view(), name="api-place-list"),
    path("admin/", admin.site.urls),
    # Pages without their own icon link (the admin's) ask for this one.
    path("favicon.ico", RedirectView.as_view(url=static("battlemap/favicon.svg"), permanent=True)),
]

# Errors raised before a view runs: JSON on API paths, the usual pages elsewhere.
handler404 = "battlemap.api.exceptions.not_found"
handler400 = "battlemap.api.exceptions.bad_request"
