package generator_test

// FuzzPipeline drives generated sites through the whole pipeline, load →
// model → validate → render → search index → write, and states what must
// hold for any content:
//
//   - a site that check accepts, build builds;
//   - every build finishes and its memory stays bounded (a watchdog fails
//     the test instead of letting the machine run out);
//   - nothing a member writes that the page drops (raw HTML, script,
//     javascript: links) reaches any output file.
//
// The sites are random Finnish-like text: inflected and compound words,
// hyphenated words that share parts ("CO2-laskentaan CO2-raportointiin"
// once sent the index writer into an endless allocation), digits, English,
// Markdown, bodies from a few words to tens of kilobytes, translations.
// The fuzzer's own string is put into a body, a summary and a tag.
// `go test` runs the seed corpus; `go test -fuzz FuzzPipeline ./generator`
// explores further.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kimppa/kimppa/generator"
	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/html"
)

// hostile are snippets that no output file may carry as they were written.
var hostile = []string{
	"<script>alert(1)</script>",
	"<img src=x onerror=alert(1)>",
	"<svg onload=alert(1)>",
	"<iframe src=https://evil.example/>",
	"[klikkaa](javascript:alert(1))",
	"[klikkaa](JaVaScRiPt:alert(1))",
	"![kuva](javascript:alert(1))",
	"<a href=\"javascript:alert(1)\">x</a>",
	"[x](vbscript:msgbox(1))",
	"[x](data:text/html;base64,PHNjcmlwdD4=)",
}

// unsafeMarkup says what markup in text could run script, or "": an
// inline script, a frame, an event handler attribute, a script or data URL
// in a link or source. It reads text with an HTML lexer, so that the same
// words inside an attribute value or as escaped text do not count. It
// runs on every output file and on every decoded string of a JSON file
// (encoding/json writes < as \u003c, and body_html is HTML).
func unsafeMarkup(text string) string {
	l := html.NewLexer(parse.NewInputString(text))
	var tag string
	scriptSrc := false
	for {
		tt, data := l.Next()
		switch tt {
		case html.ErrorToken:
			return ""
		case html.StartTagToken:
			tag = strings.ToLower(string(l.Text()))
			scriptSrc = false
			switch tag {
			case "iframe", "object", "embed", "frame", "frameset", "base":
				return "a <" + tag + "> element"
			}
		case html.AttributeToken:
			key := strings.ToLower(string(l.AttrKey()))
			val := strings.ToLower(strings.TrimSpace(strings.Trim(string(l.AttrVal()), `"'`)))
			switch {
			case strings.HasPrefix(key, "on"):
				return "an event handler " + string(data)
			case urlAttrs[key] && (strings.HasPrefix(val, "javascript:") || strings.HasPrefix(val, "vbscript:") || strings.HasPrefix(val, "data:")):
				return "a script URL " + string(data)
			case tag == "script" && (key == "src" || key == "type" && val == "application/ld+json"):
				scriptSrc = true
			}
		case html.StartTagCloseToken, html.StartTagVoidToken:
			if tag == "script" && !scriptSrc {
				return "an inline script"
			}
		case html.SVGToken:
			if svgScript.Match(data) {
				return "script in an SVG"
			}
		}
	}
}

// markdownScriptLink is a link written in Markdown that pages drop: raw
// Markdown must not reach the open data or the search index either.
var markdownScriptLink = regexp.MustCompile(`(?i)\]\(\s*(javascript|vbscript|data):`)

var (
	urlAttrs  = map[string]bool{"href": true, "src": true, "action": true, "formaction": true, "poster": true, "srcset": true, "xlink:href": true, "data": true}
	svgScript = regexp.MustCompile(`(?i)<script|\son[a-z]+\s*=|javascript:`)
)

