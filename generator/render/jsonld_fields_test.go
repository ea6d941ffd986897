package render

import (
	"slices"
	"testing"

	"github.com/kimppa/kimppa/generator/schema"
)

// TestEveryFieldHasAJSONLDDecision keeps the JSON-LD writer fed from the
// field table: a field added to a type must be given a schema.org
// property in ldProps or be left out on purpose in ldSkip.
func TestEveryFieldHasAJSONLDDecision(t *testing.T) {
	for _, typ := range schema.Types(nil) {
		if _, ok := ldTypes[typ.Name]; !ok {
			t.Errorf("type %s has no schema.org type in ldTypes", typ.Name)
			continue
		}
		for _, f := range typ.Fields {
			_, mapped := ldProps[typ.Name][f.Name]
			_, common := ldProps[""][f.Name]
			skipped := slices.Contains(ldSkip[typ.Name], f.Name) || slices.Contains(ldSkip[""], f.Name)
			if !mapped && !common && !skipped {
				t.Errorf("%s.%s: neither in ldProps nor in ldSkip", typ.Name, f.Name)
			}
		}
	}
}
