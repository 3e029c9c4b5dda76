// Package web holds the dashboard served at / by annals serve: plain
// JavaScript modules and the vendored libraries they use, embedded so the
// binary needs no network and no build step.
package web

import "embed"

// FS is the dashboard: index.html, the app's modules and styles, and
// vendor/ (echarts, leaflet, cytoscape, topojson-client, world-atlas),
// copied from npm's dist files as package.json pins them.
//
//go:embed index.html *.js *.css vendor
var FS embed.FS
