"""URLs: the pages, the read-only API, its OpenAPI schema, and the admin."""

from django.contrib import admin
from django.templatetags.static import static
from django.urls import path
from django.views.generic.base import RedirectView
from drf_spectacular.views import SpectacularAPIView

from . import views
from .pages.home import operation_index

urlpatterns = [
    path("", operation_index, name="operation-index"),
    path("operations/<slug:slug>/", views.operation_page, name="operation-page"),
    path("operations/<slug:slug>/preview.png", views.preview_image, name="operation-preview"),
    path("operations/<slug:slug>/print/", views.print_page, name="operation-print"),
    path("embed/<slug:slug>/", views.embed_page, name="embed-page"),
    path("compare/", views.compare_page, name="compare-page"),
    path("examples/article/", views.article_example, name="article-example"),
    path("oembed/", views.oembed, name="oembed"),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/operations/", views.OperationListView.as_view(), name="api-operation-list"),
    path("api/operations/<slug:slug>/", views.OperationDetailView.as_view(),
         name="api-operation-detail"),
    path("api/operations/<slug:slug>/situation/", views.SituationView.as_view(),
         name="api-operation-situation"),
    path("api/operations/<slug:slug>/timeline/", views.TimelineView.as_view(),
         name="api-operation-timeline"),
    path("api/operations/<slug:slug>/stats/", views.StatsView.as_view(),
         name="api-operation-stats"),
    path("api/places/", views.PlaceListView.as_view(), name="api-place-list"),
    path("admin/", admin.site.urls),
    # Pages without their own icon link (the admin's) ask for this one.
    path("favicon.ico", RedirectView.as_view(url=static("battlemap/favicon.svg"), permanent=True)),
]

# Errors raised before a view runs: JSON on API paths, the usual pages elsewhere.
handler404 = "battlemap.exceptions.not_found"
handler400 = "battlemap.exceptions.bad_request"
