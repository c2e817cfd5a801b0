// The admin's geometry widget: draws the GeoJSON of each geometry textarea on a small Leaflet map.
(function () {
  "use strict";

  function attach(container) {
    var textarea = container.querySelector("textarea");
    var status = container.querySelector(".geometry-widget-status");
    var map = L.map(container.querySelector(".geometry-widget-map"), { attributionControl: false });
    var drawn = null;
    map.setView([49.5, 36.5], 6);

    function redraw() {
      var text = textarea.value.trim();
      if (drawn) { map.removeLayer(drawn); drawn = null; }
      if (!text) { status.textContent = "No geometry yet."; status.classList.remove("error"); return; }
      try {
        drawn = L.geoJSON(JSON.parse(text), { style: { color: "#c0392b", weight: 2 } }).addTo(map);
        var bounds = drawn.getBounds();
        if (bounds.isValid()) { map.fitBounds(bounds, { maxZoom: 11, padding: [10, 10] }); }
        status.textContent = "Drawn from the GeoJSON below.";
        status.classList.remove("error");
      } catch (error) {
        status.textContent = "Cannot draw this GeoJSON: " + error.message;
        status.classList.add("error");
      }
    }

    textarea.addEventListener("input", redraw);
    redraw();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".geometry-widget").forEach(attach);
  });
})();
