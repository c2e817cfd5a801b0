// The field worker: builds shapes' signed distance fields off the page's thread, so that preparing the morph never drops a frame.
import { buildShapeField } from './morph/shape-field.js';

// In: {signature, polygons, width, height}. Out: {signature, field, vanishOffset}, the field's
// buffer transferred, not copied.
self.onmessage = ({ data }) => {
  const { signature, polygons, width, height } = data;
  try {
    const { field, vanishOffset } = buildShapeField(polygons, width, height);
    self.postMessage({ signature, field, vanishOffset }, [field.buffer]);
  } catch (error) {
    self.postMessage({ signature, error: String(error?.message || error) });
  }
};
