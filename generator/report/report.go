// Package report writes the one comment that every pull request gets and
// that is edited in place on each push and review: what the change does
// in words (kimppa diff, Finnish with English folded in), the problems the
// check found with their files and lines, and who still has to approve
// (kimppa owners check).
//
// Every part is computed by the base branch's kimppa in the trusted
// report workflow, from the pull request's files taken as data; nothing of
// the pull request's own run is used, and the comment says so. The parts
// still carry what content says (names, values, file names), so each is
// guarded as text that must change no structure of the comment: sizes are
// capped, the check's JSON is decoded and written again here with every
// value escaped, raw HTML is shown as text (no closing </details>, no
// images), and nothing can forge the comment's marker or mention people.
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
	DiffFi, DiffEn []byte // kimppa diff --lang fi / en
	Check          []byte // kimppa check --format json
	Owners         []byte // kimppa owners check --format markdown
	Run            string // address of the check's run, for "see the run"
	Base, Head     string // the commits of the kimppa that computed the parts and of the files it read
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
	source(&b, in.Base, in.Head)
	if in.DiffFi == nil && in.DiffEn == nil {
		b.WriteString("## Muutos sanoin / The change in words\n\n")
		b.WriteString("Yhteenvetoa ei saatu laskettua; katso Report-työnkulun loki. / The summary could not be computed; see the Report workflow's log.\n")
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
		b.WriteString(guard(in.Owners, MaxOwners, false))
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
		b.WriteString("Tarkistusta ei saatu ajettua; katso tarkistuksen ajo. / The check could not be run here; see the check's run.")
		if runURL.MatchString(run) {
			fmt.Fprintf(b, " [%s](%s)", "Ajo / Run", run)
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
		fmt.Fprintf(b, "- %s %s: %s", mark, markdown.Code(plain(pos, 300)), markdown.Escape(plain(p.Message, 1000)))
		if p.Hint != "" {
			fmt.Fprintf(b, " — %s", markdown.Escape(plain(p.Hint, 1000)))
		}
		b.WriteString("\n")
	}
}

// runURL is the address of a workflow run: the one link the comment makes.
var runURL = regexp.MustCompile(`^https://[A-Za-z0-9.-]+/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/actions/runs/[0-9]+$`)

// commit is a full commit id, shown by its first 7 characters.
var commit = regexp.MustCompile(`^[0-9a-f]{40}$`)

// source says where the comment's parts come from.
func source(b *strings.Builder, base, head string) {
	short := func(c string) string {
		if commit.MatchString(c) {
			return " " + markdown.Code(c[:7])
		}
		return ""
	}
	fmt.Fprintf(b, "<sub>Kaikki alla on laskettu perushaaran kimppalla%s pull requestin tiedostoista%s; pull requestin omaa ajoa ei käytetä. / Everything below was computed by the base branch's kimppa%s from the pull request's files%s; nothing of the pull request's own run is used.</sub>\n\n",
		short(base), short(head), short(base), short(head))
}

// mention is an @ that GitHub would read as a mention or a team.
var mention = regexp.MustCompile(`(^|[^\\\w])@`)

// untrusted is guard for a part that may not mention anyone, or "—".
func untrusted(data []byte, max int) string {
	if data == nil {
		return "—"
	}
	return guard(data, max, true)
}

// guard makes Markdown that carries content's words safe to post: at
// most max bytes, valid UTF-8, no control or bidi characters, no comment
// marker, no raw HTML (every '<' that Markdown would read as a tag or a
// comment is shown as text, so no </details>, <img> or hidden comment),
// no links or images (every '[' and bare address stays text), and no
// @mentions unless kimppa's own (the owners' verdict names who must
// approve). kimppa diff and owners check escape content already; this
// holds whatever a part carries.
func guard(data []byte, max int, noMentions bool) string {
	s := strings.Map(func(r rune) rune {
		if r < ' ' && r != '\n' && r != '\t' || r >= 0x7f && r < 0xa0 || isBidi(r) {
			return -1 // control characters, NUL among them, and bidi controls
		}
		return r
	}, strings.ToValidUTF8(string(data), "�"))
	s = capText(inert(strings.TrimSpace(s)), max)
	if noMentions {
		s = mention.ReplaceAllString(s, "$1&#64;")
	}
	return s
}

// plain is a value of the check's results as one line of at most max
// bytes, without control or bidi characters.
func plain(s string, max int) string {
	return capText(strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return ' '
		}
		if r < ' ' || r >= 0x7f && r < 0xa0 || isBidi(r) {
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, "�")), max)
}

// isBidi reports the characters that reorder text as it is shown.
func isBidi(r rune) bool {
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f || r == 0x061c
}

// inert writes every markup character that is not escaped with a
// backslash as text: '<' as &lt; (raw HTML, comments), '[' as \[ (links,
// images), the ':' of "://" and the '.' of "www." (bare addresses), and
// the '>' of "-->".
func inert(s string) string {
	var b strings.Builder
	slashes := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		free := slashes%2 == 0
		switch {
		case free && c == '<':
			b.WriteString("&lt;")
		case free && c == '>' && strings.HasSuffix(s[:i], "--"):
			b.WriteString("&gt;")
		case free && (c == '[' || c == ':' && strings.HasPrefix(s[i+1:], "//") || c == '.' && i >= 3 && strings.EqualFold(s[i-3:i], "www")):
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
		if c == '\\' {
			slashes++
		} else {
			slashes = 0
		}
	}
	return b.String()
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
