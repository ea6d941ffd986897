package schema

import (
	"fmt"
	"strconv"
	"strings"
)

// newNames are the placeholder names of new entities: members editing
// on GitHub see them first, so they are in Finnish, the default language.
var newNames = map[string]string{
	"actors": "Uusi toimija", "services": "Uusi palvelu", "projects": "Uusi hanke",
	"contracts": "Uusi sopimus", "funding": "Uusi rahoituslähde", "challenges": "Uusi haaste", "pages": "Uusi sivu",
}

// Skeleton returns a valid new file of type t: the required fields filled
// with placeholders, the optional ones listed as comments. example gives
// an existing slug of a type, for required references.
func Skeleton(t Type, name string, example func(typ string) string) string {
	if name == "" {
		name = newNames[t.Name]
	}
	var b strings.Builder
	b.WriteString("---\n")
	for _, f := range t.Fields {
		if !f.Required {
			continue
		}
		switch {
		case f.Name == t.TitleField:
			fmt.Fprintf(&b, "%s: %s\n", f.Name, strconv.Quote(name))
		case f.Kind == Enum:
			fmt.Fprintf(&b, "%s: %s  # %s\n", f.Name, f.Values[0], strings.Join(f.Values, " | "))
		case f.Kind == RefList:
			fmt.Fprintf(&b, "%s: [%s]  # slugs of %s\n", f.Name, example(f.RefType), f.RefType)
		case f.Kind == Ref:
			fmt.Fprintf(&b, "%s: %s  # slug of %s\n", f.Name, example(f.RefType), f.RefType)
		default:
			fmt.Fprintf(&b, "%s: \"\"\n", f.Name)
		}
	}
	b.WriteString("summary: \"\"  # one line, at most 300 characters\n")
	var optional []string
	for _, f := range t.Fields {
		if !f.Required && f.Name != "summary" {
			optional = append(optional, f.Name)
		}
	}
	fmt.Fprintf(&b, "# more fields: %s\n", strings.Join(optional, ", "))
	b.WriteString("---\n\nKirjoita tähän kuvaus. / Write the description here.\n")
	return b.String()
}
