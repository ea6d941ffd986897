// Package report writes the one comment that every pull request gets and
// that is edited in place on each push and review: what the change does
// in words (kimppa diff, Finnish with English folded in), the problems the
// check found with their files and lines, and who still has to approve
// (kimppa owners check).
//
// The summary and the check's results come from the pull request's own
// run, so they are untrusted data: sizes are capped, the check's JSON is
// decoded and written again here with every value escaped, and nothing can
// forge the comment's marker or mention people.
package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"github.com/kimppa/kimppa/generator/markdown"
)

// Marker is the hidden line by which the workflow finds the comment.
const Marker = "<!-- kimppa-report -->"

// Limits, in bytes. GitHub takes comments of up to 65,536 characters.
const (
	MaxComment  = 60000
	MaxSummary  = 20000 // each language of the change's summary
	MaxOwners   = 10000
	MaxProblems = 50 // problems listed; the rest are counted
)

// Input are the parts of the comment. A nil part was not available.
type Input struct {
	DiffFi, DiffEn []byte // kimppa diff --lang fi / en (untrusted)
	Check          []byte // kimppa check --format json (untrusted)
	Owners         []byte // kimppa owners check --format markdown (trusted)
	Run            string // address of the check's run, for "see the run"
}

// problem is one diagnostic of kimppa check --format json.
type problem struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Col      int    `json:"col"`
	Severity string `json:"severity"`
	Field    string `json:"field"`
	Message  string `json:"message"`
	Hint     string `json:"hint"`
}

// Comment writes the comment.
func Comment(in Input) []byte {
	var b strings.Builder
	b.WriteString(Marker + "\n")
	if in.DiffFi == nil && in.DiffEn == nil {
		b.WriteString("## Muutos sanoin / The change in words\n\n")
		b.WriteString("Yhteenvetoa ei saatu; katso tarkistuksen ajo. / The summary is missing; see the check's run.\n")
	} else { // kimppa diff has its own headings
		b.WriteString(untrusted(in.DiffFi, MaxSummary))
		b.WriteString("\n\n<details><summary>In English</summary>\n\n")
		b.WriteString(untrusted(in.DiffEn, MaxSummary))
		b.WriteString("\n\n</details>\n")
	}
	b.WriteString("\n## Tarkistus / Check\n\n")
	problems(&b, in.Check, in.Run)
	b.WriteString("\n")
	if in.Owners == nil {
		b.WriteString("## Hyväksyjät / Approvals\n\nHyväksyjiä ei saatu selville; katso Ownership-tarkistus. / Who must approve could not be worked out; see the Ownership check.\n")
	} else {
		b.WriteString(capText(strings.TrimSpace(strings.ToValidUTF8(string(in.Owners), "�")), MaxOwners))
		b.WriteString("\n")
	}
	b.WriteString("\n<sub>Tämä kommentti päivittyy jokaisen muutoksen ja katselmoinnin jälkeen. / This comment is updated on every push and review.</sub>\n")
	out := b.String()
	if len(out) > MaxComment {
		out = capText(out, MaxComment) + "\n"
	}
	return []byte(out)
}

func problems(b *strings.Builder, data []byte, run string) {
	var ps []problem
	if data == nil || json.Unmarshal(bytes.TrimSpace(data), &ps) != nil {
		b.WriteString("Tarkistuksen tuloksia ei saatu; katso tarkistuksen ajo. / The check's results are missing; see the check's run.")
		if run != "" {
			fmt.Fprintf(b, " %s", markdown.Escape(run))
		}
		b.WriteString("\n")
		return
	}
	errs, warns := 0, 0
	for _, p := range ps {
		if p.Severity == "error" {
			errs++
		} else {
			warns++
		}
	}
	switch {
	case errs == 0 && warns == 0:
		b.WriteString("✅ Tarkistus ei löytänyt ongelmia. / The check found no problems.\n")
		return
	case errs == 0:
		fmt.Fprintf(b, "✅ Ei virheitä; %d varoitusta. / No errors; %d warning(s).\n\n", warns, warns)
	case errs == 1:
		b.WriteString("❌ **1 virhe on korjattava ennen julkaisua.** Se näkyy myös muutetuissa tiedostoissa (Files changed) rivillään. / **1 error to fix before publishing.** It also shows in \"Files changed\" on its line.\n\n")
	default:
		fmt.Fprintf(b, "❌ **%d virhettä on korjattava ennen julkaisua.** Ne näkyvät myös muutetuissa tiedostoissa (Files changed) rivillään. / **%d errors to fix before publishing.** They also show in \"Files changed\" on their lines.\n\n", errs, errs)
	}
	for i, p := range ps {
		if i == MaxProblems {
			fmt.Fprintf(b, "- … %d lisää / %d more\n", len(ps)-i, len(ps)-i)
			break
		}
		mark := "❌"
		if p.Severity != "error" {
			mark = "⚠️"
		}
		pos := p.File
		if p.Line > 0 {
			pos = fmt.Sprintf("%s:%d", p.File, p.Line)
		}
		fmt.Fprintf(b, "- %s %s: %s", mark, markdown.Code(capText(pos, 300)), markdown.Escape(capText(p.Message, 1000)))
		if p.Hint != "" {
			fmt.Fprintf(b, " — %s", markdown.Escape(capText(p.Hint, 1000)))
		}
		b.WriteString("\n")
	}
}

// mention is an @ that GitHub would read as a mention or a team.
var mention = regexp.MustCompile(`(^|[^\\\w])@`)

// untrusted makes Markdown from the pull request's run safe to post: at
// most max bytes, valid UTF-8, no comment marker, no HTML comments that
// could hide text, and no @mentions.
func untrusted(data []byte, max int) string {
	if data == nil {
		return "—"
	}
	s := strings.Map(func(r rune) rune {
		if r < ' ' && r != '\n' && r != '\t' || r == 0x7f {
			return -1 // control characters, NUL among them
		}
		return r
	}, strings.ToValidUTF8(string(data), "�"))
	s = capText(strings.TrimSpace(s), max)
	s = strings.NewReplacer("<!--", "&lt;!--", "-->", "--&gt;").Replace(s)
	return mention.ReplaceAllString(s, "$1&#64;")
}

// capText cuts s to at most max bytes at a line end (or a rune boundary),
// and says so.
func capText(s string, max int) string {
	if len(s) <= max {
		return s
	}
	const more = "\n\n… (lyhennetty / shortened)"
	cut := max - len(more)
	for cut > 0 && !utf8Start(s[cut]) {
		cut--
	}
	if i := strings.LastIndexByte(s[:cut], '\n'); i > cut/2 {
		cut = i
	}
	return s[:cut] + more
}

func utf8Start(c byte) bool { return c&0xC0 != 0x80 }
