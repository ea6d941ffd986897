package schema

import (
	"regexp"
	"testing"
)

var ldProperty = regexp.MustCompile(`^[a-z][A-Za-z]*$`)

// TestEveryFieldSaysItsJSONLDProperty: each field of a type names the
// schema.org property it gives its entity, or says NoLD, so that the
// JSON-LD writer needs no table of its own and a new field is decided
// where it is added.
func TestEveryFieldSaysItsJSONLDProperty(t *testing.T) {
	for _, typ := range Types([]string{"focus_areas"}) {
		for _, f := range typ.Fields {
			if f.LD != NoLD && !ldProperty.MatchString(f.LD) {
				t.Errorf("%s.%s: LD %q; give its schema.org property (e.g. LD: \"foundingDate\") or LD: NoLD", typ.Name, f.Name, f.LD)
			}
		}
	}
}
