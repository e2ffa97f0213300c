from lib import *

L = "code understanding"

LEASE_GO = '''// Package lease implements leader election on top of a Postgres table.
package lease

import (
	"context"
	"database/sql"
	"errors"
	"log/slog"
	"math/rand"
	"sync"
	"time"
)

var ErrNotLeader = errors.New("lease: not the leader")

type Config struct {
	Name          string
	Holder        string
	TTL           time.Duration
	RenewEvery    time.Duration
	RetryEvery    time.Duration
	ClockSkewSafe time.Duration
}

type Elector struct {
	db     *sql.DB
	cfg    Config
	log    *slog.Logger
	mu     sync.RWMutex
	leader bool
	epoch  int64
	until  time.Time
	onWin  func(ctx context.Context, epoch int64)
	onLose func(epoch int64)
	cancel context.CancelFunc
}

func New(db *sql.DB, cfg Config, onWin func(context.Context, int64), onLose func(int64)) *Elector {
	if cfg.RenewEvery == 0 {
		cfg.RenewEvery = cfg.TTL / 3
	}
	if cfg.RetryEvery == 0 {
		cfg.RetryEvery = cfg.TTL / 2
	}
	if cfg.ClockSkewSafe == 0 {
		cfg.ClockSkewSafe = 2 * time.Second
	}
	return &Elector{db: db, cfg: cfg, log: slog.Default().With("lease", cfg.Name), onWin: onWin, onLose: onLose}
}

const acquireSQL = `
INSERT INTO leases (name, holder, epoch, expires_at)
VALUES ($1, $2, 1, now() + $3::interval)
ON CONFLICT (name) DO UPDATE
   SET holder = EXCLUDED.holder,
       epoch = leases.epoch + 1,
       expires_at = EXCLUDED.expires_at
 WHERE leases.expires_at < now()
RETURNING epoch, expires_at`

const renewSQL = `
UPDATE leases SET expires_at = now() + $3::interval
 WHERE name = $1 AND holder = $2 AND epoch = $4 AND expires_at > now()
RETURNING expires_at`

const releaseSQL = `
UPDATE leases SET expires_at = now()
 WHERE name = $1 AND holder = $2 AND epoch = $3`

func (e *Elector) Run(ctx context.Context) {
	for {
		if ctx.Err() != nil {
			e.step Down(context.Background())
			return
		}
		if e.IsLeader() {
			if err := e.renew(ctx); err != nil {
				e.log.Warn("renew failed", "err", err)
				e.stepDown(ctx)
			}
			sleep(ctx, e.cfg.RenewEvery)
			continue
		}
		won, err := e.tryAcquire(ctx)
		if err != nil {
			e.log.Warn("acquire failed", "err", err)
		}
		if won {
			continue
		}
		jitter := time.Duration(rand.Int63n(int64(e.cfg.RetryEvery / 4)))
		sleep(ctx, e.cfg.RetryEvery+jitter)
	}
}

func (e *Elector) tryAcquire(ctx context.Context) (bool, error) {
	var epoch int64
	var until time.Time
	err := e.db.QueryRowContext(ctx, acquireSQL, e.cfg.Name, e.cfg.Holder, e.cfg.TTL.String()).Scan(&epoch, &until)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	e.mu.Lock()
	e.leader, e.epoch, e.until = true, epoch, until.Add(-e.cfg.ClockSkewSafe)
	winCtx, cancel := context.WithCancel(ctx)
	e.cancel = cancel
	e.mu.Unlock()
	e.log.Info("acquired lease", "epoch", epoch)
	go e.onWin(winCtx, epoch)
	return true, nil
}

func (e *Elector) renew(ctx context.Context) error {
	e.mu.RLock()
	epoch := e.epoch
	e.mu.RUnlock()
	var until time.Time
	err := e.db.QueryRowContext(ctx, renewSQL, e.cfg.Name, e.cfg.Holder, e.cfg.TTL.String(), epoch).Scan(&until)
	if errors.Is(err, sql.ErrNoRows) {
		return ErrNotLeader
	}
	if err != nil {
		return err
	}
	e.mu.Lock()
	e.until = until.Add(-e.cfg.ClockSkewSafe)
	e.mu.Unlock()
	return nil
}

func (e *Elector) stepDown(ctx context.Context) {
	e.mu.Lock()
	if !e.leader {
		e.mu.Unlock()
		return
	}
	epoch := e.epoch
	e.leader = false
	if e.cancel != nil {
		e.cancel()
	}
	e.mu.Unlock()
	_, _ = e.db.ExecContext(ctx, releaseSQL, e.cfg.Name, e.cfg.Holder, epoch)
	e.onLose(epoch)
}

// IsLeader reports whether this instance believes it holds the lease right now.
func (e *Elector) IsLeader() bool {
	e.mu.RLock()
	defer e.mu.RUnlock()
	return e.leader && time.Now().Before(e.until)
}

// Fence returns the current epoch for use as a fencing token, or ErrNotLeader.
func (e *Elector) Fence() (int64, error) {
	e.mu.RLock()
	defer e.mu.RUnlock()
	if !e.leader || !time.Now().Before(e.until) {
		return 0, ErrNotLeader
	}
	return e.epoch, nil
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}
'''.replace("e.step Down(", "e.stepDown(")

