//go:build wasm

package app

import (
	"fmt"
	"io"
	"net/http"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/factcheck/factcheck/claims"
)

// loadDB fetches the claims database the page was deployed with (cached
// by the service worker, so it loads offline too).
func loadDB(ctx goapp.Context) (*claims.DB, error) {
	origin := goapp.Window().Get("location").Get("origin").String()
	url := origin + ctx.ResolveStaticResource(DBPath)
	resp, err := http.Get(url)
	if err != nil {
		return nil, fmt.Errorf("load claims db %s: %w", DBPath, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("load claims db %s: %s", DBPath, resp.Status)
	}
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("load claims db %s: %w", DBPath, err)
	}
	db, err := claims.Decode(data)
	if err != nil {
		return nil, fmt.Errorf("load claims db %s: %w", DBPath, err)
	}
	return db, nil
}
