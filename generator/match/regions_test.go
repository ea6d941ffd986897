package match_test

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/kimppa/kimppa/generator/match"
	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/sitetest"
	"golang.org/x/tools/txtar"
)

// TestRegionalCallsGoOnlyToActorsThere: a call limited to regions is
// offered to an actor seated there, with the region as its reason, and
// not to one elsewhere, however well its words fit (issue 18: a
// foundation for Northern Finland was the first call suggested to
// Helsinki companies).
func TestRegionalCallsGoOnlyToActorsThere(t *testing.T) {
	s := sitetest.Load(t, sitetest.Write(t, txtar.Parse([]byte(`
-- kimppa.yaml --
title: T
languages: [fi, en]
-- content/actors/pohjoinen.md --
---
name: Pohjoinen Oy
kind: company
municipality: Kempele
---
Kierrätämme muovia ja käsittelemme muovijätettä käsin.
-- content/actors/etela.md --
---
name: Etelä Oy
kind: company
municipality: Helsinki
---
Kierrätämme muovia ja käsittelemme muovijätettä käsin.
-- content/funding/saatio.md --
---
name: Pohjoisen säätiö
level: private
eligible: [company]
regions: [Pohjois-Pohjanmaa, Lappi, Kainuu]
calls:
  - title: Muovin kierrätyksen avustus
    closes: 2027-01-31
---
Tuemme muovin kierrätystä ja muovijätteen käsittelyä käsin Pohjois-Suomessa.
`))), sitetest.Options{Today: "2026-12-01"})
	m := matcherOf(t, s)
	calls := m.All().Calls
	north, south := calls[model.Ref{Type: "actors", Slug: "pohjoinen"}], calls[model.Ref{Type: "actors", Slug: "etela"}]
	if len(north) != 1 || north[0].Because.Region != "Pohjois-Pohjanmaa" {
		t.Errorf("Kempele: %+v", north)
	}
	if len(south) != 0 {
		t.Errorf("Helsinki is offered a call for Northern Finland: %+v", south)
	}
}

// TestNeedsFindCallsOfTheirPlace: a need typed with a place is offered a
// funding source limited to regions only when it covers the place (a
// municipality, by any of its names, or its region), with the entry as the
// reason; without a place, only sources open everywhere. What search.js's
// match() must give for the same needs and places on the same portal is
// testdata/golden/regions.json (generator/match/match.test.mjs).
func TestNeedsFindCallsOfTheirPlace(t *testing.T) {
	m := matcherOf(t, portal(t, "regions"))
	type placed struct {
		Need    string   `json:"need"`
		Lang    string   `json:"lang"`
		Place   string   `json:"place"`
		Types   []string `json:"types"`
		Results any      `json:"results"`
	}
	need := "Haemme rahoitusta muovin kierrätykseen"
	cases := []struct {
		need, place string
		want        []string // the funding sources offered
	}{
		{need, "", []string{"valtio"}},
		{need, "Kempele", []string{"saatio", "valtio"}},
		{need, "Uleåborg", []string{"saatio", "valtio"}}, // Oulu's Swedish name
		{need, "Lappi", []string{"saatio", "valtio"}},
		{need, "Helsinki", []string{"kaupunki", "valtio"}},
		{need, "helsingfors", []string{"kaupunki", "valtio"}},
		{need, "Uusimaa", []string{"valtio"}}, // a call for Helsinki is not one for all of Uusimaa
		{need, "Tampere", []string{"valtio"}},
		// a need that says where it is
		{"Olemme kempeleläinen yritys. " + need, "", []string{"saatio", "valtio"}},
		{need + " Helsingissä.", "", []string{"kaupunki", "valtio"}},
	}
	var out []placed
	for _, c := range cases {
		types := []string{"funding", "actors"}
		list := m.Need(c.need, "fi", match.Filters{Types: types, Place: c.place})
		var got []string
		for _, sg := range list {
			if sg.Ref.Type != "funding" {
				continue
			}
			got = append(got, sg.Ref.Slug)
			if regional := sg.Ref.Slug != "valtio"; regional != (sg.Because.Region != "") {
				t.Errorf("%q at %q: %s has region reason %q", c.need, c.place, sg.Ref, sg.Because.Region)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q at %q: funding %v, want %v", c.need, c.place, got, c.want)
		}
		out = append(out, placed{c.need, "fi", c.place, types, match.Records(list)})
	}
	js, err := json.MarshalIndent(out, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "regions.json", string(js)+"\n")
}
