// The admin's day view: every area, front and position of one day edited on one map, saved together.
(function () {
  "use strict";

  // The geometry types each kind of record may take, as the models allow them.
  var ALLOWED = { area: ["Polygon", "MultiPolygon"], front: ["LineString", "MultiLineString"], position: ["Point"] };

  function recordStyle(record, context) {
    var colour = record.kind === "front" ? "#111111" : window.BattlemapAdmin.sideColour(context, record.side);
    if (record.kind === "front") { return { color: colour, weight: 3 }; }
    // A formation is a dot in its side's colour, ringed in white so it shows on its own side's ground.
    if (record.kind === "position") { return { radius: 8, color: "#ffffff", weight: 2, fillColor: colour, fillOpacity: 1 }; }
    return { color: colour, weight: 2, fillColor: colour, fillOpacity: 0.3 };
  }

  function attach(element) {
    var editing = window.BattlemapAdmin;
    var options = JSON.parse(document.getElementById("day-view-options").textContent);
    var context = options.context;
    var status = document.querySelector(".day-view-status");
    var saveForm = document.querySelector(".day-view-save");
    var map = L.map(element, { attributionControl: false, zoomSnap: 0.25 });
    var edited = L.featureGroup().addTo(map);
    var dirty = {};
    var kinds = {};
    element.battlemapMap = map;
    element.battlemapEdited = edited;
    map.fitBounds(editing.bboxBounds(context.bbox) || L.latLngBounds([49, 35], [50, 37]));
    editing.addContextLayers(map, context, document.querySelector(".day-view-legend"));

    function tag(layer, record) {
      layer.recordId = record.id;
      layer.bindTooltip(editing.textNode(record.label), { sticky: true });
      layer.on("pm:edit pm:dragend pm:markerdragend pm:vertexremoved pm:vertexadded", function () { touched(record.id); });
    }

    function touched(recordId) {
      dirty[recordId] = true;
      element.dataset.dirty = Object.keys(dirty).join(" ");
      status.textContent = "Edited: " + Object.keys(dirty).length + " record(s), not saved yet.";
    }

    options.records.forEach(function (record) {
      kinds[record.id] = record;
      var sent = options.edited[record.id];
      var geometry = typeof sent === "string" && sent ? JSON.parse(sent) : record.geometry;
      if (sent !== undefined) { dirty[record.id] = true; }
      editing.layersFromGeometry(geometry, recordStyle(record, context)).forEach(function (layer) {
        tag(layer, record);
        edited.addLayer(layer);
      });
    });
    edited.bringToFront();

    map.pm.addControls({
      position: "topleft", drawMarker: false, drawPolyline: false, drawPolygon: false, drawRectangle: false,
      drawCircle: false, drawCircleMarker: false, drawText: false, rotateMode: false,
      cutPolygon: true, editMode: true, dragMode: true, removalMode: true
    });
    map.pm.setGlobalOptions({ layerGroup: edited, snappable: true, snapDistance: 14 });
    // A cut replaces a layer with its result: the result stands for the same record.
    map.on("pm:cut", function (event) {
      var record = kinds[event.originalLayer.recordId];
      if (record) { tag(event.layer, record); touched(record.id); }
    });
    map.on("pm:remove", function (event) { if (event.layer.recordId) { touched(event.layer.recordId); } });

    saveForm.addEventListener("submit", function () {
      var geometries = {};
      Object.keys(dirty).forEach(function (recordId) {
        var layers = edited.getLayers().filter(function (layer) { return layer.recordId === recordId; });
        var geometry = editing.geometryFromLayers(layers, ALLOWED[kinds[recordId].kind]);
        geometries[recordId] = geometry ? JSON.stringify(geometry) : "";
      });
      saveForm.querySelector('[name="geometries"]').value = JSON.stringify(geometries);
    });

    var texts = [];
    Object.keys(options.problems).forEach(function (key) { texts = texts.concat(options.problems[key]); });
    var marks = editing.problemMarks(texts);
    if (marks.getLayers().length) {
      marks.addTo(map);
      map.fitBounds(marks.getBounds().pad(1.5), { maxZoom: 10, animate: false });
      element.dataset.problemMarks = String(marks.getLayers().length);
    }
    element.dataset.ready = "true";
  }

  document.addEventListener("DOMContentLoaded", function () {
    var element = document.querySelector(".day-view-map");
    if (element) { attach(element); }
    // On a phone the dates are one row that scrolls sideways: bring the day shown into view.
    var current = document.querySelector('.day-view-dates [aria-current="page"]');
    if (current) { current.scrollIntoView({ block: "nearest", inline: "center" }); }
  });
})();
