// Sizes every Battlemap iframe on a host page to the height its embed asks for at its width. A classic script, included once (more is harmless); no dependencies.
(function () {
  'use strict';
  var root = document.documentElement;
  // Pasted with each snippet, it may be included more than once: the first copy listens.
  if (root.hasAttribute('data-battlemap-resize')) return;
  root.setAttribute('data-battlemap-resize', '');

  var PROTOCOL_VERSION = 1;
  // Heights outside this range are no frame anyone wants: a bad or hostile message.
  var MIN_HEIGHT = 50;
  var MAX_HEIGHT = 5000;

  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i += 1) if (frames[i].contentWindow === source) return frames[i];
    return null;
  }

  function originOf(frame) {
    try {
      return new URL(frame.getAttribute('src'), window.location.href).origin;
    } catch (error) {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.battlemap !== PROTOCOL_VERSION || data.type !== 'height') return;
    var frame = frameOf(event.source);
    // Not one of this page's frames (a frame's own frames, another window): not ours to size.
    if (!frame) return;
    if (event.origin !== originOf(frame)) {
      console.warn('battlemap resize: ignored a height from ' + event.origin + ', not the origin of the frame showing ' + frame.getAttribute('src'));
      return;
    }
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < MIN_HEIGHT || height > MAX_HEIGHT) {
      console.warn('battlemap resize: ignored a height of ' + JSON.stringify(height) + ': it must be a number of px from ' + MIN_HEIGHT + ' to ' + MAX_HEIGHT);
      return;
    }
    // The height wins over the snippet's aspect-ratio (which only holds while the height is auto)
    // and its min-height (for the frame without this script: the embed's still may be lower).
    frame.style.height = Math.round(height) + 'px';
    frame.style.minHeight = '0';
  });
}());