func FuzzPipeline(f *testing.F) {
	f.Add(uint64(1), uint8(0), uint16(9), "CO2-laskentaan ja CO2-raportointiin")
	f.Add(uint64(2), uint8(1), uint16(40), "alpha-beta alpha-gamma")
	f.Add(uint64(3), uint8(2), uint16(0), "")
	f.Add(uint64(4), uint8(3), uint16(2), "<script>alert(1)</script> [x](javascript:alert(1))")
	f.Add(uint64(5), uint8(4), uint16(1), "Kiertotalous-klusteri 2030: muovin- ja tekstiilinkierrätys")
	f.Add(uint64(6), uint8(5), uint16(20), "ääkköset öö åå ÄÖ -- --- ... 1,5 % 10 000 €")
	f.Add(uint64(7), uint8(6), uint16(3), "x-y-z-x-y-z a-a-a-a b--b -c- d-")
	f.Add(uint64(8), uint8(7), uint16(12), "<img src=x onerror=alert(1)> ![kuva](javascript:alert(1))")
	f.Add(uint64(9), uint8(8), uint16(5), "rakennusosapankki rakennusosat osapankki pankkiosa")
	f.Add(uint64(10), uint8(9), uint16(30), "\u200b\u00ad\ufeff zero\u200bwidth soft\u00adhyphen")
	f.Add(uint64(11), uint8(10), uint16(1), "\x07\x1b[31m\u0085 \u202eyO ahaP") // control and bidi characters, escaped in the YAML
	f.Add(uint64(12), uint8(11), uint16(2), "a?cc=x@evil.example&body=%0A")     // an address that smuggles mailto: parts
	f.Fuzz(func(t *testing.T, seed uint64, shape uint8, bodyKB uint16, extra string) {
		g := newSiteGen(seed, shape, int(bodyKB%64), extra)
		dir := t.TempDir()
		g.write(t, dir)
		runPipeline(t, dir)
	})
}

// runPipeline checks and, when check accepts it, builds the site in dir
// under a memory watchdog, then looks through every output file.
func runPipeline(t *testing.T, dir string) {
	t.Helper()
	opts := generator.Options{Source: dir, Out: filepath.Join(dir, "public"), Today: fixedToday}
	var diagsText string
	var accepted bool
	watch(t, func() error {
		diags, err := generator.Check(context.Background(), opts)
		if err != nil {
			return fmt.Errorf("check: %w", err)
		}
		accepted = !diags.Failed(false)
		diagsText = fmt.Sprint(diags)
		return nil
	})
	watch(t, func() error {
		_, err := generator.Build(context.Background(), opts)
		switch {
		case accepted && err != nil:
			return fmt.Errorf("check accepts the site but build fails: %w\n%s", err, diagsText)
		case !accepted && !errors.Is(err, generator.ErrInvalid):
			return fmt.Errorf("check rejects the site but build says %v\n%s", err, diagsText)
		}
		return nil
	})
	if accepted {
		scanOutput(t, opts.Out)
	}
}

// memoryLimit is far above what the small generated sites need (tens of
// megabytes) and far below what a runaway loop reaches.
const memoryLimit = 2 << 30

// watch runs f and fails the test if the heap grows past memoryLimit
// while it runs. It never times anything: the go test timeout catches a
// loop that does not allocate.
func watch(t *testing.T, f func() error) {
	t.Helper()
	var done atomic.Bool
	result := make(chan error, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				result <- fmt.Errorf("panic: %v", r)
			}
		}()
		err := f()
		done.Store(true)
		result <- err
	}()
	var ms runtime.MemStats
	for {
		select {
		case err := <-result:
			if err != nil {
				t.Fatal(err)
			}
			return
		case <-time.After(20 * time.Millisecond):
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > memoryLimit && !done.Load() {
				t.Fatalf("the heap reached %d MB: memory is not bounded", ms.HeapAlloc>>20)
			}
		}
	}
}

