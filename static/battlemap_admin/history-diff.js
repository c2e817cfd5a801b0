// The admin's history page: each version that changed a geometry drawn on a small map, the geometry
// before it dashed red and after it solid blue, over the operation's rivers and places.
(function () {
  "use strict";

  var OLD_STYLE = { color: "#c0392b", weight: 3, dashArray: "6 5", fillColor: "#c0392b", fillOpacity: 0.06 };
  var NEW_STYLE = { color: "#1f5fbf", weight: 3, fillColor: "#1f5fbf", fillOpacity: 0.18 };
  // Only what orients a reader: the record's own ground and the other layers would crowd a small map.
  var REFERENCE_LAYERS = ["rivers", "railways", "places"];

  function drawn(geometry, style) {
    return L.geoJSON(geometry, {
      style: function () { return style; },
      pointToLayer: function (feature, latlng) {
        return L.circleMarker(latlng, { radius: 7, color: style.color, weight: 3, dashArray: style.dashArray, fillOpacity: 0.3 });
      }
    });
  }

  function attach(element, change, context) {
    var map = L.map(element, { attributionControl: false, zoomSnap: 0.25, scrollWheelZoom: false });
    if (context) {
      window.BattlemapAdmin.addContextLayers(map, {
        layers: (context.layers || []).filter(function (spec) { return REFERENCE_LAYERS.indexOf(spec.name) >= 0; }),
        sides: context.sides
      });
    }
    var group = L.featureGroup().addTo(map);
    if (change.old) { drawn(change.old, OLD_STYLE).addTo(group); }
    if (change.new) { drawn(change.new, NEW_STYLE).addTo(group); }
    var bounds = group.getBounds();
    if (bounds.isValid()) { map.fitBounds(bounds.pad(0.25), { maxZoom: 11, animate: false }); } else { map.setView([49.5, 36.5], 8); }
    element.dataset.ready = "true";
    element.dataset.layers = String((change.old ? 1 : 0) + (change.new ? 1 : 0));
  }

  document.addEventListener("DOMContentLoaded", function () {
    var page = document.querySelector(".record-history");
    var script = document.getElementById("history-geometries");
    if (!page || !script) { return; }
    var changes = JSON.parse(script.textContent);
    var elements = document.querySelectorAll(".history-diff-map");
    function drawAll(context) {
      Array.prototype.forEach.call(elements, function (element) {
        var change = changes[element.dataset.version];
        if (change) { attach(element, change, context); }
      });
    }
    if (!elements.length) { return; }
    var url = page.dataset.contextUrl;
    if (!url) { drawAll(null); return; }
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .catch(function () { return null; })
      .then(drawAll);
  });
})();
