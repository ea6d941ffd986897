package schema_test

import (
	"flag"
	"os"
	"testing"

	"github.com/kimppa/kimppa/generator/schema"
)

var update = flag.Bool("update", false, "rewrite docs/CONTENT.md")

// TestReferenceIsCurrent keeps docs/CONTENT.md equal to what the field
// table says; run with -update after changing a field.
func TestReferenceIsCurrent(t *testing.T) {
	const file = "../../docs/CONTENT.md"
	want := schema.Reference(schema.Types([]string{"focus_areas", "business_models"}))
	if *update {
		if err := os.WriteFile(file, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("%s is stale: run go test ./generator/schema -update", file)
	}
}
