from common import U, conv, CC, loop, numbered

CATEGORY = {
    "category": "git_help",
    "parent": None,
    "descriptions": [
        "git help",
        "questions about using git: branching, rebasing, merging, undoing commits, resolving conflicts",
        "when I'm stuck with git and need to know which command to run",
        "Use for version control how-tos: rebase vs merge, cherry-pick, reflog, stash, submodules, fixing a detached HEAD, rewriting history.",
        "git commands and workflows",
        "help me un-break my git repo",
        "Explaining git concepts and commands, e.g. how to squash commits, undo a push, move commits to another branch, or pick a branching strategy",
        "version control (git, github, gitlab) usage questions",
        "Git 使用问题：回滚提交、变基、合并冲突、分支管理",
        "ajuda com git: rebase, merge, desfazer commits, resolver conflitos",
    ],
}

REQUESTS = [
    U("how do i undo my last commit but keep the changes"),
    U("I accidentally committed to main instead of a feature branch. Haven't pushed yet. How do I move the commit onto a new branch and reset main?"),
    U("difference between git rebase and git merge, when should I use which? my team argues about this every sprint"),
    U("i pushed a commit with an API key in it 😬 how do i get it out of the history completely. repo is on github, private"),
    conv(
        "the fix for the login bug is on develop, 3 commits in a row. we need it on release/2.3 too",
        "Cherry-picking is the right tool here: check out `release/2.3` and cherry-pick the three commits from develop, oldest first. Run the tests afterwards since the release branch may differ.",
        "how do i cherry pick the whole range in one go instead of one by one? and is the first commit in A..B included or not",
    ),
    U("what is 'detached HEAD' and how do I get out of it without losing the commits I made while in it"),
    U("interactive rebase to squash my last 4 commits into one — step by step please, the vim editor thing scares me"),
    U("i did git reset --hard and lost a day of work. is there ANY way back?? i think i had committed it at some point"),
    U("how do you resolve merge conflicts in package-lock.json? just delete it and run npm install?"),
    U("git stash vs just making a WIP commit when I need to switch branches — which is better?"),
    U("How do I rename a branch both locally and on the remote?"),
    U("how do git submodules work, and why is my submodule folder empty after cloning the repo"),
    conv(
        "hi! I'm new to git, just cloned my team's repo for the first time",
        "Welcome! What would you like to know?",
        "whats the difference between git fetch and git pull? my team lead said to never use pull and I didn't want to ask why",
    ),
    U("I need to revert a merge commit that's already pushed to main. `git revert <sha>` says 'commit is a merge but no -m option was given'. which parent do I pick?"),
    U("how do I find which commit introduced a bug? someone mentioned git bisect but I've never used it"),
    U("how do I make git stop tracking a file that's already committed? I added it to .gitignore but it still shows up as modified"),
    U("is force pushing ever safe? what's the difference between --force and --force-with-lease"),
    U("How do I split one commit into two separate commits?"),
    U("set up git so it uses my work email for repos under ~/work and my personal email everywhere else"),
    U("'Your branch and 'origin/main' have diverged, and have 3 and 5 different commits each, respectively.' what does this mean and what do i do"),
    U("git blame but ignoring the huge reformatting commit we did last month, is that possible?"),
    U("how do I delete all local branches that have already been merged into main"),
    U("during a rebase, what are 'ours' and 'theirs'? they seem backwards compared to a merge"),
    U("trunk-based development vs git flow for a team of 6 shipping a web app weekly? what would you pick"),
    U("¿Cómo deshago un git push que ya hice a la rama main? Nadie más ha hecho pull todavía."),
    U("Wie kann ich mit git nur einen Teil der Änderungen in einer Datei committen und den Rest für später behalten?"),
    U("Comment récupérer une branche que j'ai supprimée par erreur avec git branch -D ? Elle n'avait jamais été poussée."),
    U("git rebase -i の途中でコンフリクトが起きました。どう進めればいいですか？途中でやめて元に戻したい場合は？"),
    U("Как изменить сообщение коммита, который уже не последний? Он третий с конца и ещё не запушен."),
    U("git में मैंने गलत branch पर काम कर लिया, changes अभी commit नहीं किए हैं। अब इन्हें सही branch पर कैसे ले जाऊँ?"),
    conv(
        "the total is wrong when the cart has a discount, can you look?\n\ndef total(items, discount=0):\n    return sum(i.price for i in items) * (1 - discount / 100)",
        "The function itself is fine if `discount` is a percentage — but `apply_coupon` passes `0.1` for 10%. Either change the caller to pass `10`, or change this to `* (1 - discount)` and document it as a fraction. I'd fix the caller in `coupons.py`.",
        "fixed the caller. how do i commit just coupons.py and not the other junk i have changed in the working tree",
    ),
    conv(
        "git pull says fatal: refusing to merge unrelated histories",
        "That happens when the two branches don't share a common ancestor — typically when you created a repo locally with its own first commit and then added a GitHub repo that was also initialised with a README. If you're sure you want to combine them, run `git pull origin main --allow-unrelated-histories`.",
        "ok did that and now there are conflicts in README.md and .gitignore. how do i finish the merge? never done this from the terminal",
    ),
    conv(
        "write a bash one-liner to count lines of python code in a repo excluding venv",
        "```bash\nfind . -name '*.py' -not -path './.venv/*' -not -path './venv/*' -print0 | xargs -0 cat | wc -l\n```",
        "perfect thx",
        "Anytime!",
        "oh another thing — my feature branch is 40 commits behind main. how do i get it up to date without creating a merge commit?",
    ),
    CC("I have 12 messy commits on this branch ('wip', 'fix', 'fix again'...). How do I clean them up into 3 logical commits before opening the PR? Explain the steps, I want to run them myself.", date="2026-02-09"),
    loop(
        "what's going on with my repo",
        [
            (None, "Bash", {"command": "git status", "description": "Show repo status"},
             """interactive rebase in progress; onto 3f2a9c1
Last commands done (4 commands done):
   pick 8d1e0b2 add export endpoint
   pick a77c3f0 handle empty export
  (see more in file .git/rebase-merge/done)
Next commands to do (2 remaining commands):
   pick 19bc4e5 rename export module
   pick e02d8a6 tests for export
You are currently rebasing branch 'feature/export' on '3f2a9c1'.
  (fix conflicts and then run "git rebase --continue")
  (use "git rebase --skip" to skip this patch)
  (use "git rebase --abort" to check out the original branch)

Unmerged paths:
  both modified:   src/export.py"""),
        ],
        None,
        "wait what state am I in? I don't remember starting a rebase. how do I get out of this safely without losing anything",
        date="2026-04-01",
    ),
    loop(
        "show me the recent history",
        [
            (None, "Bash", {"command": "git log --oneline --graph -12", "description": "Show commit graph"},
             """*   c41d9e2 Merge branch 'main' of github.com:acme/web
|\\
| * 7a1b3c4 add pricing page
| * 2e9f0a1 fix header on mobile
* | 9b8c7d6 add pricing page
* | 5f4e3d2 fix header on mobile
|/
* 1a2b3c4 bump deps"""),
        ],
        "There are two copies of 'fix header on mobile' and 'add pricing page' on either side of a merge commit.",
        "yeah why does that happen, and how do i fix it? i think i rebased after pushing",
        date="2026-05-20",
    ),
    CC("how do I set up a git worktree so I can work on a hotfix on another branch without stashing my current half-done changes?", date="2026-07-03", todo=True),
    loop(
        "push my branch",
        [
            (None, "Bash", {"command": "git push", "description": "Push current branch"},
             """To github.com:acme/api.git
 ! [rejected]        main -> main (non-fast-forward)
error: failed to push some refs to 'github.com:acme/api.git'
hint: Updates were rejected because the tip of your current branch is behind
hint: its remote counterpart."""),
        ],
        "The push was rejected because `origin/main` has commits you don't have locally — and you're on `main`, not a feature branch.",
        "oh. explain what happened here and what the safe way to push is. I don't want to force push over my coworker's stuff",
        date="2026-09-24",
    ),
    CC("whats the git command to see what changed in one specific file between two tags, like v1.2.0 and v1.3.0", date="2026-10-28"),
    CC("git lfs question: we have a bunch of large .psd files already in the history. how do I migrate them into LFS, and what does that do to everyone else's clones?", date="2026-11-26"),
]
