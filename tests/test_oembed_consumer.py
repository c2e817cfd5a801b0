"""A standard oEmbed consumer (micawber) embeds our page after finding the endpoint by discovery."""

from html.parser import HTMLParser
from urllib.request import urlopen

import pytest

micawber = pytest.importorskip("micawber")

pytestmark = pytest.mark.django_db(transaction=True)


class DiscoveryLinks(HTMLParser):
    """The href of each <link rel="alternate" type="application/json+oembed"> (oEmbed spec 4)."""

    def __init__(self):
        super().__init__()
        self.endpoints = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "link" and attributes.get("type") == "application/json+oembed":
            self.endpoints.append(attributes["href"])


def test_micawber_gets_our_iframe_through_discovery(sample_operation, live_server):
    page_url = f"{live_server.url}/operations/{sample_operation.slug}/?date=1942-05-12"
    links = DiscoveryLinks()
    links.feed(urlopen(page_url).read().decode())
    assert len(links.endpoints) == 1
    endpoint = links.endpoints[0].split("?")[0]
    assert endpoint == f"{live_server.url}/oembed/"

    registry = micawber.ProviderRegistry()
    registry.register(rf"{live_server.url}/(operations|embed)/\S+", micawber.Provider(endpoint))
    response = registry.request(page_url, maxwidth=400)
    assert response["type"] == "rich"
    assert response["width"] == 400
    assert f'src="{live_server.url}/embed/{sample_operation.slug}/?date=1942-05-12"' in response["html"]
    assert 'loading="lazy"' in response["html"]