// scanOutput fails on any forbidden string in any output file; JSON files
// are decoded first, since encoding/json writes < as \u003c.
func scanOutput(t *testing.T, out string) {
	t.Helper()
	err := filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		texts := []string{string(data)}
		if strings.HasSuffix(p, ".json") {
			var v any
			if json.Unmarshal(data, &v) == nil {
				texts = append(texts, jsonStrings(v)...)
			}
		}
		for _, text := range texts {
			problem := unsafeMarkup(text)
			if m := markdownScriptLink.FindString(text); m != "" && problem == "" {
				problem = "a Markdown link the page drops " + m
			}
			if problem != "" {
				rel, _ := filepath.Rel(out, p)
				t.Errorf("%s carries %s", rel, problem)
				return nil
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// jsonStrings lists every string (keys too) in a decoded JSON value.
func jsonStrings(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []any:
		var out []string
		for _, e := range v {
			out = append(out, jsonStrings(e)...)
		}
		return out
	case map[string]any:
		var out []string
		for k, e := range v {
			out = append(out, k)
			out = append(out, jsonStrings(e)...)
		}
		return out
	}
	return nil
}

// siteGen makes a random but valid-looking Finnish cluster site.
type siteGen struct {
	r      *rand.Rand
	shape  uint8
	bodyKB int
	extra  string
	files  map[string]string
	actors []string
}

func newSiteGen(seed uint64, shape uint8, bodyKB int, extra string) *siteGen {
	return &siteGen{r: rand.New(rand.NewPCG(seed, uint64(shape))), shape: shape, bodyKB: bodyKB, extra: extra, files: map[string]string{}}
}

var (
	stems     = []string{"kierto", "talous", "muovi", "tekstiili", "rakennus", "osa", "pankki", "sivu", "virta", "ruoka", "jäte", "hiili", "jalan", "jälki", "puu", "kuitu", "metalli", "lasi", "betoni", "maa", "massa", "vesi", "energia", "laskenta", "raportointi", "kierrätys", "käyttö", "yhteis", "työ", "kehitys", "ratkaisu", "mäski", "panimo", "tieto", "lupa"}
	endings   = []string{"", "", "n", "a", "ä", "ssa", "ssä", "sta", "lla", "lle", "ksi", "an", "iin", "jen", "t", "ja", "ihin", "ineen"}
	englishes = []string{"circular", "economy", "recycling", "plastic", "waste", "textile", "partner", "service", "research", "the", "and", "of", "for", "laptops", "phones"}
	fillers   = []string{"ja", "tai", "sekä", "on", "ovat", "myös", "kanssa", "jotta", "että", "CO2", "2030", "1,5", "10 000", "EU:n", "Y-tunnus", "%"}
	kinds     = []string{"company", "municipality", "public", "research", "education", "association", "other"}
)

// plainExtra is the fuzzer's string for plain-text fields (summary, tags),
// which pages show escaped as text: without the characters of markup.
func (g *siteGen) plainExtra() string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune("<>:", r) {
			return -1
		}
		return r
	}, g.extra)
}

func (g *siteGen) pick(list []string) string { return list[g.r.IntN(len(list))] }

// word is an inflected word, often a compound, sometimes hyphenated.
func (g *siteGen) word() string {
	w := g.pick(stems)
	for g.r.IntN(3) == 0 {
		w += g.pick(stems)
	}
	if g.r.IntN(6) == 0 {
		w = g.pick([]string{"CO2", "EU", "ICT", "alpha", g.pick(stems)}) + "-" + w
	}
	return w + g.pick(endings)
}

// text is n words of prose with the occasional English word and number.
func (g *siteGen) text(n int) string {
	var sb strings.Builder
	for i := range n {
		if i > 0 {
			sb.WriteByte(' ')
		}
		switch g.r.IntN(10) {
		case 0:
			sb.WriteString(g.pick(englishes))
		case 1, 2:
			sb.WriteString(g.pick(fillers))
		default:
			sb.WriteString(g.word())
		}
		if g.r.IntN(12) == 0 {
			sb.WriteString(".")
		}
	}
	return sb.String()
}

