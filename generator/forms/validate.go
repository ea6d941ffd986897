package forms

import (
	"fmt"
	"regexp"
	"strings"
)

// GitHub's rules for issue forms ("Syntax for issue forms" and "Common
// validation errors when creating issue forms" in GitHub's documentation):
// a form that breaks one is not offered to members at all, so kimppa
// forms refuses to write it.
var (
	formID     = regexp.MustCompile(`^[a-zA-Z0-9_-]+$`)
	inputTypes = map[string]bool{"markdown": true, "textarea": true, "input": true, "dropdown": true, "checkboxes": true}
	// oldBools are strings YAML 1.1 reads as booleans: GitHub refuses
	// them where it expects text (kimppa's encoder quotes them, but a
	// hand-edited form might not).
	oldBools = map[string]bool{"y": true, "yes": true, "n": true, "no": true, "true": true, "false": true, "on": true, "off": true}
)

// Validate lists the ways form f breaks GitHub's rules, as messages that
// name the element; none when GitHub accepts it.
func Validate(f Form) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	blank := func(s string) bool { return strings.TrimSpace(s) == "" }
	if blank(f.Name) {
		bad("the form has no name")
	}
	if blank(f.Description) {
		bad("the form has no description")
	}
	if len(f.Body) == 0 {
		bad("the form has no body")
	}
	ids, labels := map[string]bool{}, map[string]bool{}
	fields := 0
	for i, e := range f.Body {
		at := fmt.Sprintf("body[%d]", i)
		if e.ID != "" {
			at += " (" + e.ID + ")"
		}
		if !inputTypes[e.Type] {
			bad("%s: %q is not a type of form element", at, e.Type)
			continue
		}
		if e.Type == "markdown" {
			if blank(e.Attributes.Value) {
				bad("%s: a markdown element needs a value", at)
			}
			if e.ID != "" || e.Validations != nil {
				bad("%s: a markdown element takes no id or validations", at)
			}
			continue
		}
		fields++
		if e.ID != "" {
			if !formID.MatchString(e.ID) {
				bad("%s: an id may only have letters a-z and A-Z, digits, - and _", at)
			}
			if ids[strings.ToLower(e.ID)] {
				bad("%s: the id is used twice", at)
			}
			ids[strings.ToLower(e.ID)] = true
		}
		l := strings.TrimSpace(e.Attributes.Label)
		switch {
		case l == "":
			bad("%s: the element has no label", at)
		case labels[strings.ToLower(l)]:
			bad("%s: the label %q is used twice", at, l)
		}
		labels[strings.ToLower(l)] = true
		out = append(out, validateOptions(at, e)...)
	}
	if len(f.Body) > 0 && fields == 0 {
		bad("the form has no field besides markdown")
	}
	return out
}

func validateOptions(at string, e Element) []string {
	var out []string
	switch e.Type {
	case "dropdown":
		if len(e.Attributes.Options) == 0 {
			out = append(out, at+": a dropdown needs options")
		}
		seen := map[string]bool{}
		for _, o := range e.Attributes.Options {
			s, ok := o.(string)
			switch {
			case !ok || strings.TrimSpace(s) == "":
				out = append(out, fmt.Sprintf("%s: the option %v is not a non-empty text", at, o))
			case strings.EqualFold(strings.TrimSpace(s), "none"):
				out = append(out, fmt.Sprintf("%s: the option %q is GitHub's reserved word None", at, s))
			case oldBools[strings.ToLower(s)]:
				out = append(out, fmt.Sprintf("%s: the option %q reads as a yes/no value", at, s))
			case seen[s]:
				out = append(out, fmt.Sprintf("%s: the option %q is given twice", at, s))
			}
			seen[s] = true
		}
	case "checkboxes":
		if len(e.Attributes.Options) == 0 {
			out = append(out, at+": checkboxes need options")
		}
		for _, o := range e.Attributes.Options {
			m, ok := o.(map[string]any)
			if l, _ := m["label"].(string); !ok || strings.TrimSpace(l) == "" {
				out = append(out, at+": every checkbox needs a label")
			}
		}
	default:
		if len(e.Attributes.Options) > 0 {
			out = append(out, fmt.Sprintf("%s: a %s takes no options", at, e.Type))
		}
	}
	return out
}

// Problems lists the ways the file as written breaks GitHub's rules for
// issue forms: it is read back first, so a value the encoder wrote in a
// way GitHub reads differently is caught too.
func (f File) Problems() []string {
	form, err := ReadForm(f.Data)
	if err != nil {
		return []string{err.Error()}
	}
	return Validate(*form)
}
