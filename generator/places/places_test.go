package places

import (
	"slices"
	"testing"
)

// TestClassification: every municipality in one region, 19 regions and
// 309 municipalities, as Statistics Finland has them.
func TestClassification(t *testing.T) {
	r, m := Count()
	if r != 19 || m != 309 {
		t.Errorf("%d regions, %d municipalities; want 19, 309", r, m)
	}
	for m, want := range map[string]string{"Helsinki": "Uusimaa", "helsingfors": "Uusimaa", "Oulu": "Pohjois-Pohjanmaa", "Iitti": "Päijät-Häme",
		"Kuhmoinen": "Pirkanmaa", "Joroinen": "Pohjois-Savo", "Heinävesi": "Pohjois-Karjala", "Maarianhamina": "Ahvenanmaa", "Rovaniemi": "Lappi"} {
		if got, _ := RegionOf(m); got != want {
			t.Errorf("%s is in %q, want %q", m, got, want)
		}
	}
}

// TestWithin: a list of regions and municipalities covers a municipality
// by its region or by its own name.
func TestWithin(t *testing.T) {
	if got, ok := Within([]string{"Pohjois-Pohjanmaa", "Lappi"}, "Kempele"); !ok || got != "Pohjois-Pohjanmaa" {
		t.Errorf("Kempele: %q %v", got, ok)
	}
	if _, ok := Within([]string{"Pohjois-Pohjanmaa", "Lappi", "Kainuu"}, "Vantaa"); ok {
		t.Error("Vantaa is not in Northern Finland")
	}
	if got, ok := Within([]string{"Espoo"}, "Esbo"); !ok || got != "Espoo" {
		t.Errorf("Esbo: %q %v", got, ok)
	}
	if _, ok := Within([]string{"Uusimaa"}, "Atlantis"); ok {
		t.Error("an unknown place is within a region")
	}
}

func TestNearest(t *testing.T) {
	if got := Nearest("Pohjois-Pohjanma"); !slices.Contains(got, "Pohjois-Pohjanmaa") {
		t.Errorf("Pohjois-Pohjanma: %v", got)
	}
	if got := Nearest("Helsinky"); len(got) == 0 || got[0] != "Helsinki" {
		t.Errorf("Helsinky: %v", got)
	}
}
