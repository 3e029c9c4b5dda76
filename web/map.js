// World map: country shapes from world-atlas (no tiles, nothing fetched
// from outside), shaded by event count, with a circle per event location.
import { api, filterParams, navigate } from './app.js';
import { atlasISO3 } from './atlas.js';

let map, shapes, layer, dots;

// unwrap keeps a country that straddles the antimeridian in one piece:
// points on its minor side move by 360° to join the side holding most of
// it, so Russia's Chukotka sits east of 180° and Alaska's Aleutians west of
// -180°, instead of bands stretched across the whole map. Antarctica, which
// really does span every longitude, is left alone.
export function unwrap(geometry) {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  let min = 180, max = -180, minLat = 90, east = 0, west = 0;
  for (const p of polys) for (const ring of p) for (const [lon, lat] of ring) {
    min = Math.min(min, lon); max = Math.max(max, lon); minLat = Math.min(minLat, lat);
    if (lon > 0) east++; else west++;
  }
  if (max - min < 180 || minLat < -60) return geometry;
  const move = east >= west ? ([lon, lat]) => [lon < -100 ? lon + 360 : lon, lat] : ([lon, lat]) => [lon > 100 ? lon - 360 : lon, lat];
  const shifted = polys.map((p) => p.map((ring) => ring.map(move)));
  return geometry.type === 'Polygon' ? { type: 'Polygon', coordinates: shifted[0] } : { type: 'MultiPolygon', coordinates: shifted };
}

async function loadShapes() {
  const res = await fetch('vendor/countries-110m.json');
  const topo = await res.json();
  const fc = topojson.feature(topo, topo.objects.countries);
  for (const f of fc.features) {
    f.geometry = f.geometry && unwrap(f.geometry);
    f.properties.iso3 = atlasISO3[f.properties.name] || '';
  }
  fc.features = fc.features.filter((f) => f.geometry);
  return fc;
}

const scale = ['#f1f4f7', '#fde0c5', '#facba6', '#f8b58b', '#f59e72', '#f2855d', '#ef6a4c', '#d9534f', '#a83a3a'];

export async function renderMap(s) {
  if (!map) {
    map = L.map('map', { worldCopyJump: false, minZoom: 1, maxZoom: 8, zoomSnap: 0.25, attributionControl: false });
    map.fitBounds([[-56, -170], [80, 192]]);
    shapes = await loadShapes();
  }
  map.invalidateSize();
  const [agg, places] = await Promise.all([
    api('/api/aggregates', filterParams(s, { by: 'all', group: 'country' })),
    api('/api/places', filterParams(s, { limit: 500 })),
  ]);
  const counts = Object.fromEntries(agg.buckets.filter((b) => b.key).map((b) => [b.key, b.count]));
  const top = Math.max(1, ...Object.values(counts));
  const shade = (n) => (n ? scale[1 + Math.min(scale.length - 2, Math.floor(Math.log(n) / Math.log(top + 1) * (scale.length - 1)))] : scale[0]);
  layer?.remove();
  layer = L.geoJSON(shapes, {
    style: (f) => ({ color: '#8797a8', weight: 0.6, fillOpacity: 0.9, fillColor: shade(counts[f.properties.iso3]) }),
    onEachFeature: (f, l) => {
      const n = counts[f.properties.iso3] || 0;
      l.bindTooltip(`${f.properties.name}: ${n} event${n === 1 ? '' : 's'}`, { sticky: true });
      if (f.properties.iso3) l.on('click', () => navigate({ country: f.properties.iso3, view: 'timeline' }));
    },
  }).addTo(map);
  dots?.remove();
  dots = L.layerGroup(places.places.filter((p) => p.lat || p.lon).map((p) => {
    const lon = p.lon < -169 && (p.country === 'RUS' || p.country === 'FJI') ? p.lon + 360 : p.lon;
    return L.circleMarker([p.lat, lon], { radius: 3 + 2 * Math.sqrt(p.count), color: '#22313f', weight: 1, fillColor: '#3d7fb5', fillOpacity: 0.7, className: 'place-dot' })
      .bindTooltip(`${p.name}${p.country ? ', ' + p.country : ''}: ${p.count}`)
      .on('click', () => navigate({ place: p.name, view: 'timeline' }));
  })).addTo(map);
  document.getElementById('map').dataset.countries = Object.keys(counts).length;
}
