from common import *

# ---------------- chit_chat (incl. sign-offs, thanks, about the assistant) ----------------
C = "chit_chat"
conv(C,
     "the retry loop still double-sends on timeout",
     "The request timed out on the client but succeeded on the server, so the retry sent it again. I added an idempotency key header that the server dedupes on.",
     "that did it, thanks a lot. calling it a day 🍺")
conv(C,
     cc(date(), "run the full suite one more time"),
     call(None, ("a", "Bash", {"command": "npm test"})),
     results(("a", "Test Suites: 48 passed, 48 total\nTests:       611 passed, 611 total\nTime:        41.2 s")),
     A("All 611 tests pass across 48 suites."),
     cc("legend. ok that's it for today, ttyl"))
conv(C,
     "write a migration adding a `nickname` column",
     "```sql\nALTER TABLE users ADD COLUMN nickname text;\n```",
     "lol that was easy. do you ever get bored of these")
conv(C,
     "why is my `useState` not updating right away",
     "State updates are batched and applied on the next render; `console.log(count)` right after `setCount` still sees the old value.",
     "ahh ok that makes sense. you're way more patient than my tech lead haha")
conv(C, "are you the same model as yesterday or do you get swapped out")
conv(C, "good morning! coffee first, then we tackle the flaky tests. how's your day going")
conv(C, "do you actually remember what we did in this repo last week?")
conv(C,
     "Danke für die Hilfe mit dem Dockerfile!",
     "Gern geschehen! Das Image ist jetzt deutlich kleiner.",
     "Schönes Wochenende dir, falls du sowas hast 😄")
conv(C,
     cc(date(), "ok push it"),
     call(None, ("a", "Bash", {"command": "git push origin feat/export-xlsx"})),
     results(("a", "To github.com:acme/reports.git\n * [new branch]      feat/export-xlsx -> feat/export-xlsx")),
     A("Pushed `feat/export-xlsx`."),
     cc("perfect. you've been great today, seriously. bye!"))
conv(C, "what's your favourite programming language, honestly")
conv(C,
     "the memory leak is gone 🎉 graph is flat",
     "Excellent! The cache eviction fix did it — heap should stay around 300MB now.",
     "I've been chasing this for 3 weeks. I could cry. ok going home")
conv(C, "merci beaucoup, c'est parfait. bonne soirée !")
conv(C,
     "fix the lint errors",
     "Fixed 12 lint errors: unused imports, two `==` vs `===`, and a missing key prop.",
     "ty ty. nothing else for now")
conv(C, "ありがとう！今日はここまでにします。お疲れさまでした")
conv(C, "hola! primera vez usando esto, solo quería saludar antes de empezar jaja")
conv(C,
     "can you refactor the parser to be less nested",
     "Refactored: early returns replace the nested ifs, and the token handling is in a lookup table. Behaviour is unchanged; tests pass.",
     "nice. random q, do you like refactoring or is that a weird thing to ask an AI")
conv(C, "spasibo, vse zarabotalo! do zavtra")
conv(C,
     cc(date(), opened("src/app.ts"), "never mind, figured it out myself"),
     "Nice! What was it, out of curiosity?",
     cc("typo in the env var name, classic. ok cya"))

# ---------------- git_help (housekeeping chores) ----------------
C = "git_help"
conv(C,
     "add the missing await in fetchUser",
     "Added the `await` on line 18; the function now returns the user instead of a pending promise.",
     "commit that and push to my branch")
conv(C, "make a new branch off main for the invoice pdf work, something like feat/invoice-pdf")
conv(C,
     cc(date(), "run the tests"),
     call(None, ("a", "Bash", {"command": "cargo test"})),
     results(("a", "test result: ok. 87 passed; 0 failed; 0 ignored")),
     A("All 87 tests pass."),
     cc("tag it v0.9.0 and push the tag"))
conv(C, "nuke node_modules and the lockfile and reinstall clean, something's cached weird")
conv(C, "squash my last 4 commits into one before I open the PR")
conv(C,
     "the fix for the date picker looks good",
     "Great. The change is in `DatePicker.tsx` and the new test in `DatePicker.test.tsx`.",
     "rebase it on latest main and force push, there were conflicts people said")
conv(C, "undo my last commit but keep the changes, I committed to main by accident")
conv(C, "stash what I have, switch to hotfix/login, I'll come back later")
conv(C, cc(date(), "delete all my local branches that are already merged into main"))
conv(C, "cherry-pick the timezone fix commit from develop onto release/3.2")
conv(C,
     "bump the version to 1.4.2",
     "Bumped `version` in package.json and pyproject.toml to 1.4.2.",
     "commit as 'chore: release 1.4.2', tag, push both")
conv(C, "Kannst du die Änderungen committen? Nachricht: 'fix: Nullcheck im Rechnungsmapper'")
conv(C, "borra la rama feature/old-search tanto local como remota")
conv(C, "recrée le venv proprement et réinstalle les dépendances depuis requirements.txt")
conv(C, "git submodule update 해서 최신으로 맞춰줘")
conv(C,
     cc(todo(), "lint + format everything"),
     call(None, ("a", "Bash", {"command": "npm run lint -- --fix && npm run format"})),
     results(("a", "✔ 0 problems\nFormatted 134 files")),
     A("Lint is clean and 134 files were reformatted."),
     cc("commit that as a separate 'style: format' commit so it doesn't pollute the real diff"))
conv(C, "set upstream for this branch to origin and push, it keeps asking me")
conv(C, "pull latest main into my feature branch (merge not rebase, team rule)")
conv(C, "add `.env.local` and `coverage/` to gitignore and untrack the coverage folder that got committed")
conv(C, "open a PR from this branch to main with the title 'Invoice PDF export', draft")
conv(C,
     "the upgrade to next 15 is done and the build passes",
     "Good. The only manual change was the async `cookies()` API in two server components.",
     "clear the .next cache, reinstall deps and rebuild from scratch just to be sure, then push")
conv(C, "revert the merge commit from yesterday (the analytics one), it's on main already")
conv(C, "pnpm store prune and reinstall, disk is full")
conv(C, "rename branch `fix-stuff` to `fix/payment-webhook-retry` locally and on remote")
conv(C, cc(date("2026-12-04"), "create the release branch release/2026.12 from main and push it"))
conv(C, "bundle install again, I switched ruby versions with rbenv")
conv(C,
     "write the regression test for the rounding fix",
     "Added `test_rounding_half_even` covering 0.005, 0.015 and negative amounts in `tests/test_money.py`.",
     "👍 commit both the fix and the test, separate commits, then push")
conv(C, "what's the git command to see which branch has a commit? need to check if abc123f is in release/3.1")
conv(C, "sync my fork with upstream main")
conv(C, "delete the stale `v2.0.0-rc1` tag, locally and on github, it was cut from the wrong commit")
