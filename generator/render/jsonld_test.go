package render_test

import (
	"encoding/json"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

const ldOpen = `<script type="application/ld+json">`

// jsonLDOf returns the one JSON-LD block of page, decoded.
func jsonLDOf(t *testing.T, name string, page []byte) map[string]any {
	t.Helper()
	s := string(page)
	if n := strings.Count(s, ldOpen); n != 1 {
		t.Fatalf("%s: %d JSON-LD blocks, want 1", name, n)
	}
	// The block must end where the page's own </script> is: a
	// "</script>" in content would end it early and the rest would be
	// HTML. Every <script> opened on the page is closed exactly once.
	if o, c := strings.Count(strings.ToLower(s), "<script"), strings.Count(strings.ToLower(s), "</script"); o != c {
		t.Errorf("%s: %d <script opened, %d closed", name, o, c)
	}
	rest := s[strings.Index(s, ldOpen)+len(ldOpen):]
	body := rest[:strings.Index(rest, "</script>")]
	if strings.ContainsAny(body, "<>&\u2028\u2029") {
		t.Errorf("%s: JSON-LD holds a raw <, >, & or line separator: %s", name, body)
	}
	var v map[string]any
	if err := json.Unmarshal([]byte(body), &v); err != nil {
		t.Fatalf("%s: JSON-LD is not JSON: %v\n%s", name, err, body)
	}
	return v
}

const hostileName = "</script><script>alert(1)</script><!--<script>x&y" // content cannot hold U+2028/9 (schema.CheckChars)

var ldSite = `
-- kimppa.yaml --
title: {fi: "Laakso", en: "Valley"}
base_url: https://example.org/
languages: [fi, en]
taxonomies:
  focus_areas:
    label: {fi: Teemat, en: Themes}
    path: {fi: teemat, en: themes}
    terms:
      food: {fi: "Ruoka </script>", en: Food}
-- content/actors/kunta.md --
---
name: "NAME"
kind: municipality
municipality: "Kylä</script>"
website: https://kunta.example/
business_id: 1234567-1
focus_areas: [food]
---
-- content/actors/yliopisto.md --
---
name: Yliopisto
kind: education
---
-- content/actors/lab.md --
---
name: Labra
kind: research
---
-- content/actors/oy.md --
---
name: Oy
kind: company
---
-- content/services/palvelu.md --
---
title: "NAME"
providers: [kunta, oy]
---
-- content/funding/raha.md --
---
name: "NAME"
funder: kunta
level: national
---
-- content/projects/hanke.md --
---
title: "NAME"
status: ongoing
start: 2024-01-01
end: 2025-12-31
coordinator: kunta
partners: [oy]
funding:
  - source: raha
    amount: 1000
---
-- content/contracts/sopimus.md --
---
title: "NAME"
contract_type: template
parties: [kunta]
valid_from: 2024-01-01
updated: 2024-02-01
---
`

func TestJSONLDStaysOneBlockWithHostileContent(t *testing.T) {
	q, _ := json.Marshal(hostileName)
	a := txtar.Parse([]byte(strings.ReplaceAll(ldSite, `"NAME"`, string(q))))
	files := renderAll(t, newRenderer(t, archiveFS(t, a)))
	for _, tc := range []struct{ page, typ string }{
		{"toimijat/kunta/index.html", "GovernmentOrganization"},
		{"en/actors/kunta/index.html", "GovernmentOrganization"},
		{"toimijat/yliopisto/index.html", "EducationalOrganization"},
		{"toimijat/lab/index.html", "ResearchOrganization"},
		{"toimijat/oy/index.html", "Corporation"},
		{"palvelut/palvelu/index.html", "Service"},
		{"rahoitus/raha/index.html", "MonetaryGrant"},
		{"hankkeet/hanke/index.html", "Project"},
		{"sopimukset/sopimus/index.html", "DigitalDocument"},
	} {
		v := jsonLDOf(t, tc.page, files[tc.page])
		if v["@type"] != tc.typ {
			t.Errorf("%s: @type %v, want %s", tc.page, v["@type"], tc.typ)
		}
		if v["@context"] != "https://schema.org" || !strings.HasPrefix(v["url"].(string), "https://example.org/") {
			t.Errorf("%s: context %v, url %v", tc.page, v["@context"], v["url"])
		}
		if strings.Contains(tc.page, "kunta") || !strings.Contains(tc.page, "toimijat") {
			if v["name"] != hostileName {
				t.Errorf("%s: name %q, want the hostile name as it was written", tc.page, v["name"])
			}
		}
	}
	for _, p := range []string{"index.html", "toimijat/index.html", "teemat/food/index.html"} {
		if strings.Contains(string(files[p]), ldOpen) {
			t.Errorf("%s: a JSON-LD block on a page that is not an entity's", p)
		}
	}

	actor := jsonLDOf(t, "kunta", files["toimijat/kunta/index.html"])
	if addr, _ := actor["address"].(map[string]any); addr["addressLocality"] != "Kylä</script>" || addr["@type"] != "PostalAddress" {
		t.Errorf("address %v", actor["address"])
	}
	if actor["sameAs"] != "https://kunta.example/" || actor["taxID"] != "1234567-1" {
		t.Errorf("sameAs %v, taxID %v", actor["sameAs"], actor["taxID"])
	}
	if kw, _ := actor["keywords"].([]any); len(kw) != 1 || kw[0] != "Ruoka </script>" {
		t.Errorf("keywords %v", actor["keywords"])
	}

	project := jsonLDOf(t, "hanke", files["hankkeet/hanke/index.html"])
	if project["foundingDate"] != "2024-01-01" || project["dissolutionDate"] != "2025-12-31" {
		t.Errorf("project dates %v %v", project["foundingDate"], project["dissolutionDate"])
	}
	members, _ := project["member"].([]any)
	if len(members) != 2 || members[0].(map[string]any)["url"] != "https://example.org/toimijat/kunta/" {
		t.Errorf("members %v", project["member"])
	}
	funder, _ := project["funder"].([]any)
	if len(funder) != 1 || funder[0].(map[string]any)["@type"] != "GovernmentOrganization" {
		t.Errorf("funder %v", project["funder"])
	}
	grants, _ := project["funding"].([]any)
	if len(grants) != 1 {
		t.Fatalf("funding %v", project["funding"])
	}
	amount := grants[0].(map[string]any)["amount"].(map[string]any)
	if amount["@type"] != "MonetaryAmount" || amount["currency"] != "EUR" || amount["value"] != 1000.0 {
		t.Errorf("grant amount %v", amount)
	}

	grant := jsonLDOf(t, "raha", files["rahoitus/raha/index.html"])
	if f, _ := grant["funder"].([]any); len(f) != 1 || f[0].(map[string]any)["name"] != hostileName {
		t.Errorf("grant funder %v", grant["funder"])
	}
	if a, _ := grant["amount"].(map[string]any); a["value"] != 1000.0 {
		t.Errorf("grant amount %v", grant["amount"])
	}

	doc := jsonLDOf(t, "sopimus", files["sopimukset/sopimus/index.html"])
	if doc["temporalCoverage"] != "2024-01-01/.." || doc["dateModified"] != "2024-02-01" || doc["inLanguage"] != "fi" {
		t.Errorf("contract %v", doc)
	}
}
