//go:build !race

package pipeline_test

// raceOn says the tests run under the race detector.
const raceOn = false
