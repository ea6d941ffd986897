package generator_test

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
)

// themeScript is a script tag of kimppa's own templates: a file of the
// theme's assets/ or the search client.
var themeScript = regexp.MustCompile(`<script (?:type="?module"? )?src="?/(?:assets|search)/[^"\s>]+"?(?: defer| async)?>|<script type="?application/ld\+json"?>`)

// TestHostileBodyReachesNoOutputFile builds a site whose bodies carry raw
// HTML, script links and CRLF line endings: no file of the whole output
// (pages, open data, search index, sitemap…) may carry what the pages
// drop, and the open data has each body as safe HTML and plain text.
func TestHostileBodyReachesNoOutputFile(t *testing.T) {
	s := loadSite(t, "testdata/sites/hostile-body.txtar")
	build(t, s.opts)
	files := tree(t, s.opts.Out)
	if len(files) == 0 {
		t.Fatal("the build wrote no files")
	}
	for name, data := range files {
		text := strings.ToLower(string(data))
		if strings.HasSuffix(name, ".html") {
			text = themeScript.ReplaceAllString(text, "")
		}
		for _, bad := range []string{"<script", `\u003cscript`, "javascript:", "onerror", "onclick", "onmouseover", "<iframe", `\u003ciframe`, "evil.example", "alert("} {
			if strings.Contains(text, bad) {
				i := strings.Index(text, bad)
				t.Errorf("%s carries %q: …%s…", name, bad, text[max(0, i-60):min(len(text), i+60)])
			}
		}
	}

	var entities []map[string]any
	if err := json.Unmarshal(files["data/entities.json"], &entities); err != nil {
		t.Fatal(err)
	}
	var actor map[string]any
	for _, e := range entities {
		if e["slug"] == "paha-oy" {
			actor = e
		}
	}
	if actor == nil {
		t.Fatal("entities.json has no paha-oy")
	}
	if _, ok := actor["body"]; ok {
		t.Error("entities.json has the raw Markdown body")
	}
	html, _ := actor["body_html"].(string)
	text, _ := actor["body_text"].(string)
	if !strings.Contains(html, "<p>Ensimmäinen rivi\ntoinen rivi.</p>") || !strings.Contains(html, "linkki ja toinen") {
		t.Errorf("body_html is not the page's HTML: %q", html)
	}
	if want := "Ensimmäinen rivi\ntoinen rivi.\n\nKuva:\n\nlinkki ja toinen\n\nraaka linkki\n\nVanha Mac\nrivinvaihto."; text != want {
		t.Errorf("body_text = %q, want %q", text, want)
	}
	page := string(files["toimijat/paha-oy/index.html"])
	if !strings.Contains(page, html) {
		t.Errorf("body_html is not what the page shows:\n%s", html)
	}
	trans, _ := actor["translations"].(map[string]any)
	en, _ := trans["en"].(map[string]any)
	// The image goes and leaves its spaces, as on the page.
	if _, ok := en["body"]; ok || en["body_text"] != "English  text link." {
		t.Errorf("the translation's body is not as plain text: %v", en)
	}
	for name, data := range files {
		if (strings.HasSuffix(name, ".json") || strings.HasSuffix(name, ".html")) && strings.Contains(string(data), "\r") {
			t.Errorf("%s has a CR", name)
		}
	}
}
