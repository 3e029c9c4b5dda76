package ingest

import (
	"encoding/binary"
	"hash/fnv"
	"strings"
)

// Near-duplicate detection: MinHash signatures over word trigrams of the
// first ~2,000 characters of the normalised text, with locality-sensitive
// hashing (16 bands of 4 rows) to find candidates, confirmed when the
// estimated Jaccard similarity reaches the threshold.
const (
	sigLen      = 64
	bands       = 16
	rows        = sigLen / bands
	shingleSize = 3
	prefixLen   = 2000
	minShingles = 8 // shorter texts are too small to call copies
)

// Signature is a MinHash signature: the minimum of sigLen hash functions
// over the text's shingles.
type Signature [sigLen]uint32

// Sign returns the MinHash signature of text, and false when the text has
// too few words to compare.
func Sign(text string) (Signature, bool) {
	var sig Signature
	if len(text) > prefixLen*2 {
		text = text[:prefixLen*2] // enough bytes for prefixLen characters of most scripts
	}
	words := strings.Fields(strings.ToLower(text))
	n := 0
	for i := range words {
		n += len(words[i]) + 1
		if n > prefixLen {
			words = words[:i+1]
			break
		}
	}
	if len(words) < shingleSize+minShingles-1 {
		return sig, false
	}
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	h := fnv.New64a()
	for i := 0; i+shingleSize <= len(words); i++ {
		h.Reset()
		for _, w := range words[i : i+shingleSize] {
			h.Write([]byte(w))
			h.Write([]byte{' '})
		}
		x := h.Sum64()
		for j := range sig {
			v := uint32(mix(x ^ seeds[j]))
			if v < sig[j] {
				sig[j] = v
			}
		}
	}
	return sig, true
}

// seeds make the sigLen hash functions independent; fixed so signatures
// stored by one run compare with those of the next.
var seeds = func() (s [sigLen]uint64) {
	x := uint64(0x9e3779b97f4a7c15)
	for i := range s {
		x = mix(x + uint64(i))
		s[i] = x
	}
	return s
}()

// mix is the splitmix64 finaliser.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// Similarity estimates the Jaccard similarity of the shingle sets.
func (s *Signature) Similarity(o *Signature) float64 {
	eq := 0
	for i := range s {
		if s[i] == o[i] {
			eq++
		}
	}
	return float64(eq) / sigLen
}

// Bytes encodes the signature for storage.
func (s *Signature) Bytes() []byte {
	b := make([]byte, 4*sigLen)
	for i, v := range s {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

// ParseSignature decodes a stored signature.
func ParseSignature(b []byte) (Signature, bool) {
	var s Signature
	if len(b) != 4*sigLen {
		return s, false
	}
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return s, true
}

// Index finds earlier signatures similar to a new one. It is not safe for
// concurrent use.
type Index struct {
	Threshold float64
	sigs      []Signature
	hashes    []string
	buckets   map[uint64][]int32
}

// NewIndex returns an empty index that reports similarities >= threshold.
func NewIndex(threshold float64) *Index {
	return &Index{Threshold: threshold, buckets: make(map[uint64][]int32)}
}

// Len returns the number of signatures added.
func (x *Index) Len() int { return len(x.sigs) }

// Add records sig under the article hash.
func (x *Index) Add(hash string, sig *Signature) {
	id := int32(len(x.sigs))
	x.sigs = append(x.sigs, *sig)
	x.hashes = append(x.hashes, hash)
	for b := 0; b < bands; b++ {
		k := bandKey(sig, b)
		x.buckets[k] = append(x.buckets[k], id)
	}
}

// Nearest returns the hash of the earliest-added most similar signature at
// or above the threshold, and its similarity; "" when there is none.
func (x *Index) Nearest(sig *Signature) (string, float64) {
	best, bestSim := int32(-1), 0.0
	for b := 0; b < bands; b++ {
		for _, id := range x.buckets[bandKey(sig, b)] {
			s := x.sigs[id].Similarity(sig)
			if s >= x.Threshold && (s > bestSim || s == bestSim && id < best) {
				best, bestSim = id, s
			}
		}
	}
	if best < 0 {
		return "", 0
	}
	return x.hashes[best], bestSim
}

func bandKey(sig *Signature, b int) uint64 {
	k := uint64(b) * 0x9e3779b97f4a7c15
	for _, v := range sig[b*rows : (b+1)*rows] {
		k = mix(k ^ uint64(v))
	}
	return k
}