ex("und_big_file_lease_fence", L, [
    first("how does leader election work in this service? I need to understand it before touching the scheduler"),
    A("I'll find the election code.", T("le1", "Bash", {"command": "grep -rln 'lease' --include=*.go . | grep -v _test", "description": "Find lease-related files"})),
    TR(R("le1", "./internal/lease/lease.go\n./cmd/scheduler/main.go\n./internal/scheduler/runner.go", err=False)),
    A(None, T("le2", "Read", {"file_path": "/home/dev/work/cron-svc/internal/lease/lease.go"})),
    TR(R("le2", catn(LEASE_GO))),
    A("Leader election is a lease row in Postgres (`internal/lease/lease.go`):\n\n- **Acquire**: an `INSERT ... ON CONFLICT DO UPDATE ... WHERE expires_at < now()`. Only one instance can take the lease, and only after it has expired. Every takeover bumps `epoch`.\n- **Renew**: the leader extends `expires_at` every `TTL/3`. The update only matches if holder, epoch and an unexpired lease all still match. If it doesn't match, the instance steps down and cancels the context passed to `onWin`.\n- **Local view**: `IsLeader()` also checks a locally cached `until`, which is `ClockSkewSafe` (2 s by default) earlier than the DB expiry. So an instance stops believing it's leader slightly before anyone else can take over.\n- Non-leaders poll every `TTL/2` plus jitter."),
    ut("what's Fence() for and who's supposed to call it? the scheduler doesn't seem to use it"),
], sysmsg=True, tags=["tool_loop", "follow_up", "code:go"])

ex("und_compaction_token_refresh", L, [
    first('''This session is being continued from a previous conversation that ran out of context. The conversation is summarized below:
Analysis:
The user is migrating the mobile app's auth from long-lived API tokens to OAuth access/refresh tokens. We wrote src/auth/tokenStore.ts (secure storage wrapper), src/auth/refresh.ts (single-flight refresh with a shared promise), and updated src/api/client.ts to retry once on 401 after refreshing. Tests were added for concurrent 401s. The user asked to hold off on the logout flow until the backend team confirms the revoke endpoint.

Summary:
1. Primary Request and Intent: Implement OAuth token refresh in the React Native app.
2. Files: src/auth/tokenStore.ts, src/auth/refresh.ts, src/api/client.ts, src/auth/__tests__/refresh.test.ts
3. Pending Tasks: logout/revoke flow (blocked on backend).
4. Current Work: refresh flow done, tests passing.
Please continue the conversation from where we left it off without asking the user any further questions. Continue with the last task that you were asked to work on.'''),
    A("The refresh flow is finished and the tests pass. The logout/revoke flow is on hold until the backend team confirms the endpoint."),
    ut("remind me how the single-flight refresh works again? a teammate asked why two parallel 401s don't trigger two refresh calls and I couldn't explain it well"),
], tags=["multi_turn", "compaction_summary", "follow_up", "code:typescript"])

ex("und_tool_pricing_fail_mode", L, [
    first("which services call the pricing API?"),
    A(None, T("pc", "Bash", {"command": "grep -rn 'PRICING_URL\\|pricing-svc' services/ --include=*.go --include=*.py --include=*.ts | grep -v _test | head -20", "description": "Find pricing API callers"})),
    TR(R("pc", '''services/checkout/internal/quote/client.go:22:	base := os.Getenv("PRICING_URL")
services/cart/src/pricing.ts:5:const BASE = process.env.PRICING_URL ?? "http://pricing-svc:8080";
services/search/indexer/prices.py:11:PRICING_URL = os.environ["PRICING_URL"]''', err=False)),
    A("Three services call it: **checkout** (`internal/quote/client.go`), **cart** (`src/pricing.ts`) and the **search indexer** (`indexer/prices.py`)."),
    ut("what happens in checkout if pricing returns a 500 or times out? does it fail open with cached prices or fail the checkout?"),
], tags=["tool_loop", "follow_up", "code:go"])

ex("und_thinking_generics", L, [
    first('''why does this compile in go 1.21 but the version without the ~ doesn't accept my type?

type Number interface { ~int | ~int64 | ~float64 }

type Celsius float64

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs { s += x }
	return s
}'''),
    A("`~float64` means \"any type whose underlying type is float64\". `Celsius` is declared as `type Celsius float64`, so its underlying type is `float64` and it satisfies `~float64`. Without the tilde, the constraint `float64` only matches the exact type `float64`, and `Celsius` is a distinct named type.", thinking="Explain tilde approximation constraint, underlying types."),
    ut("ok so then what's the difference between that and just using constraints.Float from x/exp? is it the same thing under the hood?"),
], tags=["multi_turn", "follow_up", "thinking", "code:go"])
