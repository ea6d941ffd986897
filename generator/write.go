package generator

import (
	"context"
	"sync/atomic"

	"github.com/kimppa/kimppa/generator/output"
)

// writeOutput is the single place a build writes to disk: every file goes
// into a new folder as soon as it is rendered, and the folder replaces dir
// only when all of them are written.
func writeOutput(ctx context.Context, p *Project, dir string) (int, error) {
	d, err := output.Create(dir)
	if err != nil {
		return 0, err
	}
	var n atomic.Int64
	err = p.RenderTo(ctx, func(name string, data []byte) error {
		n.Add(1)
		return d.Add(name, data)
	})
	if err != nil {
		d.Abort()
		return 0, err
	}
	return int(n.Load()), d.Commit()
}
