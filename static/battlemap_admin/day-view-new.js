// The day view's new record: the tool to draw it (an area, a front, a position or an arrow) is on,
// and what is drawn goes into the new-record form's geometry field. One geometry: drawing again
// replaces it.
(function () {
  "use strict";

  var NEW_STYLE = { color: "#d35400", weight: 3, fillColor: "#d35400", fillOpacity: 0.2, radius: 8 };
  // The geometry types the form's field takes, by Geoman's shape.
  var ALLOWED = { Polygon: ["Polygon", "MultiPolygon"], Line: ["LineString"], Marker: ["Point"] };

  function attach(element, adding) {
    var editing = window.BattlemapAdmin;
    var map = element.battlemapMap;
    var edited = element.battlemapEdited;
    var input = document.getElementById(adding.field);
    var said = document.querySelector(".day-view-new-drawn");
    var again = document.createElement("button");
    var drawn = L.featureGroup().addTo(map);
    if (!input || !said) { return; }

    function write() {
      var geometry = editing.geometryFromLayers(drawn.getLayers(), ALLOWED[adding.draw]);
      input.value = geometry ? JSON.stringify(geometry) : "";
      element.dataset.newDrawn = geometry ? geometry.type : "";
      said.textContent = geometry ? "Drawn: the new " + adding.label + " is on the map (orange); drag its points to adjust."
                                  : "Nothing drawn yet.";
    }

    function startDrawing() {
      map.pm.enableDraw(adding.draw, { snappable: true, continueDrawing: false, markerStyle: { draggable: true } });
    }

    function keep(layer) {
      if (layer.setStyle) { layer.setStyle(NEW_STYLE); }
      layer.isNewRecord = true;
      drawn.addLayer(layer);
      if (layer.pm) { layer.pm.enable({ allowSelfIntersection: false }); }
      layer.on("pm:edit pm:dragend pm:markerdragend pm:vertexremoved pm:vertexadded", write);
    }

    map.on("pm:create", function (event) {
      // Drawn into the day's layer group (Geoman's global option): the new record's is its own.
      edited.removeLayer(event.layer);
      drawn.clearLayers();
      keep(event.layer);
      write();
    });

    // A refused add comes back with what was drawn: draw it again where it was.
    if (input.value) {
      try {
        editing.layersFromGeometry(JSON.parse(input.value), NEW_STYLE).forEach(keep);
        write();
      } catch (error) { input.value = ""; }
    }

    again.type = "button";
    again.className = "button day-view-new-again";
    again.textContent = "Draw again";
    again.addEventListener("click", function () { drawn.clearLayers(); write(); startDrawing(); });
    said.after(again);
    if (!input.value) { startDrawing(); }
    element.dataset.adding = adding.kind;
  }

  document.addEventListener("DOMContentLoaded", function () {
    var element = document.querySelector(".day-view-map");
    var script = document.getElementById("day-view-options");
    if (!element || !script || !element.battlemapMap) { return; }
    var adding = JSON.parse(script.textContent).adding;
    if (adding) { attach(element, adding); }
  });
})();
