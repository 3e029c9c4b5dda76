//go:build unix

package ingest_test

import (
	"context"
	"database/sql"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/annals-project/annals/ingest"
)

// TestCrashResume kills an ingest process with SIGKILL part way through,
// runs ingest again, and checks the database is the one an uninterrupted
// run gives: committed batches survive and nothing is stored twice.
func TestCrashResume(t *testing.T) {
	src := filepath.Join(t.TempDir(), "many.jsonl")
	write(t, src, manyArticles(400))
	want := mustOpen(t, filepath.Join(t.TempDir(), "want.db"))
	run(t, want, fakeCoder{}, ingest.Options{BatchSize: 5}, src)

	path := filepath.Join(t.TempDir(), "crash.db")
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "ANNALS_INGEST_CHILD_DB="+path, "ANNALS_INGEST_CHILD_SRC="+src)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it once some batches are committed.
	deadline := time.Now().Add(20 * time.Second)
	for {
		if n := committed(path); n >= 20 {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("child stored nothing in 20s: %s", stderr.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGKILL)
	err := cmd.Wait()
	if err == nil {
		t.Skip("the child finished before it could be killed")
	}
	db := mustOpen(t, path)
	c, _ := db.Counts(context.Background())
	if c["articles"] >= 400 {
		t.Skip("the child stored everything before it was killed")
	}
	if c["articles"]%5 != 0 {
		t.Errorf("after the kill: %d articles, want whole batches of 5", c["articles"])
	}
	t.Logf("killed after %d articles", c["articles"])
	st, _ := run(t, db, fakeCoder{}, ingest.Options{BatchSize: 5}, src)
	if st.Added != 400-c["articles"] {
		t.Errorf("resume added %d, want %d", st.Added, 400-c["articles"])
	}
	if a, b := dump(t, want), dump(t, db); a != b {
		t.Errorf("resumed database differs from an uninterrupted run:\n%s", diff(a, b))
	}
}

// committed counts the articles in the database at path, or 0 when it
// cannot be read yet. It opens the file read-only and runs no migrations:
// sqlite.Open would migrate, and a migration racing the child's own on a
// file being created made the child fail with "database is locked".
func committed(path string) int {
	if _, err := os.Stat(path); err != nil {
		return 0
	}
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(1000)")
	if err != nil {
		return 0
	}
	defer db.Close()
	var n int
	db.QueryRow(`SELECT count(*) FROM articles`).Scan(&n)
	return n
}
