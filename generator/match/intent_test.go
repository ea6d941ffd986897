package match_test

import (
	"strings"
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

// TestSupportForDevelopingAsksForMoney: "tukea" for developing or
// investing asks for money without a word of money ("mistä sais tukea
// kehitystyöhön"); to support others in developing does not, nor does
// support for anything else.
func TestSupportForDevelopingAsksForMoney(t *testing.T) {
	m := matcherOf(t, sample(t))
	for need, want := range map[string]bool{
		"Mistä saisi tukea kehitystyöhön ja uuteen koelaitteistoon?":                 true,
		"Tarvitsemme tukea tuotekehitykseen ja investointiin.":                       true,
		"Vi söker stöd för utveckling av en ny tjänst.":                              true,
		"Tarvitsemme tukea tavoitteiden asettamiseen.":                               false,
		"Haluamme tukea paikallisia yrityksiä kehittämään kiertotalousratkaisujaan.": false,
	} {
		lang := "fi"
		if strings.HasPrefix(need, "Vi ") {
			lang = "sv"
		}
		if got := m.AsksForMoney(need, lang); got != want {
			t.Errorf("%q asks for money: %v, want %v", need, got, want)
		}
	}
}

// TestMoneyRaisesOnlyFundingTheNeedMeans: a need asking for money raises
// a funding source only when they share a telling word, a theme or the
// need's place, never on words of money, of applying and projects or the
// cluster's own name ("ekonomi → talous", "cirkulär → kiertotalous"),
// which every source and need of a circular-economy cluster share.
func TestMoneyRaisesOnlyFundingTheNeedMeans(t *testing.T) {
	for _, site := range []string{"", "portal2", "portal3"} {
		p := sample(t)
		if site != "" {
			p = portal(t, site)
		}
		m := matcherOf(t, p)
		for _, n := range needs(generic) {
			if got := m.MeantFunding(n.text, n.lang); len(got) > 0 {
				t.Errorf("%s: %q raises %v", site, n.text, got)
			}
		}
		// a telling word makes a source meant
		if got := m.MeantFunding("Haemme rahoitusta muovin kierrätykseen ja tekstiilien keräykseen.", "fi"); len(got) == 0 {
			t.Errorf("%s: a need for money for plastics recycling and textile collection means no funding source", site)
		}
	}
}

// generic are needs asking for money in nothing but the words every
// need and funding source of a cluster share.
var generic = []string{
	"sv Vilket stöd kan vi söka för ett projekt inom cirkulär ekonomi? Vi behöver hjälp med ansökan.",
	"en Which funding could our circular economy project apply for? Who can help us with the application?",
	"fi Mistä kiertotaloushankkeellemme voisi hakea rahoitusta, ja kuka auttaisi hakemuksen kanssa?",
}

type langNeed struct{ lang, text string }

func needs(list []string) []langNeed {
	var out []langNeed
	for _, l := range list {
		lang, text, _ := strings.Cut(l, " ")
		out = append(out, langNeed{lang, text})
	}
	return out
}
