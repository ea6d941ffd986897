package model

import (
	"io/fs"

	"github.com/kimppa/kimppa/generator/config"
	"github.com/kimppa/kimppa/generator/diag"
	"github.com/kimppa/kimppa/generator/load"
	"github.com/kimppa/kimppa/generator/words"
)

// Read reads the content of the site folder fsys (load.Read) and its
// words (words.Load), and builds the model of them: the step after
// kimppa.yaml of generator.Load, and of the tests' sitetest.Load. err is
// only for failures that are not the content's fault.
func Read(fsys fs.FS, cfg *config.Config, opts Options) (*Site, diag.List, error) {
	content, diags, err := load.Read(fsys, config.Types, cfg.Languages)
	if err != nil {
		return nil, nil, err
	}
	book, found := words.Load(fsys)
	diags = append(diags, found...)
	opts.Words = book
	m, found := Build(cfg, content, opts)
	return m, append(diags, found...), nil
}
