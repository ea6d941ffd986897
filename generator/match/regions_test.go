package match_test

import (
	"testing"

	"github.com/kimppa/kimppa/generator/model"
	"github.com/kimppa/kimppa/generator/searchdoc"
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
	m, _, err := searchdoc.Matcher(s.Model, s.Today)
	if err != nil {
		t.Fatal(err)
	}
	calls := m.All().Calls
	north, south := calls[model.Ref{Type: "actors", Slug: "pohjoinen"}], calls[model.Ref{Type: "actors", Slug: "etela"}]
	if len(north) != 1 || north[0].Because.Region != "Pohjois-Pohjanmaa" {
		t.Errorf("Kempele: %+v", north)
	}
	if len(south) != 0 {
		t.Errorf("Helsinki is offered a call for Northern Finland: %+v", south)
	}
}
