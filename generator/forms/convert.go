package forms

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/markdown"
	"github.com/kimppa/kimppa/generator/schema"
	"gopkg.in/yaml.v3"
)

func escape(s string) string { return markdown.Escape(s) }

// handle is a GitHub user name.
var handle = regexp.MustCompile(`^[A-Za-z0-9](?:[A-Za-z0-9]|-[A-Za-z0-9]){0,38}$`)

// ValidHandle reports whether s is a GitHub user name.
func ValidHandle(s string) bool { return handle.MatchString(s) }

// convert turns a form value into a YAML node of field f. Rules that the
// check knows (dates, addresses, references) are left to it; convert only
// reads the shape: which option, a number, one item per line.
func convert(cfg *config.Config, f schema.Field, label, s string) (*yaml.Node, *Problem) {
	bad := func(msg fiEn) *Problem {
		return &Problem{Label: label, Message: msg, Fix: instruction(f)}
	}
	s = strings.TrimSpace(s)
	switch f.Kind {
	case schema.Enum, schema.Bool:
		v, ok := option(cfg, f, s)
		if !ok {
			return nil, &Problem{Label: label, Message: msgNotOption.with(s), Fix: optionsOf(cfg, f)}
		}
		if f.Kind == schema.Bool {
			return scalar(v, "!!bool"), nil
		}
		return str(v), nil
	case schema.EnumList, schema.Terms:
		var vs []string
		rest := s
		for rest != "" {
			v, n, ok := prefixOption(cfg, f, rest)
			if !ok {
				bad, _, _ := strings.Cut(rest, ",")
				return nil, &Problem{Label: label, Message: msgNotOption.with(strings.TrimSpace(bad)), Fix: optionsOf(cfg, f)}
			}
			vs = append(vs, v)
			rest = strings.TrimPrefix(strings.TrimPrefix(rest[n:], ","), " ")
		}
		return strs(vs), nil
	case schema.Money:
		clean := strings.NewReplacer(" ", "", "\u00a0", "", "€", "", "EUR", "", "eur", "").Replace(s)
		clean = strings.Replace(clean, ",", ".", 1)
		x, err := strconv.ParseFloat(clean, 64)
		if err != nil || math.IsNaN(x) || math.IsInf(x, 0) || strings.ContainsAny(clean, "xXpP_") {
			return nil, bad(fiEn{fmt.Sprintf("%q ei ole euromäärä.", s), fmt.Sprintf("%q is not an amount of euros.", s)})
		}
		// Untagged: the encoder writes a plain number, 25000 or 2.5.
		return scalar(strconv.FormatFloat(x, 'f', -1, 64), ""), nil
	case schema.Ref:
		if strings.Contains(s, "\n") {
			return nil, bad(fiEn{"Kirjoita vain yksi.", "Write only one."})
		}
		return str(lastSegment(s)), nil
	case schema.RefList, schema.Related, schema.StringList:
		var vs []string
		for _, line := range items(s) {
			switch f.Kind {
			case schema.RefList:
				line = lastSegment(line)
			case schema.StringList:
				if f.Name == "maintainers" {
					line = strings.TrimPrefix(line, "@")
					if !ValidHandle(line) {
						return nil, bad(fiEn{fmt.Sprintf("%q ei ole GitHub-tunnus.", line), fmt.Sprintf("%q is not a GitHub handle.", line)})
					}
				}
			}
			vs = append(vs, line)
		}
		return strs(vs), nil
	case schema.Objects:
		seq := &yaml.Node{Kind: yaml.SequenceNode}
		for _, line := range lines(s) {
			parts := strings.Split(line, ";")
			if len(parts) > len(f.Fields) {
				return nil, bad(fiEn{fmt.Sprintf("Rivillä %q on liian monta osaa.", line), fmt.Sprintf("The line %q has too many parts.", line)})
			}
			item := &yaml.Node{Kind: yaml.MappingNode}
			for i, p := range parts {
				p = strings.TrimSpace(p)
				if p == "" {
					continue
				}
				v, prob := convert(cfg, f.Fields[i], label, p)
				if prob != nil {
					prob.Fix = instruction(f)
					return nil, prob
				}
				item.Content = append(item.Content, str(f.Fields[i].Name), v)
			}
			seq.Content = append(seq.Content, item)
		}
		return seq, nil
	}
	// One line of text: String, Date, URL, Email, BusinessID, License.
	if strings.Contains(s, "\n") {
		return nil, bad(fiEn{"Kirjoita tämä yhdelle riville.", "Write this on one line."})
	}
	return str(s), nil
}

// option maps a dropdown's rendered label to its value; the value itself
// is accepted too.
func option(cfg *config.Config, f schema.Field, s string) (string, bool) {
	labels, values := optionLabels(cfg, f)
	for i, l := range labels {
		if s == l || s == values[i] {
			return values[i], true
		}
	}
	return "", false
}

// prefixOption reads the option whose label s starts with, followed by a
// comma or the end: GitHub joins the options of a multiple choice with ", ".
func prefixOption(cfg *config.Config, f schema.Field, s string) (string, int, bool) {
	labels, values := optionLabels(cfg, f)
	best, n := -1, 0
	for i, l := range labels {
		for _, cand := range []string{l, values[i]} {
			if strings.HasPrefix(s, cand) && (len(s) == len(cand) || s[len(cand)] == ',') && len(cand) > n {
				best, n = i, len(cand)
			}
		}
	}
	if best < 0 {
		return "", 0, false
	}
	return values[best], n, true
}

// lines splits a textarea into its non-empty lines, without list bullets.
func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		for _, bullet := range []string{"- ", "* ", "• "} {
			l = strings.TrimPrefix(l, bullet)
		}
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// items splits a list written one per line or separated by commas
// ("purku, kierrätys"), as a member writes tags.
func items(s string) []string {
	var out []string
	for _, l := range lines(s) {
		for _, it := range strings.Split(l, ",") {
			if it = strings.TrimSpace(it); it != "" {
				out = append(out, it)
			}
		}
	}
	return out
}

// lastSegment takes a slug from a page's address, or returns s.
func lastSegment(s string) string {
	s = strings.TrimSpace(s)
	if !strings.Contains(s, "/") {
		return s
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' })
	if len(parts) == 0 {
		return s
	}
	return parts[len(parts)-1]
}

func str(s string) *yaml.Node {
	n := &yaml.Node{}
	n.SetString(s)
	return n
}

func scalar(v, tag string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: v} }

func strs(vs []string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
	for _, v := range vs {
		n.Content = append(n.Content, str(v))
	}
	return n
}

// fieldOf finds the content field an element id names in t.
func fieldOf(t schema.Type, id string) (schema.Field, bool) {
	f, ok := t.Field(id)
	if !ok || skipped(f) {
		return schema.Field{}, false
	}
	return f, true
}
