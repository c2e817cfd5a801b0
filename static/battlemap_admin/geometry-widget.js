// The admin's geometry widget: each geometry drawn and edited on a map (Leaflet-Geoman) with the day around it, in step with its GeoJSON text.
(function () {
  "use strict";

  var EDITED_STYLE = { color: "#c0392b", weight: 3, fillOpacity: 0.3 };
  var DEFAULT_VIEW = { centre: [49.5, 36.5], zoom: 6 };
  var HISTORY_LIMIT = 100;

  /** The form's own value of a field (the operation or date being edited), or "". */
  function formValue(form, name) {
    var input = form && form.querySelector('[name="' + name + '"]');
    return input ? input.value : "";
  }

  function attach(container) {
    var editing = window.BattlemapAdmin;
    var textarea = container.querySelector("textarea");
    var status = container.querySelector(".geometry-widget-status");
    var undoButton = container.querySelector(".geometry-widget-undo");
    var legend = container.querySelector(".geometry-widget-legend");
    var allowed = (container.dataset.geomTypes || "").split(",").map(function (t) { return t.trim(); }).filter(Boolean);
    var multiple = !allowed.length || allowed.some(function (t) { return t.indexOf("Multi") === 0; });
    var form = container.closest("form");
    var map = L.map(container.querySelector(".geometry-widget-map"), { attributionControl: false, zoomSnap: 0.25 });
    var edited = L.featureGroup().addTo(map);
    var context = { layers: {} };
    var history = [];
    // The text as it stood before the latest edit: an input event comes after the text has changed.
    var lastText = textarea.value;
    var framed = false;
    // For the browser tests and the day's debugging: the map and its edited layers, on the element.
    container.battlemapMap = map;
    container.battlemapEdited = edited;
    map.setView(DEFAULT_VIEW.centre, DEFAULT_VIEW.zoom);
    editing.addEditingControls(map, allowed);
    map.pm.setGlobalOptions({ layerGroup: edited, pathOptions: EDITED_STYLE, snappable: true, snapDistance: 14 });

    function say(text, isError) {
      status.textContent = text;
      status.classList.toggle("error", Boolean(isError));
    }

    function frame() {
      var bounds = edited.getBounds();
      if (bounds.isValid()) {
        map.fitBounds(bounds.pad(0.15), { maxZoom: 11, animate: false });
      } else if (context.bbox) {
        map.fitBounds(editing.bboxBounds(context.bbox), { animate: false });
      }
    }

    /** Text -> map: the edited layers drawn anew from the GeoJSON text. */
    function drawText() {
      var text = textarea.value.trim();
      edited.clearLayers();
      if (!text) { say("No geometry yet: draw one with the tools on the map."); return true; }
      try {
        var geometry = JSON.parse(text);
        editing.layersFromGeometry(geometry.type === "Feature" ? geometry.geometry : geometry, EDITED_STYLE)
          .forEach(function (layer) { edited.addLayer(layer); });
        say("Drawn from the GeoJSON; edit it on the map or in the text.");
        return true;
      } catch (error) {
        say("Cannot draw this GeoJSON: " + error.message, true);
        container.querySelector("details").open = true;
        return false;
      }
    }

    /** Map -> text: the GeoJSON text written from the edited layers, the old text kept for undo. */
    function writeText() {
      var geometry = editing.geometryFromLayers(edited.getLayers(), allowed);
      var text = geometry ? JSON.stringify(geometry) : "";
      if (text === textarea.value) { return; }
      remember();
      textarea.value = lastText = text;
      textarea.dispatchEvent(new Event("change", { bubbles: true }));
      say(geometry ? "Edited on the map: " + geometry.type + "." : "No geometry.");
    }

    function remember() {
      history.push(lastText);
      if (history.length > HISTORY_LIMIT) { history.shift(); }
      undoButton.disabled = false;
    }

    var pending = null;
    function writeSoon() {
      // A cut removes a layer and adds its result: write once both have happened.
      if (pending) { clearTimeout(pending); }
      pending = setTimeout(function () { pending = null; writeText(); }, 0);
    }

    edited.on("layeradd", function (event) {
      event.layer.on("pm:edit pm:dragend pm:markerdragend pm:vertexremoved pm:vertexadded", writeSoon);
    });
    map.on("pm:create", function (event) {
      if (!multiple) {
        // One geometry only (a position's point, a movement's path): the new one replaces the old.
        edited.getLayers().forEach(function (layer) { if (layer !== event.layer) { edited.removeLayer(layer); } });
      }
      writeSoon();
    });
    map.on("pm:remove pm:cut", writeSoon);

    undoButton.addEventListener("click", function () {
      if (!history.length) { return; }
      map.pm.disableGlobalEditMode();
      textarea.value = lastText = history.pop();
      undoButton.disabled = history.length === 0;
      drawText();
      say("Undone.");
    });

    textarea.addEventListener("input", function () {
      remember();
      lastText = textarea.value;
      drawText();
    });

    /** The reference layers around the record, fetched for the form's operation and date. */
    function loadContext() {
      var base = container.dataset.contextUrl;
      if (!base) { return; }
      var query = new URLSearchParams();
      ["operation", "formation"].forEach(function (name) { if (formValue(form, name)) { query.set(name, formValue(form, name)); } });
      var day = formValue(form, "date") || formValue(form, "start_date");
      if (day) { query.set("date", day); }
      fetch(base + "?" + query.toString(), { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) { if (!response.ok) { throw new Error("HTTP " + response.status); } return response.json(); })
        .then(function (data) {
          editing.removeContextLayers(map, context.layers);
          context = { bbox: data.bbox, layers: editing.addContextLayers(map, data, legend) };
          edited.bringToFront();
          // Framed again once, at the map's settled size: the admin's sidebar may have moved it since.
          if (!framed) { map.invalidateSize({ animate: false }); frame(); framed = true; }
          container.dataset.contextDay = data.day || "";
          container.dataset.contextReady = "true";
        })
        .catch(function (error) { say("The reference layers cannot be loaded: " + error.message, true); });
    }

    /** The problems a refused save named, marked on the map where they are. */
    function markProblems() {
      var row = container.closest(".form-row");
      var texts = row ? Array.prototype.map.call(row.querySelectorAll(".errorlist li"), function (item) { return item.textContent; }) : [];
      var marks = editing.problemMarks(texts);
      if (marks.getLayers().length) {
        marks.addTo(map);
        map.fitBounds(marks.getBounds().pad(1.5), { maxZoom: 10, animate: false });
        framed = true;
        container.dataset.problemMarks = String(marks.getLayers().length);
      }
    }

    drawText();
    frame();
    markProblems();
    loadContext();
    ["operation", "formation", "date", "start_date"].forEach(function (name) {
      var input = form && form.querySelector('[name="' + name + '"]');
      if (input) { input.addEventListener("change", loadContext); }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".geometry-widget").forEach(attach);
  });
})();
