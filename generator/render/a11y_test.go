package render_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

func TestAccessibilityStatementFromConfig(t *testing.T) {
	files := renderAll(t, newRenderer(t, siteFS(t, "testdata/site.txtar")))
	fi, en := string(files["saavutettavuus/index.html"]), string(files["en/accessibility/index.html"])
	for _, want := range []string{
		"<h1>Saavutettavuusseloste</h1>", "täyttää osittain WCAG 2.1", "306/2019",
		`<a href="mailto:saavutettavuus@example.org">`, `<time datetime="2026-11-30">`,
		"Liikenne- ja viestintävirasto Traficom", "saavutettavuus@traficom.fi", "www.saavutettavuusvaatimukset.fi",
		"tekstivastine", // what does not conform is listed
	} {
		if !strings.Contains(fi, want) {
			t.Errorf("saavutettavuus/: no %q", want)
		}
	}
	for _, want := range []string{"partially conforms with", "WCAG 2.1", "Finnish Transport and Communications Agency Traficom", "www.webaccessibility.fi"} {
		if !strings.Contains(en, want) {
			t.Errorf("en/accessibility/: no %q", want)
		}
	}
	// The agencies that supervised before 2025 (and ceased at the end of
	// 2025) are named nowhere.
	for _, old := range []string{"aluehallintovirasto", "avi.fi", "Regional State Administrative Agency"} {
		if strings.Contains(fi+en, old) {
			t.Errorf("the statement names %q", old)
		}
	}
	for p, b := range files {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		want := `<a href="/kimppa/saavutettavuus/">Saavutettavuusseloste</a>`
		if strings.HasPrefix(p, "en/") {
			want = `<a href="/kimppa/en/accessibility/">Accessibility statement</a>`
		}
		if !strings.Contains(string(b), want) {
			t.Errorf("%s: the footer does not link the accessibility statement", p)
		}
	}
}

func TestAccessibilityStatementWithoutContactSaysSo(t *testing.T) {
	a := txtar.Parse([]byte(`
-- kimppa.yaml --
title: T
base_url: https://example.org/
languages: [fi, en]
`))
	files := renderAll(t, newRenderer(t, archiveFS(t, a)))
	fi := string(files["saavutettavuus/index.html"])
	if !strings.Contains(fi, "ei ole vielä ilmoittanut saavutettavuuspalautteen osoitetta") || !strings.Contains(fi, "ei ole vielä arvioitu") {
		t.Errorf("the statement does not say it lacks a contact and an assessment")
	}
	// Visitors are told what they can do, never what the admin must do.
	for _, admin := range []string{"kimppa.yaml", "accessibility.contact", "ylläpitäjän pitää"} {
		if strings.Contains(fi+string(files["en/accessibility/index.html"]), admin) {
			t.Errorf("the statement shows visitors an admin instruction (%q)", admin)
		}
	}
	if strings.Contains(fi, `href="mailto:saavutettavuus@example.org"`) {
		t.Errorf("a contact that was never given")
	}
	// A site with no entries tells what to do next instead of charting zeros.
	home := string(files["index.html"])
	if !strings.Contains(home, `class="wrap block empty-state"`) || strings.Contains(home, `class="figures"`) || strings.Contains(home, `class="charts"`) {
		t.Errorf("the empty site's home page has no empty state, or has charts")
	}
	// No tagline set: the footer has none, and none from the code either.
	if strings.Contains(fi, "Kimpassa liiketoimintaa") {
		t.Errorf("a tagline the site did not set")
	}
}
