package generator_test

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// allowedImports keeps data flowing one way (load → model → validate →
// render and index → write): each package may import only these of
// kimppa's own packages. A new arrow is a design decision; add it here on
// purpose, never to make a build pass.
var allowedImports = map[string][]string{
	"parallel":    {},
	"diag":        {},
	"node":        {"diag"},
	"config":      {"diag", "node", "schema"}, // schema: one rule for addresses
	"schema":      {"diag"},
	"words":       {"diag"},
	"sitefs":      {"kimppa"},
	"load":        {"diag", "node", "sitefs", "parallel"},
	"model":       {"config", "diag", "load", "node", "schema", "parallel", "words"},
	"validate":    {"config", "diag", "load", "model", "places", "schema"},
	"places":      {"diag"},
	"markdown":    {},
	"ical":        {},
	"urls":        {"config"},
	"searchindex": {"parallel", "memo", "places"},
	"memo":        {},
	"packed":      {},
	"opendata":    {"config", "markdown", "model", "schema"},
	"match":       {"config", "markdown", "model", "parallel", "places", "searchindex"},
	"render":      {"config", "ical", "load", "markdown", "match", "model", "opendata", "packed", "schema", "urls", "parallel", "words"},
	"output":      {"parallel"},
	"genfile":     {"output"},
	"owners":      {"config", "diag", "load", "markdown", "model", "node", "schema", "words"},
	"diff":        {"config", "diag", "load", "markdown", "model", "schema", "words"},
	"jsonschema":  {"config", "schema"},
	"report":      {"markdown"},
	"forms":       {"config", "diag", "load", "markdown", "schema", "words"},
	"searchdoc":   {"config", "markdown", "match", "memo", "model", "parallel", "schema", "searchindex", "urls"},
	"publish":     {"model", "output", "packed", "parallel", "render", "sitefs"},
	// the tests' loader and golden files, for the stages' tests
	"sitetest": {"config", "diag", "model", "sitefs", "validate"},
	// the façade: Load, Check and Build, each step a call into a stage listed above
	"generator": {"config", "diag", "match", "model", "output", "publish", "render", "searchdoc", "sitefs", "validate"},
	// over the façade: what commands and serve do with a loaded site
	"review":   {"generator", "diag", "diff", "load", "owners"}, // load: the one size limit of content files
	"scaffold": {"generator", "config", "diag", "forms", "genfile", "load", "model", "output", "owners", "schema", "sitefs"},
	"session":  {"generator", "config", "diag", "load", "match", "model", "output", "packed", "publish", "render", "searchdoc", "sitefs", "validate", "words"},
	"serve":    {"generator", "session", "diag", "packed"},
}

func TestPackagesImportOnlyTheLayersBelowThem(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go command not found")
	}
	const mod = "github.com/kimppa/kimppa"
	for pkg, allowed := range allowedImports {
		path := mod + "/generator/" + pkg
		if pkg == "generator" {
			path = mod + "/generator"
		}
		out, err := exec.Command("go", "list", "-f", `{{join .Imports "\n"}}`, path).Output()
		if err != nil {
			t.Fatalf("go list %s: %v", pkg, err)
		}
		for _, imp := range strings.Fields(string(out)) {
			if !strings.HasPrefix(imp, mod) {
				continue
			}
			name := strings.TrimPrefix(strings.TrimPrefix(imp, mod), "/generator/")
			if imp == mod {
				name = "kimppa"
			} else if imp == mod+"/generator" {
				name = "generator"
			}
			if !slices.Contains(allowed, name) {
				t.Errorf("generator/%s imports %s, which is not below it (allowed: %v)", pkg, name, allowed)
			}
		}
	}
}
