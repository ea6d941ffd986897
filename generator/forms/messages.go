package forms

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/schema"
	"github.com/kimppa/kimppa/generator/words"
)

// Messages to the member, in her words: what is wrong with her value and
// what to write instead. Their words are in the catalogue (package words,
// keys form_msg_* and form_fix_*); a value from the form is filled in last,
// so that text she wrote is never taken for a placeholder.

// quoted is v in quotes, as Go writes a string, for {value} and {line}.
func quoted(v string) string { return strconv.Quote(v) }

var (
	didYouMean = regexp.MustCompile(`did you mean "([^"]+)"`)
	dateShape  = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	takenBy    = regexp.MustCompile(`is already that of ([a-z]+/[a-z0-9-]+)`)
)

// indexed reads "providers[1]" as providers and 1 (-1 without an index).
var indexed = regexp.MustCompile(`^([a-z_]+)\[(\d+)\]`)

// valueOf is the member's own text behind a diagnostic's field: the whole
// answer, or the item of a list the field's index names.
func valueOf(raw map[string]string, field string) string {
	name, idx := field, -1
	if m := indexed.FindStringSubmatch(field); m != nil {
		name = m[1]
		idx, _ = strconv.Atoi(m[2])
	}
	if i := strings.IndexAny(name, "[."); i >= 0 {
		name = name[:i]
	}
	v := strings.TrimSpace(raw[name])
	if idx >= 0 {
		if its := items(v); idx < len(its) {
			return lastSegment(its[idx])
		}
	}
	return v
}

// explain says what is wrong with value v of field f, which the check
// reported as d, and what to write instead; ok is false when there is no
// more to say than the check's own message.
func explain(f schema.Field, v string, d diag.Diagnostic) (msg, fix fiEn, ok bool) {
	switch {
	case strings.Contains(d.Message, "missing") || strings.Contains(d.Message, "required"):
		return say("form_msg_required"), instruction(f), true
	case strings.Contains(d.Message, "unknown") && strings.Contains(d.Message, "reference"):
		fix := instruction(f)
		if m := didYouMean.FindStringSubmatch(d.Hint + " " + d.Message); m != nil {
			fix = say("form_fix_did_you_mean", "value", quoted(m[1]))
		}
		return say("form_msg_unknown_ref", "value", quoted(v)), fix, true
	}
	if v == "" {
		return fiEn{}, fiEn{}, false
	}
	switch f.Kind {
	case schema.BusinessID:
		return businessID(v, d)
	case schema.URL:
		if u, err := url.Parse(v); err == nil && u.Scheme == "" && strings.Contains(v, ".") && !strings.ContainsAny(v, " @") {
			return say("form_msg_url_scheme", "url", v), say("form_fix_url_scheme", "url", strings.TrimPrefix(v, "//")), true
		}
		return say("form_msg_url", "url", v), say("form_fix_url"), true
	case schema.Email:
		return say("form_msg_email", "email", v), say("form_fix_email"), true
	case schema.Date:
		if dateShape.MatchString(v) {
			return say("form_msg_no_such_day", "date", v), say("form_fix_date"), true
		}
		return say("form_msg_date", "date", v), say("form_fix_date"), true
	case schema.License:
		return say("form_msg_license", "license", v), instruction(f), true
	case schema.String:
		if n := len([]rune(v)); f.MaxLen > 0 && n > f.MaxLen {
			return say("form_msg_too_long", "n", strconv.Itoa(n), "max", strconv.Itoa(f.MaxLen)), say("form_fix_too_long"), true
		}
	}
	return fiEn{}, fiEn{}, false
}

func businessID(v string, d diag.Diagnostic) (msg, fix fiEn, ok bool) {
	if m := takenBy.FindStringSubmatch(d.Message); m != nil {
		return say("form_msg_id_taken", "page", m[1], "id", v), say("form_fix_id_taken"), true
	}
	p := schema.CheckBusinessID(v)
	switch {
	case p == nil:
		return fiEn{}, fiEn{}, false
	case strings.Contains(p.Message, "of the form"):
		return say("form_msg_id_shape", "id", v), say("form_fix_id"), true
	case strings.Contains(p.Message, "cannot exist"):
		return say("form_msg_id_never", "id", v), say("form_fix_id"), true
	}
	return say("form_msg_id_digit", "id", v), say("form_fix_id"), true
}

// optionsOf are a dropdown's options in each language, for a message.
func optionsOf(cfg *config.Config, f schema.Field) fiEn {
	var fi, en []string
	switch f.Kind {
	case schema.Enum, schema.EnumList:
		for _, v := range f.Values {
			fi = append(fi, words.In("fi").Enum(f.Name, v))
			en = append(en, words.In("en").Enum(f.Name, v))
		}
	case schema.Bool:
		fi, en = []string{yes.fi, no.fi}, []string{yes.en, no.en}
	case schema.Terms:
		if tax, ok := cfg.Taxonomy(f.Name); ok {
			for _, term := range tax.Terms {
				fi = append(fi, term.Label.In("fi", "fi"))
				en = append(en, term.Label.In("en", "fi"))
			}
		}
	}
	return fiEn{words.In("fi").Fill("form_fix_options", "options", strings.Join(fi, ", ")),
		words.In("en").Fill("form_fix_options", "options", strings.Join(en, ", "))}
}
