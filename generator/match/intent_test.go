package match_test

import (
	"testing"

	"github.com/kimppa/kimppa/generator/match"
)

// TestNeedAskingForMoneyGetsFundingFirst: the same need, once asking for
// money, ranks a funding source first; without the money words it need
// not (a call's text shares few of a project's words).
func TestNeedAskingForMoneyGetsFundingFirst(t *testing.T) {
	m := matcherOf(t, sample(t))
	f := match.Filters{Types: []string{"actors", "services", "funding"}}
	plain := m.Need("Kokeilemme purettavan koulun ikkunoiden ja ovien uudelleenkäyttöä.", "fi", f)
	asking := m.Need("Kokeilemme purettavan koulun ikkunoiden ja ovien uudelleenkäyttöä. Mistä saisimme tähän tukea tai rahaa?", "fi", f)
	if len(plain) == 0 || len(asking) == 0 {
		t.Fatal("no suggestions")
	}
	if plain[0].Ref.Type == "funding" {
		t.Fatalf("a need not asking for money already ranks %s first: the test shows nothing", plain[0].Ref)
	}
	if asking[0].Ref.Type != "funding" {
		t.Errorf("a need asking for money ranks %s first, not a funding source", asking[0].Ref)
	}
	n := 0
	for _, s := range asking[:min(5, len(asking))] {
		if s.Ref.Type == "funding" {
			n++
		}
	}
	if n > 3 {
		t.Errorf("%d funding sources in the top five: the helpers a need also asks for have no room", n)
	}
}

// TestSupportAsksForMoneyOnlyWithApplying: "tukea" is support of any
// kind; it asks for money only with a word of applying.
func TestSupportAsksForMoneyOnlyWithApplying(t *testing.T) {
	m := matcherOf(t, sample(t))
	f := match.Filters{Types: []string{"actors", "services", "funding"}}
	need := "Kokeilemme purettavan koulun ikkunoiden ja ovien uudelleenkäyttöä ja tarvitsemme tukea."
	support := m.Need(need, "fi", f)
	apply := m.Need(need+" Mistä sitä voi hakea?", "fi", f)
	if len(support) == 0 || len(apply) == 0 {
		t.Fatal("no suggestions")
	}
	if support[0].Ref.Type == "funding" {
		t.Errorf("support of any kind ranks %s first", support[0].Ref)
	}
	if apply[0].Ref.Type != "funding" {
		t.Errorf("support to apply for ranks %s first, not a funding source", apply[0].Ref)
	}
}
