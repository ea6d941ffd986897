// Package places knows Finland's regions (maakunnat) and their
// municipalities, as Statistics Finland classifies them, from a data file
// in the binary (regions.txt): which region a municipality is in, so that
// a funding call limited to regions is offered only to actors there, and
// which names are places at all, for validation and for matching (a
// place name alone is no reason to suggest anything).
package places

import (
	_ "embed"
	"slices"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/kimppa/kimppa/generator/diag"
)

//go:embed regions.txt
var data string

// table is the parsed data file.
type table struct {
	regionOf map[string]string // folded municipality → its region's name
	names    map[string]string // folded name, or other name → the name as classified
	regions  map[string]bool   // region names as classified
	all      []string          // every name as classified, sorted
}

var places = parse(data)

func parse(s string) table {
	t := table{regionOf: map[string]string{}, names: map[string]string{}, regions: map[string]bool{}}
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		alias := strings.HasPrefix(line, "= ")
		head, list, _ := strings.Cut(strings.TrimPrefix(line, "= "), ":")
		head = strings.TrimSpace(head)
		if !alias {
			t.regions[head] = true
			t.names[Fold(head)] = head
			t.all = append(t.all, head)
		}
		for _, n := range strings.Split(list, ",") {
			n = strings.TrimSpace(n)
			if alias {
				t.names[Fold(n)] = head
				continue
			}
			t.regionOf[Fold(n)] = head
			t.names[Fold(n)] = n
			t.all = append(t.all, n)
		}
	}
	slices.Sort(t.all)
	return t
}

// Fold is a place name for comparison: lower case, single spaces, NFC.
func Fold(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(norm.NFC.String(s))), " ")
}

// Name is the classified name of a region or municipality (or of one of
// its other names), and whether it is one.
func Name(s string) (string, bool) {
	n, ok := places.names[Fold(s)]
	return n, ok
}

// IsRegion reports whether name is a region's classified name.
func IsRegion(name string) bool { return places.regions[name] }

// RegionOf is the region of a municipality (by any of its names).
func RegionOf(municipality string) (string, bool) {
	n, ok := Name(municipality)
	if !ok {
		return "", false
	}
	r, ok := places.regionOf[Fold(n)]
	return r, ok
}

// Within is the entry of regions (regions or municipalities, by any of
// their names) that covers municipality, if one does.
func Within(regions []string, municipality string) (string, bool) {
	m, ok := Name(municipality)
	if !ok {
		return "", false
	}
	r, _ := RegionOf(m)
	for _, want := range regions {
		if n, ok := Name(want); ok && (n == m || n == r) {
			return want, true
		}
	}
	return "", false
}

// Nearest are the classified names closest to s in spelling, for a
// did-you-mean hint: at most three, within a third of s's length.
func Nearest(s string) []string {
	f := Fold(s)
	type scored struct {
		name string
		d    int
	}
	var best []scored
	for _, n := range places.all {
		if d := diag.Distance(f, Fold(n)); d <= max(1, len([]rune(f))/3) {
			best = append(best, scored{n, d})
		}
	}
	slices.SortStableFunc(best, func(a, b scored) int { return a.d - b.d })
	var out []string
	for _, b := range best[:min(len(best), 3)] {
		out = append(out, b.name)
	}
	return out
}

// Count is the number of regions and of municipalities classified.
func Count() (regions, municipalities int) { return len(places.regions), len(places.regionOf) }

// Names are every classified name and other name of a place, sorted.
func Names() []string {
	out := slices.Clone(places.all)
	for f, n := range places.names {
		if Fold(n) != f {
			out = append(out, f)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
