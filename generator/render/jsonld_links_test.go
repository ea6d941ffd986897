package render_test

import (
	"encoding/json"
	"strings"
	"testing"
)

// A challenge's JSON-LD links what its page shows: who seeks it (with
// the contact), its budget and its status; a funding source lists the
// projects it funds; an English page of an entry written in Finnish only
// says that its text is Finnish.
func TestJSONLDLinksChallengesFundingAndLanguage(t *testing.T) {
	files := renderAll(t, newRenderer(t, siteFS(t, "testdata/site.txtar")))
	ld := func(path string) string {
		v := jsonLDOf(t, path, files[path])
		b, _ := json.Marshal(v)
		return string(b)
	}
	ch := ld("haasteet/ylijaamamaat/index.html")
	for _, want := range []string{
		`"@reverse":{"seeks":[{"@id":"https://example.org/kimppa/toimijat/kaupunki/"`,
		`"priceSpecification":{"@type":"PriceSpecification","maxPrice":40000,"priceCurrency":"EUR"}`,
		`"availability":"https://schema.org/InStock"`,
		`"availabilityEnds":"2026-05-31"`,
	} {
		if !strings.Contains(ch, want) {
			t.Errorf("challenge JSON-LD has no %s:\n%s", want, ch)
		}
	}
	if !strings.Contains(ch, `"contactPoint":{"@type":"ContactPoint","email":"`) {
		t.Errorf("the challenge's contact is not on its owner's node:\n%s", ch)
	}
	if fund := ld("rahoitus/eakr/index.html"); !strings.Contains(fund, `"fundedItem":[`) || !strings.Contains(fund, `"name":"Vanha hanke"`) {
		t.Errorf("the funding source does not list the projects it funds:\n%s", fund)
	}
	// ylijaamamaat has an English translation; vanha-hanke has none
	if en := ld("en/projects/vanha-hanke/index.html"); !strings.Contains(en, `"mainEntityOfPage":{"@id":"https://example.org/kimppa/en/projects/vanha-hanke/","@type":"WebPage","inLanguage":"fi"}`) {
		t.Errorf("the English page of a Finnish-only project does not say its text is Finnish:\n%s", en)
	}
	if en := ld("en/challenges/ylijaamamaat/index.html"); !strings.Contains(en, `"inLanguage":"en"`) {
		t.Errorf("the English page of a translated challenge is not in English:\n%s", en)
	}
}
