// What the admin's map editors share: reference layers, GeoJSON to editable layers and back, problem markers.
(function () {
  "use strict";

  // Coordinates as the editor writes them (a tenth of a metre).
  var PRECISION = 6;
  var PROBLEM_COLOUR = "#d00000";
  var NUMBER = "(-?\\d+(?:\\.\\d+)?(?:e-?\\d+)?)";
  // Where a rule's message says a problem is: "(lon, lat)", explain_validity's "[lon lat]", and an
  // overlap's extent "within [west, south, east, north]".
  var POINT_PATTERNS = [new RegExp("\\(" + NUMBER + ", " + NUMBER + "\\)", "g"),
                        new RegExp("\\[" + NUMBER + " " + NUMBER + "\\]", "g")];
  var BOX_PATTERN = new RegExp("within \\[" + NUMBER + ", " + NUMBER + ", " + NUMBER + ", " + NUMBER + "\\]", "g");

  /** A DOM node holding `text` as text: names from data never become HTML. */
  function textNode(text) {
    var span = document.createElement("span");
    span.textContent = text;
    return span;
  }

  function sideColour(context, slug) {
    var side = context.sides && context.sides[slug];
    return side ? side.colour : "#777777";
  }

  // How each reference layer is drawn; every one is out of Geoman's editing (pmIgnore), and only the
  // layers marked `snap` are offered to its snapping.
  var CONTEXT_STYLES = {
    ground: function (feature, context) {
      var colour = sideColour(context, feature.properties.side);
      return { color: colour, weight: 1, fillColor: colour, fillOpacity: 0.18 };
    },
    other_ground: function (feature, context) {
      var colour = sideColour(context, feature.properties.side);
      return { color: colour, weight: 2, fillColor: colour, fillOpacity: 0.25 };
    },
    previous: function () { return { color: "#555555", weight: 1.5, dashArray: "5 4", fill: false, opacity: 0.6 }; },
    next: function () { return { color: "#8a6d00", weight: 1.5, dashArray: "1 5", fill: false, opacity: 0.7 }; },
    front: function () { return { color: "#111111", weight: 2.5, opacity: 0.8 }; },
    rivers: function () { return { color: "#2f7fc1", weight: 2.5, opacity: 0.9 }; },
    railways: function () { return { color: "#3d3d3d", weight: 1.5, dashArray: "7 3", opacity: 0.8 }; },
    places: function () { return { color: "#444444", weight: 1, fillOpacity: 0.1 }; },
    positions: function () { return { color: "#222222" }; }
  };

  function pointLayer(spec, context) {
    return function (feature, latlng) {
      var colour = spec.name === "positions" ? sideColour(context, feature.properties.side) : "#444444";
      return L.circleMarker(latlng, {
        radius: spec.name === "positions" ? 6 : 3, color: "#ffffff", weight: 1, fillColor: colour,
        fillOpacity: spec.name === "positions" ? 0.75 : 0.9, pmIgnore: true, snapIgnore: true, interactive: true
      });
    };
  }

  /** The context's reference layers on `map`, lowest first, and a list of checkboxes in `legend`
   * (when given) to show or hide each. Returns {name: L.GeoJSON}. */
  function addContextLayers(map, context, legend) {
    var layers = {};
    if (legend) { legend.replaceChildren(); }
    (context.layers || []).forEach(function (spec) {
      if (!spec.features.length) { return; }
      var style = CONTEXT_STYLES[spec.name] || CONTEXT_STYLES.places;
      var layer = L.geoJSON({ type: "FeatureCollection", features: spec.features }, {
        pmIgnore: true, snapIgnore: !spec.snap, interactive: spec.name === "positions" || spec.name === "places",
        style: function (feature) { return style(feature, context); },
        pointToLayer: pointLayer(spec, context),
        onEachFeature: function (feature, featureLayer) {
          var name = feature.properties && feature.properties.name;
          if (name) {
            featureLayer.bindTooltip(textNode(name), {
              permanent: spec.name === "places", direction: "right", className: "geometry-widget-label"
            });
          }
        }
      }).addTo(map);
      layers[spec.name] = layer;
      if (spec.name === "places") { keepLabelsClear(map, layer); }
      if (legend) {
        var label = document.createElement("label");
        var box = document.createElement("input");
        box.type = "checkbox";
        box.checked = true;
        box.dataset.layer = spec.name;
        box.addEventListener("change", function () {
          if (box.checked) { layer.addTo(map); } else { map.removeLayer(layer); }
        });
        var swatch = document.createElement("span");
        swatch.className = "geometry-widget-swatch geometry-widget-swatch-" + spec.name;
        label.append(box, swatch, textNode(spec.label + (spec.snap ? " (snaps)" : "")));
        legend.append(label);
      }
    });
    return layers;
  }

  // Which place names give way when labels collide: a city's stays, a village's goes first.
  var LABEL_RANK = { city: 0, town: 1, village: 2 };

  /** Hide the permanent place labels that would overlap one already shown, cities first, so the
   * crowded part of the map stays readable; run again whenever the view changes. */
  function declutterLabels(layer) {
    var labels = [];
    layer.eachLayer(function (featureLayer) {
      var tooltip = featureLayer.getTooltip && featureLayer.getTooltip();
      var element = tooltip && tooltip.getElement && tooltip.getElement();
      if (!element) { return; }
      var kind = featureLayer.feature && featureLayer.feature.properties.kind;
      labels.push({ element: element, rank: kind in LABEL_RANK ? LABEL_RANK[kind] : 3 });
    });
    labels.sort(function (a, b) { return a.rank - b.rank; });
    var shown = [];
    labels.forEach(function (label) {
      label.element.style.visibility = "";
      var box = label.element.getBoundingClientRect();
      var overlaps = shown.some(function (other) {
        return box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom;
      });
      if (overlaps) { label.element.style.visibility = "hidden"; } else { shown.push(box); }
    });
  }

  function keepLabelsClear(map, layer) {
    function declutter() { if (map.hasLayer(layer)) { declutterLabels(layer); } }
    // A zoom ends with a moveend too: one pass per change of view.
    map.on("moveend resize", declutter);
    layer.on("add", function () { window.requestAnimationFrame(declutter); });
    window.requestAnimationFrame(declutter);
  }

  function removeContextLayers(map, layers) {
    Object.keys(layers || {}).forEach(function (name) { map.removeLayer(layers[name]); });
  }

  /** Editable Leaflet layers for a GeoJSON geometry: one per part, so a part can be moved, cut or
   * removed on its own. A point is a marker, or with `style.radius` a circle marker in its style. */
  function layersFromGeometry(geometry, style) {
    if (!geometry) { return []; }
    var parts;
    switch (geometry.type) {
      case "MultiPolygon": parts = geometry.coordinates.map(function (c) { return { type: "Polygon", coordinates: c }; }); break;
      case "MultiLineString": parts = geometry.coordinates.map(function (c) { return { type: "LineString", coordinates: c }; }); break;
      case "MultiPoint": parts = geometry.coordinates.map(function (c) { return { type: "Point", coordinates: c }; }); break;
      case "GeometryCollection": return geometry.geometries.reduce(function (all, g) { return all.concat(layersFromGeometry(g, style)); }, []);
      default: parts = [geometry];
    }
    return parts.map(function (part) {
      // A vector takes these options as its path options.
      return L.GeoJSON.geometryToLayer({ type: "Feature", geometry: part, properties: {} }, {
        pointToLayer: function (feature, latlng) { return style.radius ? L.circleMarker(latlng, L.extend({}, style)) : L.marker(latlng); },
        color: style.color, weight: style.weight, fillColor: style.fillColor, fillOpacity: style.fillOpacity
      });
    });
  }

  function rounded(coordinates) {
    if (typeof coordinates[0] === "number") {
      var factor = Math.pow(10, PRECISION);
      return coordinates.map(function (value) { return Math.round(value * factor) / factor; });
    }
    return coordinates.map(rounded);
  }

  /** One GeoJSON geometry from editable layers: a Point, LineString or Polygon for one part, the
   * Multi- type for several (when `allowed` has it), or null when there is nothing. */
  function geometryFromLayers(layers, allowed) {
    var parts = { Point: [], LineString: [], Polygon: [] };
    // A cut that leaves pieces of several kinds hands back a group of layers: take its members.
    var flat = [];
    layers.forEach(function (layer) { flat = flat.concat(layer.getLayers ? layer.getLayers() : [layer]); });
    flat.forEach(function (layer) {
      var geometry = layer.toGeoJSON(PRECISION).geometry;
      var single = geometry.type.replace("Multi", "");
      if (!parts[single]) { return; }
      if (geometry.type.indexOf("Multi") === 0) { parts[single] = parts[single].concat(geometry.coordinates); }
      else { parts[single].push(geometry.coordinates); }
    });
    var kinds = Object.keys(parts).filter(function (kind) { return parts[kind].length; });
    if (!kinds.length) { return null; }
    var geometries = kinds.map(function (kind) {
      var many = parts[kind].length > 1 || (allowed.length && allowed.indexOf(kind) < 0 && allowed.indexOf("Multi" + kind) >= 0);
      return many ? { type: "Multi" + kind, coordinates: rounded(parts[kind]) }
                  : { type: kind, coordinates: rounded(parts[kind][0]) };
    });
    return geometries.length === 1 ? geometries[0] : { type: "GeometryCollection", geometries: geometries };
  }

  /** Where the messages say their problems are, as marks on a layer group: a red ring at each
   * point named, a red box around each extent. Returns the group (empty when none is named). */
  function problemMarks(texts) {
    var group = L.featureGroup();
    texts.forEach(function (text) {
      var box;
      BOX_PATTERN.lastIndex = 0;
      while ((box = BOX_PATTERN.exec(text))) {
        L.rectangle([[+box[2], +box[1]], [+box[4], +box[3]]], {
          color: PROBLEM_COLOUR, weight: 2, dashArray: "4 3", fillOpacity: 0.15, pmIgnore: true, snapIgnore: true,
          className: "geometry-widget-problem"
        }).bindTooltip(textNode(text)).addTo(group);
      }
      POINT_PATTERNS.forEach(function (pattern) {
        var point;
        pattern.lastIndex = 0;
        while ((point = pattern.exec(text))) {
          var lon = +point[1], lat = +point[2];
          if (Math.abs(lon) > 180 || Math.abs(lat) > 90) { continue; }
          L.circleMarker([lat, lon], {
            radius: 9, color: PROBLEM_COLOUR, weight: 3, fillOpacity: 0.2, pmIgnore: true, snapIgnore: true,
            className: "geometry-widget-problem"
          }).bindTooltip(textNode(text), { permanent: false }).addTo(group);
        }
      });
    });
    return group;
  }

  /** Geoman's toolbar with the tools the allowed geometry types need. */
  function addEditingControls(map, allowed) {
    var any = !allowed.length;
    function allows(kind) { return any || allowed.indexOf(kind) >= 0 || allowed.indexOf("Multi" + kind) >= 0; }
    map.pm.addControls({
      position: "topleft",
      drawMarker: allows("Point"), drawPolyline: allows("LineString"),
      drawPolygon: allows("Polygon"), drawRectangle: allows("Polygon"), cutPolygon: allows("Polygon"),
      drawCircle: false, drawCircleMarker: false, drawText: false, rotateMode: false,
      editMode: true, dragMode: true, removalMode: true
    });
    // Edges snap to the reference layers marked for it (rivers, the other side's ground).
    map.pm.setGlobalOptions({ snappable: true, snapDistance: 14, snapSegment: true });
  }

  /** The bounds of [west, south, east, north], or null. */
  function bboxBounds(bbox) {
    return bbox ? L.latLngBounds([bbox[1], bbox[0]], [bbox[3], bbox[2]]) : null;
  }

  window.BattlemapAdmin = {
    addContextLayers: addContextLayers,
    removeContextLayers: removeContextLayers,
    layersFromGeometry: layersFromGeometry,
    geometryFromLayers: geometryFromLayers,
    problemMarks: problemMarks,
    addEditingControls: addEditingControls,
    bboxBounds: bboxBounds,
    textNode: textNode,
    sideColour: sideColour
  };
})();
