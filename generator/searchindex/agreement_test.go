package searchindex

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// searchJS is the search client's entry; analysisJS its module of text
// analysis, which holds the generated block.
const (
	searchJS   = "../../assets/search/search.js"
	analysisJS = "../../assets/search/analysis.js"
)

// generatedJS is the block of analysis.js that comes from Go: the fold table
// and bleve's stop word lists.
func generatedJS() string {
	runes := make([]rune, 0, len(foldTable))
	for r := range foldTable {
		runes = append(runes, r)
	}
	slices.Sort(runes)
	pairs := make([]string, len(runes))
	for i, r := range runes {
		pairs[i] = string(r) + foldTable[r]
	}
	var b strings.Builder
	b.WriteString("// BEGIN GENERATED (go test ./generator/searchindex -run TestGeneratedJS -update)\n")
	fmt.Fprintf(&b, "const FOLD_PAIRS = %q;\n", strings.Join(pairs, " "))
	b.WriteString("const STOP_WORDS = {\n")
	for _, lang := range []string{"en", "fi", "sv"} {
		fmt.Fprintf(&b, "  %s: %q,\n", lang, strings.Join(stopWords(lang), " "))
	}
	b.WriteString("};\n")
	b.WriteString("const GLOSSARY = {\n")
	g := glossaryJS()
	for _, lang := range []string{"en", "fi", "sv"} {
		fmt.Fprintf(&b, "  %s: %q,\n", lang, g[lang])
	}
	b.WriteString("};\n")
	fmt.Fprintf(&b, "const CONCEPTS = %q;\n", conceptsJS())
	fmt.Fprintf(&b, "const FILLER = %q;\n", fillerJS())
	fmt.Fprintf(&b, "const FILLER_KEYS = %q;\n", fillerKeysJS())
	fmt.Fprintf(&b, "const FILLER_TALK = %q;\n", fillerTalkJS())
	fmt.Fprintf(&b, "const QUIET = %q;\n", quietJS())
	fmt.Fprintf(&b, "const QUIET_KEYS = %q;\n", quietKeysJS())
	fmt.Fprintf(&b, "const PLACES = %q;\n", placesJS())
	b.WriteString("const LANG_PROFILES = {\n")
	for _, lang := range []string{"en", "fi", "sv"} {
		fmt.Fprintf(&b, "  %s: %q,\n", lang, strings.Join(langProfiles[lang], "|"))
	}
	b.WriteString("};\n")
	b.WriteString("// END GENERATED")
	return b.String()
}

var generatedRe = regexp.MustCompile(`(?s)// BEGIN GENERATED.*?// END GENERATED`)

// TestGeneratedJS keeps the fold table and stop words in search.js equal to
// the Go side's; -update rewrites them.
func TestGeneratedJS(t *testing.T) {
	src, err := os.ReadFile(analysisJS)
	if err != nil {
		t.Fatal(err)
	}
	cur := generatedRe.Find(src)
	want := generatedJS()
	if string(cur) == want {
		return
	}
	if !*update {
		t.Fatal("the generated block of assets/search/analysis.js is stale: run go test ./generator/searchindex -run TestGeneratedJS -update")
	}
	out := generatedRe.ReplaceAllLiteral(src, []byte(want))
	if err := os.WriteFile(analysisJS, out, 0o644); err != nil {
		t.Fatal(err)
	}
}

func nodeOrSkip(t *testing.T) string {
	t.Helper()
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not on PATH")
	}
	return node
}

// nodeMap runs call, a JavaScript expression of an item i and of m, the
// module file's exports, in Node on every item (given as JSON on standard
// input) and decodes the list of results into out.
func nodeMap(t *testing.T, node, file, call string, items, out any) {
	t.Helper()
	in, err := json.Marshal(items)
	if err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(file)
	script := `import { readFileSync } from "node:fs";
import * as m from ` + jsString("file://"+filepath.ToSlash(abs)) + `;
const items = JSON.parse(readFileSync(0, "utf8"));
process.stdout.write(JSON.stringify(items.map((i) => ` + call + `)));`
	cmd := exec.Command(node, "--input-type=module", "-e", script)
	cmd.Stdin = bytes.NewReader(in)
	res, err := cmd.Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			t.Fatalf("node: %v\n%s", err, ee.Stderr)
		}
		t.Fatal(err)
	}
	if err := json.Unmarshal(res, out); err != nil {
		t.Fatalf("node output: %v\n%s", err, res)
	}
}

