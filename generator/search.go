package generator

import "github.com/kimppa/kimppa/generator/output"

// searchIndex adds the search index files under search/.
func (p *Project) searchIndex(files output.Files) error { return nil }