// body is Markdown of about kb kilobytes with the fuzzer's string in it.
func (g *siteGen) body(kb int) string {
	var sb strings.Builder
	sb.WriteString(g.text(5 + g.r.IntN(30)))
	sb.WriteString("\n\n")
	for sb.Len() < kb<<10 {
		switch g.r.IntN(6) {
		case 0:
			fmt.Fprintf(&sb, "## %s\n\n", g.text(3))
		case 1:
			fmt.Fprintf(&sb, "- %s\n- **%s**\n\n", g.text(6), g.text(2))
		case 2:
			fmt.Fprintf(&sb, "[%s](https://example.org/%s) ja _%s_.\n\n", g.text(2), g.pick(stems), g.text(3))
		default:
			sb.WriteString(g.text(40 + g.r.IntN(80)))
			sb.WriteString("\n\n")
		}
	}
	if g.extra != "" {
		sb.WriteString(g.extra)
		sb.WriteString("\n\n")
	}
	sb.WriteString(g.pick(hostile))
	sb.WriteString("\n")
	return sb.String()
}

// yamlString quotes s for a YAML double-quoted scalar.
func yamlString(s string) string {
	b, _ := json.Marshal(s) // JSON strings are YAML double-quoted scalars
	return string(b)
}

func (g *siteGen) entity(path, front string, kb int) {
	g.files[path] = "---\n" + front + "---\n\n" + g.body(kb)
}

// write writes the generated site into dir.
func (g *siteGen) write(t *testing.T, dir string) {
	t.Helper()
	g.files["kimppa.yaml"] = `title: {fi: "Testiklusteri", en: "Test cluster"}
description: {fi: "Kuvaus", en: "Description"}
base_url: https://example.org/
languages: [fi, en]
repository: https://github.com/example/cluster
admins: [admin]
taxonomies:
  focus_areas:
    label: {fi: Teema-alueet, en: Focus areas}
    path: {fi: teemat, en: themes}
    terms:
      construction: {fi: Rakentaminen, en: Construction}
      plastics: {fi: Muovit, en: Plastics}
      food: {fi: Ruoka ja biokierrot, en: Food and bio-cycles}
`
	n := 2 + int(g.shape%6)
	for i := range n {
		slug := fmt.Sprintf("toimija-%d", i)
		g.actors = append(g.actors, slug)
		kb := 0
		if i == 0 {
			kb = g.bodyKB
		}
		g.entity("content/actors/"+slug+".md", fmt.Sprintf("name: %s\nkind: %s\nsummary: %s\ntags: [%s, %s]\nfocus_areas: [%s]\nmaintainers: [m%d]\n",
			yamlString(g.text(3)), g.pick(kinds), yamlString(g.text(8)+" "+g.plainExtra()), yamlString(g.word()), yamlString(g.plainExtra()),
			g.pick([]string{"construction", "plastics", "food"}), i), kb)
		if g.r.IntN(2) == 0 {
			g.files["content/actors/"+slug+".en.md"] = fmt.Sprintf("---\nname: %s\nsummary: %s\n---\n\n%s\n", yamlString(g.text(2)), yamlString(g.pick(englishes)), g.body(0))
		}
	}
	g.entity("content/services/palvelu.md", fmt.Sprintf("title: %s\nproviders: [%s]\nsummary: %s\n", yamlString(g.text(3)), strings.Join(g.actors[:1+g.r.IntN(len(g.actors))], ", "), yamlString(g.text(6))), g.bodyKB/2)
	g.entity("content/funding/rahasto.md", fmt.Sprintf("name: %s\nlevel: eu\nfunder: %s\ncalls:\n  - title: %s\n    closes: 2031-03-31\n", yamlString(g.text(2)), g.actors[0], yamlString(g.text(4))), 1)
	g.entity("content/projects/hanke.md", fmt.Sprintf("title: %s\nstatus: ongoing\nstart: 2024-01-01\nend: 2030-12-31\ncoordinator: %s\npartners: [%s]\nbudget: 150000\nfunding:\n  - source: rahasto\n    amount: 90000.5\n", yamlString(g.text(4)), g.actors[0], g.actors[len(g.actors)-1]), g.bodyKB/3)
	g.entity("content/contracts/sopimus.md", fmt.Sprintf("title: %s\ncontract_type: template\nparties: [%s]\n", yamlString(g.text(3)), g.actors[0]), 1)
	g.entity("content/pages/about.md", "title: Tietoa\n", 1)
	for name, text := range g.files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
