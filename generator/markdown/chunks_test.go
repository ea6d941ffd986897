package markdown

import (
	"strings"
	"testing"
)

// quadratic are bodies on which goldmark's work grows with the square of
// the block they stand in, each up to the 1 MB file limit.
var quadratic = map[string]string{
	"unclosed link destinations": strings.Repeat("[a](", 1<<18),
	"nested quotes":              strings.Repeat("> ", 1<<19),
	"link references":            strings.Repeat("[a]: b\n", 1<<20/7),
	"emphasis":                   strings.Repeat("*_", 1<<19),
	"underscores":                strings.Repeat("_a ", 1<<20/3),
	"one long word":              strings.Repeat("kierto", 1<<20/6),
	"long lines":                 strings.Repeat(strings.Repeat("[a](", 5000)+"\n", 50),
}

// TestGoldmarkParsesBoundedParts: whatever a body holds, goldmark parses
// it in parts of at most maxChunk bytes (a fenced code block, which it
// reads in linear time, may be longer), the parts are the body, and a
// body that fits is one part.
func TestGoldmarkParsesBoundedParts(t *testing.T) {
	bodies := map[string]string{
		"short":       "# Otsikko\n\nTeksti.\n",
		"paragraphs":  strings.Repeat("Kappale tekstiä, jossa on sanoja.\n\n", 2000),
		"fence":       "alku\n\n```go\n" + strings.Repeat("koodia\n", 3000) + "```\n\nloppu\n" + strings.Repeat("x ", 5000),
		"open fence":  strings.Repeat("a\n", 10) + "~~~\n" + strings.Repeat("koodia\n", 3000),
		"multibyte":   strings.Repeat("ä", 1<<15),
		"list":        strings.Repeat("- kohta\n", 5000),
		"blank lines": strings.Repeat("\n", 1<<15),
	}
	for name, body := range quadratic {
		bodies[name] = body
	}
	for name, body := range bodies {
		parts := chunks(body)
		if strings.Join(parts, "") != body {
			t.Errorf("%s: the parts are not the body", name)
		}
		if len(body) <= maxChunk && len(parts) != 1 {
			t.Errorf("%s: a short body is cut", name)
		}
		for i, p := range parts {
			if p == "" {
				t.Errorf("%s: part %d is empty", name, i)
			}
			if len(p) > maxChunk && !strings.Contains(p, "```") && !strings.Contains(p, "~~~") {
				t.Errorf("%s: part %d has %d bytes", name, i, len(p))
			}
			if strings.ToValidUTF8(p, "") != p {
				t.Errorf("%s: part %d cuts a character", name, i)
			}
		}
	}
	// a fence stays whole and in one part
	for _, p := range chunks(bodies["fence"]) {
		if strings.Count(p, "```")%2 != 0 {
			t.Errorf("a part cuts the fenced code block: %q…", p[:40])
		}
	}
}

// BenchmarkHTMLWorstCase is the worst body found: unclosed link
// destinations up to the file limit (hours before the body was parsed
// in parts).
func BenchmarkHTMLWorstCase(b *testing.B) {
	body := quadratic["unclosed link destinations"]
	for b.Loop() {
		HTML(body)
	}
}
