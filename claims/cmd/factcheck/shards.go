package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/factcheck/factcheck/claims/match"
)

// writeShards writes ix as a sharded index in dir (match.WriteShards): in
// a new folder beside it, which then takes dir's place, so that a build
// that fails leaves the last one whole.
func writeShards(ix *match.Index, dir string, stdout, stderr io.Writer) error {
	dir = filepath.Clean(dir)
	// Never replace a folder of something else.
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		if _, err := os.Stat(filepath.Join(dir, "index.json")); err != nil {
			return fmt.Errorf("shards: %s is a folder of other files, not a sharded index: give a new folder", dir)
		}
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), "."+filepath.Base(dir)+"-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	made := map[string]bool{}
	stats, err := match.WriteShards(ix, func(name string, data []byte) error {
		path := filepath.Join(tmp, filepath.FromSlash(name))
		if d := filepath.Dir(path); !made[d] {
			if err := os.MkdirAll(d, 0o755); err != nil {
				return err
			}
			made[d] = true
		}
		return os.WriteFile(path, data, 0o644)
	}, match.ShardOptions{Progress: newProgress(stderr, "writing shards").update})
	if err != nil {
		return fmt.Errorf("shards: %w", err)
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	if err := os.Rename(tmp, dir); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s: a sharded index of %d claims, %d files, %d bytes\n", dir, ix.Claims(), stats.Files, stats.Bytes)
	return nil
}
