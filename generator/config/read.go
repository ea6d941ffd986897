package config

import (
	"errors"
	"fmt"
	"io/fs"

	"github.com/kimppa/kimppa/generator/diag"
)

// MissingError is a site folder without kimppa.yaml: check, build, serve
// and every other command say so in these words.
type MissingError struct{ Dir string }

func (e *MissingError) Error() string {
	return fmt.Sprintf("%s has no %s: is it a kimppa site? (start one with: kimppa new site DIR)", e.Dir, FileName)
}

// Read reads and parses the kimppa.yaml of the site folder fsys (dir
// names it in messages); baseURL, when not "", overrides base_url. A
// missing file is a *MissingError; a file with errors gives diagnostics
// and a nil Config.
func Read(fsys fs.FS, dir, baseURL string) (*Config, diag.List, error) {
	data, err := fs.ReadFile(fsys, FileName)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil, &MissingError{Dir: dir}
		}
		return nil, nil, fmt.Errorf("read %s: %w", FileName, err)
	}
	cfg, diags := Parse(data)
	if cfg == nil || baseURL == "" {
		return cfg, diags, nil
	}
	if err := OverrideBaseURL(baseURL); err != nil {
		return nil, nil, err
	}
	cfg.BaseURL = baseURL
	return cfg, diags, nil
}

// OverrideBaseURL applies the rules of base_url to an address that
// overrides it (--base-url): the error says in one line what is wrong
// and what to write.
func OverrideBaseURL(s string) error {
	if msg, hint := CheckBaseURL(s); msg != "" {
		return fmt.Errorf("base URL %s; %s", msg, hint)
	}
	return nil
}
