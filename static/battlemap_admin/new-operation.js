// Add operation: the operation's box drawn as a rectangle on a map (the other operations' boxes
// and a one-degree grid for reference) and kept in step with its four edges typed in the form.
(function () {
  "use strict";

  var EDGES = ["west", "south", "east", "north"];
  var BOX_STYLE = { color: "#d35400", weight: 3, fillColor: "#d35400", fillOpacity: 0.12 };

  function input(edge) { return document.getElementById("id_operation-" + edge); }

  function typedBounds() {
    var values = EDGES.map(function (edge) { return parseFloat(input(edge).value); });
    if (values.some(isNaN)) { return null; }
    return L.latLngBounds([values[1], values[0]], [values[3], values[2]]);
  }

  function round(value) { return Math.round(value * 1000) / 1000; }

  /** Lines every degree over a wide band around `view`, each labelled on its first crossing. */
  function addGrid(map, view) {
    var grid = L.layerGroup().addTo(map);
    var west = Math.floor(view.getWest()) - 12, east = Math.ceil(view.getEast()) + 12;
    var south = Math.max(-85, Math.floor(view.getSouth()) - 8), north = Math.min(85, Math.ceil(view.getNorth()) + 8);
    var line = { color: "#bbb", weight: 1, interactive: false, pmIgnore: true };
    for (var lon = west; lon <= east; lon += 1) {
      L.polyline([[south, lon], [north, lon]], line).addTo(grid);
      L.tooltip({ permanent: true, direction: "top", className: "new-operation-grid-label" })
        .setLatLng([Math.floor(view.getSouth()), lon]).setContent(lon + "° E").addTo(grid);
    }
    for (var lat = south; lat <= north; lat += 1) {
      L.polyline([[lat, west], [lat, east]], line).addTo(grid);
      L.tooltip({ permanent: true, direction: "right", className: "new-operation-grid-label" })
        .setLatLng([lat, Math.floor(view.getWest())]).setContent(lat + "° N").addTo(grid);
    }
  }

  function attach(element) {
    var others = JSON.parse(document.getElementById("new-operation-others").textContent);
    var map = L.map(element, { attributionControl: false, zoomSnap: 0.25 });
    var boxLayer = null;
    var view = L.latLngBounds([47, 33], [52, 40]);
    others.forEach(function (other) {
      var b = other.bbox;
      var bounds = L.latLngBounds([b[1], b[0]], [b[3], b[2]]);
      view.extend(bounds);
      var label = document.createElement("span");
      label.textContent = other.name;
      L.rectangle(bounds, { color: "#777", weight: 1, dashArray: "4 4", fill: false, pmIgnore: true, interactive: false })
        .addTo(map).bindTooltip(label, { permanent: true, direction: "center", className: "new-operation-other" });
    });
    addGrid(map, view);

    function show(bounds) {
      if (boxLayer) { map.removeLayer(boxLayer); }
      boxLayer = L.rectangle(bounds, BOX_STYLE).addTo(map);
      boxLayer.on("pm:edit pm:dragend", function () { write(boxLayer.getBounds()); });
      element.dataset.box = [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()].map(round).join(",");
    }

    function write(bounds) {
      [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()].forEach(function (value, index) {
        input(EDGES[index]).value = String(round(value));
      });
      element.dataset.box = EDGES.map(function (edge) { return input(edge).value; }).join(",");
    }

    var typed = typedBounds();
    if (typed && typed.isValid()) { show(typed); map.fitBounds(typed.pad(0.5)); } else { map.fitBounds(view); }
    map.pm.addControls({
      position: "topleft", drawMarker: false, drawPolyline: false, drawPolygon: false, drawCircle: false,
      drawCircleMarker: false, drawText: false, cutPolygon: false, rotateMode: false, drawRectangle: true,
      editMode: true, dragMode: true, removalMode: false
    });
    map.on("pm:create", function (event) {
      map.removeLayer(event.layer);
      show(event.layer.getBounds());
      write(event.layer.getBounds());
    });
    EDGES.forEach(function (edge) {
      input(edge).addEventListener("change", function () {
        var bounds = typedBounds();
        if (bounds && bounds.isValid()) { show(bounds); }
      });
    });
    element.battlemapMap = map;
    element.dataset.ready = "true";
  }

  document.addEventListener("DOMContentLoaded", function () {
    var element = document.querySelector(".new-operation-map");
    if (element) { attach(element); }
  });
})();
