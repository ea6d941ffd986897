package markdown

import (
	"fmt"
	"html"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// tricky are inputs that try to get script into the page. They seed the
// fuzz target too.
var tricky = []string{
	"<script>alert(1)</script>",
	"<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
	"<scr<script>ipt>alert(1)</script>",
	"text <script>alert(1)</script> more",
	"<img src=x onerror=alert(1)>",
	"<a href=\"javascript:alert(1)\">x</a>",
	"<svg onload=alert(1)>",
	"<iframe src=\"https://evil.example/\"></iframe>",
	"<!-- <script>alert(1)</script> -->",
	"<![CDATA[<script>alert(1)</script>]]>",
	"<?php echo 1 ?>",
	"<style>body{background:url(javascript:alert(1))}</style>",
	"[x](javascript:alert(1))",
	"[x](JaVaScRiPt:alert(1))",
	"[x]( javascript:alert(1) )",
	"[x](<javascript:alert(1)>)",
	"[x](java\tscript:alert(1))",
	"[x](java&#x09;script:alert(1))",
	"[x](java&Tab;script:alert(1))",
	"[x](&#106;avascript:alert(1))",
	"[x](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))",
	"[x](javascript&colon;alert(1))",
	"[x](javascript&#X3A;alert(1))",
	"[x](file&#x3a;///etc/passwd)",
	"[](0&#X3A;)",
	"[x](javascript\\:alert(1))",
	"![a](logo&#46;svg)",
	"[x](java%0Ascript:alert(1))",
	"[x](\x01javascript:alert(1))",
	"[x](java\u200bscript:alert(1))",
	"[x](vbscript:msgbox(1))",
	"[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
	"[x](//evil.example/)",
	"[x][r]\n\n[r]: javascript:alert(1)",
	"[x][r]\n\n[r]: <javascript:alert(1)> \"title\"",
	"<javascript:alert(1)>",
	"<JAVASCRIPT:alert(1)>",
	"![a](javascript:alert(1))",
	"![a](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
	"![a](logo.svg)",
	"![a](https://evil.example/logo.SVG?x=1)",
	"![a](logo.png \"t\\\" onerror=alert(1) x=\\\"\")",
	"[a](https://example.org \"t\\\" onmouseover=alert(1) x=\\\"\")",
	"[a](https://example.org/\"onmouseover=\"alert(1))",
	"https://example.org/\"onmouseover=\"alert(1)",
	"www.example.org/<script>",
	"`<script>alert(1)</script>`",
	"```html\n<script>alert(1)</script>\n```",
	"    <script>alert(1)</script>",
	"| a | b |\n|---|---|\n| <script>alert(1)</script> | [x](javascript:alert(1)) |",
	"> <img src=x onerror=alert(1)>",
	"* [x](javascript:alert(1))\n* <b onclick=alert(1)>b</b>",
	"# <script>alert(1)</script>",
	"~~<script>~~",
	"&lt;script&gt;alert(1)&lt;/script&gt;",
	"&#60;script&#62;",
	"[<script>](https://example.org/)",
	"[x](https://example.org/?onload=1&q=javascript:1)",
	"javascript:alert(1)",
}

// checkSafe fails when out could run script in a browser: a script tag,
// a tag that is not one goldmark writes for Markdown, an event handler
// attribute, or a URL attribute whose scheme, as a browser reads it
// (entities decoded, whitespace and control characters dropped), is not
// http, https, mailto or relative. Text between tags may mention
// "javascript:" harmlessly; goldmark escapes every "<" in text, so each
// "<" in the output starts a tag.
func checkSafe(t *testing.T, in, out string) {
	t.Helper()
	if strings.Contains(strings.ToLower(out), "<script") {
		t.Fatalf("HTML(%q) contains <script:\n%s", in, out)
	}
	for rest := out; ; {
		i := strings.IndexByte(rest, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(rest[i:], '>')
		if j < 0 {
			t.Fatalf("HTML(%q) has an unclosed tag:\n%s", in, out)
		}
		checkTag(t, in, rest[i+1:i+j])
		rest = rest[i+j+1:]
	}
}

var (
	allowedTags = regexp.MustCompile(`^/?(p|a|img|em|strong|code|pre|h[1-6]|ul|ol|li|blockquote|hr|br|table|thead|tbody|tr|th|td|del)$`)
	attribute   = regexp.MustCompile(`^\s+([a-zA-Z-]+)(?:="([^"]*)")?`)
	eventAttr   = regexp.MustCompile(`(?i)^on[a-z]+$`)
)

func checkTag(t *testing.T, in, tag string) {
	t.Helper()
	tag = strings.TrimSuffix(tag, " /")
	name, attrs, _ := strings.Cut(tag, " ")
	if !allowedTags.MatchString(name) {
		t.Fatalf("HTML(%q) writes a <%s> tag", in, tag)
	}
	if attrs == "" {
		return
	}
	attrs = " " + attrs
	for attrs != "" {
		m := attribute.FindStringSubmatch(attrs)
		if m == nil {
			t.Fatalf("HTML(%q): cannot read the attributes of <%s>", in, tag)
		}
		attrs = attrs[len(m[0]):]
		key, val := strings.ToLower(m[1]), html.UnescapeString(m[2])
		if eventAttr.MatchString(key) {
			t.Fatalf("HTML(%q) writes an event handler: <%s>", in, tag)
		}
		switch key {
		case "href", "src":
			if scheme := browserScheme(val); scheme != "" && scheme != "http" && scheme != "https" && scheme != "mailto" {
				t.Fatalf("HTML(%q) writes a %s: URL: <%s>", in, scheme, tag)
			}
		case "title", "alt", "rel", "loading", "id", "class", "start", "align", "style":
		default:
			t.Fatalf("HTML(%q) writes an unexpected attribute %q: <%s>", in, key, tag)
		}
		if key == "style" {
			t.Fatalf("HTML(%q) writes a style attribute: <%s>", in, tag)
		}
	}
}

// browserScheme is the scheme of a URL as a browser parses it: leading
// and inner whitespace and control characters are ignored.
func browserScheme(u string) string {
	u = strings.Map(func(r rune) rune {
		if r <= 0x20 || r == 0x7f || unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, u)
	i := strings.IndexByte(u, ':')
	if i < 0 || strings.ContainsAny(u[:i], "/?#") {
		return ""
	}
	return strings.ToLower(u[:i])
}

func TestHTMLNeverRendersScript(t *testing.T) {
	for _, in := range tricky {
		checkSafe(t, in, HTML(in))
	}
}

func TestHTMLDropsUnsafeLinksButKeepsTheirText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"[lue lisää](javascript:alert(1))", "<p>lue lisää</p>\n"},
		{"[x](vbscript:msgbox(1))", "<p>x</p>\n"},
		{"[x](//evil.example/)", "<p>x</p>\n"},
		{"![logo](logo.svg)", "<p>logo</p>\n"},
		{"![a](data:image/png;base64,AAAA)", "<p>a</p>\n"},
		// A character reference is resolved before the URL is judged,
		// as goldmark resolves it when writing the link.
		{"[x](file&#x3A;///etc/passwd)", "<p>x</p>\n"},
		{"[x](tel&#58;+358401234567)", "<p>x</p>\n"},
		{"![a](logo&#46;svg)", "<p>a</p>\n"},
		{"<b>lihava</b> teksti", "<p>lihava teksti</p>\n"},
		{"<div>\nlohko\n</div>", ""},
	} {
		if got := HTML(tc.in); got != tc.want {
			t.Errorf("HTML(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestHTMLKeepsSafeLinks(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"[VTT](https://www.vtt.fi/)", `<p><a href="https://www.vtt.fi/" rel="noopener noreferrer">VTT</a></p>` + "\n"},
		{"[Syke](http://syke.fi)", `<p><a href="http://syke.fi" rel="noopener noreferrer">Syke</a></p>` + "\n"},
		{"[posti](mailto:info@example.fi)", `<p><a href="mailto:info@example.fi">posti</a></p>` + "\n"},
		{"[palvelut](/palvelut/)", `<p><a href="/palvelut/">palvelut</a></p>` + "\n"},
		{"[liite](sopimus.pdf)", `<p><a href="sopimus.pdf">liite</a></p>` + "\n"},
		{"[haku](?q=muovi)", `<p><a href="?q=muovi">haku</a></p>` + "\n"},
		{"![kuva](kuva.png)", `<p><img src="kuva.png" alt="kuva" loading="lazy"></p>` + "\n"},
		{"https://www.hel.fi/", `<p><a href="https://www.hel.fi/" rel="noopener noreferrer">https://www.hel.fi/</a></p>` + "\n"},
		{"info@example.fi", `<p><a href="mailto:info@example.fi">info@example.fi</a></p>` + "\n"},
	} {
		if got := HTML(tc.in); got != tc.want {
			t.Errorf("HTML(%q) =\n%q, want\n%q", tc.in, got, tc.want)
		}
	}
}

func TestHTMLHeadingsStartAtH2(t *testing.T) {
	for level := 1; level <= 6; level++ {
		in := strings.Repeat("#", level) + " Otsikko"
		want := fmt.Sprintf("<h%d", min(level+1, 6))
		if got := HTML(in); !strings.HasPrefix(got, want) {
			t.Errorf("HTML(%q) = %q, want it to start with %s", in, got, want)
		}
	}
}

func TestHTMLEscapesTitles(t *testing.T) {
	got := HTML(`[a](https://example.org "t\" onmouseover=alert(1) x=\"")`)
	if !strings.Contains(got, `title="t&quot; onmouseover=alert(1) x=&quot;"`) {
		t.Errorf("title not escaped: %s", got)
	}
	checkSafe(t, "title", got)
}

func TestSafeURL(t *testing.T) {
	for _, tc := range []struct {
		url string
		ok  bool
	}{
		{"https://example.org/", true},
		{"HTTP://EXAMPLE.ORG/", true},
		{"mailto:info@example.fi", true},
		{"/toimijat/vtt/", true},
		{"../vtt/", true},
		{"logo.png", true},
		{"#osio", true},
		{"?q=muovi", true},
		{"", true},
		{"javascript:alert(1)", false},
		{" javascript:alert(1)", false},
		{"java\tscript:alert(1)", false},
		{"java\nscript:alert(1)", false},
		{"\x00javascript:alert(1)", false},
		{"JAVASCRIPT:alert(1)", false},
		{"vbscript:x", false},
		{"data:text/html,x", false},
		{"file:///etc/passwd", false},
		{"ftp://example.org/", false},
		{"//evil.example/", false},
		{" //evil.example/", false},
		{"tel:+358401234567", false},
	} {
		if got := SafeURL(tc.url); got != tc.ok {
			t.Errorf("SafeURL(%q) = %v, want %v", tc.url, got, tc.ok)
		}
	}
}

func TestTextIsThePlainWords(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"# Otsikko\n\nKappale *korostettu* ja **vahva**.", "Otsikko Kappale korostettu ja vahva."},
		{"[linkki](https://example.org/) ja `koodi`", "linkki ja koodi"},
		{"<script>alert(1)</script>\n\nteksti <b>lihava</b>", "teksti lihava"},
		{"- yksi\n- kaksi\n\n| a | b |\n|---|---|\n| c | d |", "yksi kaksi a b c d"},
		{"rivi\nrivi", "rivi rivi"},
		{"https://www.hel.fi/", "https://www.hel.fi/"},
		{"", ""},
	} {
		if got := Text(tc.in); got != tc.want {
			t.Errorf("Text(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestPlainTextKeepsLinesAndDropsWhatThePageDrops(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"# Otsikko\n\nKappale *korostettu*\nja **vahva**.", "Otsikko\n\nKappale korostettu\nja vahva."},
		{"eka\r\n\r\ntoka\rrivi\r\n", "eka\n\ntoka\nrivi"},
		{"<script>alert(1)</script>\n\nteksti <b>lihava</b> <img src=x onerror=alert(1)>", "teksti lihava"},
		{"[x](javascript:alert(1)) ja <iframe src=\"https://evil.example/\"></iframe>", "x ja"},
		{"- yksi\n- kaksi\n\nloppu", "yksi\nkaksi\n\nloppu"},
		{"| a | b |\n|---|---|\n| c | d |", "a\tb\nc\td"},
		{"```\r\nkoodi <script>\r\n```", "koodi <script>"},
		{"", ""},
	} {
		if got := PlainText(tc.in); got != tc.want {
			t.Errorf("PlainText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestHTMLHasLFLineEndings(t *testing.T) {
	for _, in := range []string{"a\r\nb\r\n\r\n```\r\ncode\r\n```\r\n", "a\rb\r\rc"} {
		if got := HTML(in); strings.Contains(got, "\r") {
			t.Errorf("HTML(%q) = %q, has a CR", in, got)
		}
	}
	if got, want := HTML("a\rb\r\rc"), HTML("a\nb\n\nc"); got != want {
		t.Errorf("a lone CR is not a line ending: %q, want %q", got, want)
	}
}

// FuzzMarkdownNoScript renders any Markdown: the HTML must never carry
// script (see checkSafe), and neither HTML nor Text may panic.
func FuzzMarkdownNoScript(f *testing.F) {
	for _, s := range tricky {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		checkSafe(t, in, HTML(in))
		_ = Text(in)
		if p := PlainText(in); strings.Contains(p, "\r") {
			t.Errorf("PlainText(%q) = %q, has a CR", in, p)
		}
	})
}