// agreementTable: words and phrases whose analysis must be the same in Go
// and in search.js.
var agreementTable = map[string][]string{
	"fi": {
		"muovi", "muovin", "muoveja", "muovit", "muovien", "muoveista", "muoveihin", "Muovinen",
		"kierrätys", "kierrätyksen", "kierrätystä", "kierrätyksiä", "kierrättää",
		"rakennusosat", "rakennusosien", "rakennusosia", "rakennusosapankki", "rakennusosapankin",
		"kiertotalous", "kiertotalouden", "kiertotaloutta", "kiertotalouteen", "kiertotaloudessa", "kiertotal",
		"sähkö", "SÄHKÖN", "sahko", "elektroniikka", "elektroniikan",
		"kunta", "kunnan", "kuntien", "tuote", "tuotteen", "tuotteita", "tuotteiden",
		"hanke", "hankkeen", "hankkeisiin", "hankkeita", "toimija", "toimijat", "toimijoiden", "toimijoita",
		"yritys", "yrityksen", "yritysten", "yrityksille", "taloudellinen", "taloudellisen", "taloudellista",
		"palvelu", "palveluja", "palveluiden", "palvelujen", "palveluun", "kaupunki", "kaupungin",
		"rahoitus", "rahoituksen", "rahoittaja", "kestävyys", "kestävyyden", "kestävä", "toimintansa",
		"tekstiilit", "tekstiilejä", "jäte", "jätteiden", "pankki", "pankin", "työ", "työtä", "maa", "ruoka",
		"ja", "on", "että", "se", "0201256-6", "Y-tunnus", "raaka-aineet", "raaka-aine", "kimppa.fi",
		"CO2-päästöt", "2021–2024", "31.12.2025", "Å", "Ääni", "naïve", "e\u0301tude", "Ωmega",
		"Muovien kierrätys ja rakennusosien uudelleenkäyttö, kiertotalouden toimijat!",
	},
	"en": {
		"plastic", "plastics", "recycling", "recycled", "recycle", "recycles", "recyclers",
		"company", "companies", "service", "services", "servicing", "business", "businesses",
		"process", "processes", "processing", "building", "buildings", "funding", "funded",
		"textiles", "economy", "circular", "stopped", "running", "analysis", "bus", "gas",
		"the", "and", "of", "cluster's", "VTT’s", "Helsinki-Uusimaa", "e-mail", "Plastic recycling in the capital region",
	},
	"sv": {
		"återvinning", "återvinningen", "plasten", "plaster", "företagen", "och", "cirkulär ekonomi",
	},
}

// TestGoAndJSAgreeOnAnalysis runs search.js's analyze in Node on a table of
// words (and on every word of the fixture) and compares it with Analyze.
func TestGoAndJSAgreeOnAnalysis(t *testing.T) {
	node := nodeOrSkip(t)
	type item struct {
		Lang string `json:"lang"`
		Text string `json:"text"`
	}
	var items []item
	for _, lang := range []string{"fi", "en", "sv"} {
		for _, text := range agreementTable[lang] {
			items = append(items, item{lang, text})
		}
	}
	for _, d := range fixtureDocs() {
		for lang, tx := range d.Langs {
			for _, text := range append([]string{tx.Title, tx.Summary, tx.Body}, append(tx.Keywords, tx.Refs...)...) {
				items = append(items, item{lang, text})
			}
		}
	}
	for r := range foldTable {
		items = append(items, item{"fi", "x" + strings.ToUpper(string(r)) + string(r) + "x"})
	}
	for _, w := range longWords() {
		items = append(items, item{"fi", w}, item{"en", w})
	}
	var js [][]string
	nodeMap(t, node, searchJS, "m.analyze(i.lang, i.text)", items, &js)
	if len(js) != len(items) {
		t.Fatalf("node returned %d analyses for %d items", len(js), len(items))
	}
	bad := 0
	for i, it := range items {
		goKeys := Analyze(it.Lang, it.Text)
		if goKeys == nil {
			goKeys = []string{}
		}
		if !slices.Equal(goKeys, js[i]) {
			bad++
			if bad <= 20 {
				t.Errorf("%s %q: Go %q, JS %q", it.Lang, it.Text, goKeys, js[i])
			}
		}
	}
}

// longWords are words longer than MaxWordRunes, cut at places where bytes
// and runes differ, at a joiner, and at an English possessive.
func longWords() []string {
	return []string{
		strings.Repeat("kierto", 30),
		strings.Repeat("ä", 63) + "öö" + "kierrätys",
		strings.Repeat("Ä", 70),
		strings.Repeat("a\u0301", 40),
		strings.Repeat("b", 63) + "-aine raaka-aine",
		strings.Repeat("c", 62) + "'s",
		strings.Repeat("d", 63) + "’s",
		strings.Repeat("x", 63) + "\U0001F600" + strings.Repeat("y", 3),
		strings.Repeat("𝒜", 70),
		"alku " + strings.Repeat("muovi", 4000) + " loppu",
	}
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestNodeSearchTests runs the search.js tests (node --test) so that go test
// covers them too.
func TestNodeSearchTests(t *testing.T) {
	node := nodeOrSkip(t)
	if testing.Short() {
		t.Skip("short")
	}
	cmd := exec.Command(node, "--test", ".")
	cmd.Dir = "../../assets/search"
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("node --test: %v\n%s", err, out)
	}
}
