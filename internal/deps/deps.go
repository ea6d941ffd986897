//go:build tools

package deps
import (
 _ "github.com/yuin/goldmark"
 _ "github.com/adrg/frontmatter"
 _ "github.com/fsnotify/fsnotify"
 _ "github.com/blevesearch/bleve/v2"
 _ "github.com/blevesearch/bleve/v2/analysis/lang/fi"
 _ "github.com/tdewolff/minify/v2"
 _ "gopkg.in/yaml.v3"
 _ "golang.org/x/tools/txtar"
 _ "github.com/BurntSushi/toml"
 _ "github.com/rogpeppe/go-internal/testscript"
 _ "golang.org/x/sync/errgroup"
)

