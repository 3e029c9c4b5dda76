package where

// LoadFresh decodes the embedded data anew, bypassing Load's sharing, so
// that BenchmarkLoad measures the real cost.
var LoadFresh = load
