package main

import (
	"context"
	"flag"
	"io"

	"github.com/kimppa/kimppa/generator/serve"
)

func init() {
	commands["serve"] = command{
		usage: "serve [--source DIR] [--addr 127.0.0.1:1313] [--drafts] [-q]",
		brief: "preview the site, rebuilding and reloading the browser on every save",
		run:   runServe,
	}
}

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var o serve.Options
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.StringVar(&o.Source, "source", ".", "the site directory")
	addr := fs.String("addr", serve.DefaultAddr, "the address to listen on; another host than 127.0.0.1 opens the preview to the network")
	fs.BoolVar(&o.Drafts, "drafts", false, "publish drafts too")
	fs.BoolVar(&o.Quiet, "q", false, "print no progress")
	pos, ok := parse(fs, args, stderr)
	if !ok {
		return exitUsage
	}
	if len(pos) > 0 {
		return usageError(stderr, "serve", "unexpected argument %q", pos[0])
	}
	ln, err := serve.Listen(*addr)
	if err != nil {
		return failure(stderr, "serve", err)
	}
	o.Log = stderr
	if err := serve.Run(ctx, ln, o); err != nil {
		return failure(stderr, "serve", err)
	}
	return exitOK
}
