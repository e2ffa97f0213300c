from common import conv, cc, loop, reminder_date, reminder_claudemd, REMINDER_TODO

CATEGORY = "shell_scripting"
PARENT = "code_generation"

DESCRIPTIONS = [
    "shell scripts",
    "bash/zsh/PowerShell one-liners and scripts, CLI commands",
    "how do I do X in the terminal",
    "Use for command-line stuff: find/grep/sed/awk/jq/xargs pipelines, bash scripts with arg parsing, cron jobs, PowerShell automation, git/ffmpeg/imagemagick/rsync invocations.",
    "one-liners please",
    "shell scripting and terminal commands on Linux, macOS and Windows — file manipulation, text processing, process management, automation scripts",
    "writing POSIX sh / bash scripts (set -euo pipefail, getopts, traps) and PowerShell cmdlets",
    "when I need the right command for something — sysadmin tasks, log grepping, bulk renames, ssh/scp, tar, curl",
    "Scripts de shell y comandos de terminal (bash, zsh, PowerShell)",
    "シェルスクリプトやコマンドライン（bash、zsh、PowerShell のワンライナーやスクリプト）",
]

REQUESTS = [
    "bash one liner to find all files over 100MB under /var and sort by size",
    "how do I rename all .jpeg files in a folder to .jpg",
    r"""Write a bash script `backup.sh` that:
- takes a source dir and a destination (local path or user@host:path)
- uses rsync with --link-dest to make daily hardlinked snapshots named YYYY-MM-DD
- keeps the last 14 snapshots, deletes older
- logs to /var/log/backup.log and exits non-zero on failure
- has -n for dry run and -h for help (getopts)""",
    "jq: from this array of objects get name and the count of items where status == \"failed\", sorted by count desc\n\n[{\"name\":\"a\",\"items\":[{\"status\":\"ok\"},{\"status\":\"failed\"}]},{\"name\":\"b\",\"items\":[{\"status\":\"failed\"},{\"status\":\"failed\"}]}]",
    conv(
        "my dev server won't start, says address already in use",
        "Something is still bound to the port — often a previous dev server that didn't shut down cleanly, or another app. Find and stop that process, or start your server on a different port.",
        "kill whatever is listening on port 8080 (mac)",
    ),
    # German
    "Wie kann ich mit einem Befehl in allen .py-Dateien eines Projekts `print(` durch `logger.debug(` ersetzen, aber nur in src/ und nicht in tests/? Linux, sed oder so.",
    "powershell script to find all files modified in the last 7 days in C:\\Projects, excluding node_modules, and copy them preserving folder structure to D:\\Backup\\weekly",
    cc("git command to delete all local branches that have been merged into main except main and develop",
       reminders=[reminder_date("2026-05-15")],
       history=("merge my feature branch into main and push", "Merged `feature/export-csv` into `main` (fast-forward) and pushed to origin. You now have 23 local branches.",)),
    cc("write a script scripts/fetch-fixtures.sh that downloads the fixture tarballs listed in fixtures.txt (one url per line), verifies each against the sha256 in fixtures.sha256, and extracts into tests/fixtures/. skip ones already present. must work on both macOS and linux bash 3.2+",
       reminders=[reminder_date("2026-02-11")]),
    "awk to sum the 3rd column of a csv grouped by the 1st, csv has a header row",
    conv(
        "iphone screen recordings are huge, why",
        "They're typically recorded at high bitrate (often HEVC at 60fps) in a .mov container to preserve quality. Re-encoding to H.264 with a CRF setting usually shrinks them a lot with no visible loss for screen content.",
        "ffmpeg command to convert all .mov in a folder to mp4 h264, crf 23, keep audio, same filenames",
    ),
    # Spanish
    "¿Cómo puedo ver qué proceso está usando más memoria en Linux y matarlo si pasa de 2 GB? Quiero un script pequeño que lo compruebe cada minuto.",
    conv(
        "what does `set -e` do exactly",
        "`set -e` (errexit) makes the shell exit immediately when a command returns a non-zero status — with exceptions: commands in `if`/`while` conditions, commands in `&&`/`||` lists except the last, and commands whose exit status is inverted with `!`. In pipelines only the last command's status counts unless you also `set -o pipefail`.",
        "ok. write me a bash function `retry` that I can source: `retry 5 2 curl -fsS https://...` = up to 5 attempts, 2s initial delay doubling each time, and it should work even when the caller has set -e",
    ),
    "tail a log file and only show lines with ERROR or WARN, colored, and also write the matches to errors.txt",
    "list the 20 largest directories in my home folder, human readable, one level deep",
    loop(
        "check disk usage on the build box",
        [
            (None, [
                ("Bash", {"command": "df -h / && du -sh /var/lib/docker 2>/dev/null", "description": "Disk usage"},
                 "Filesystem      Size  Used Avail Use% Mounted on\n/dev/nvme0n1p1  200G  188G   12G  95% /\n142G\t/var/lib/docker"),
            ]),
        ],
        "docker's eating everything. give me a cleanup script I can put in cron nightly: remove stopped containers older than 24h, dangling images, build cache older than 3 days, but never touch images tagged with `keep`",
        reminders=[reminder_date("2026-06-06")],
        wrap="Root is at 95% (12G free) and /var/lib/docker alone is 142G.",
    ),
    # Chinese
    "用 shell 批量把当前目录下所有文件名里的空格替换成下划线，包括子目录里的文件",
    "curl command to POST json with a bearer token and fail on http errors, printing the response body either way",
    "zsh: how do i make a function that cds into a project dir under ~/code with tab completion of the project names",
    cc("find all TODO comments in a git repo, excluding vendor/, and print file:line: text plus the author of that line from git blame",
       history=("we have tech debt day on friday", "Nice. Want me to help build an inventory first — TODO/FIXME comments, deprecated API usages, skipped tests — so the team can pick items?",)),
    "script to bulk create linux users from users.csv (username,fullname,group), set random passwords, force change on first login, print the credentials at the end",
    # Japanese
    "ディレクトリ内のすべての .log ファイルを gzip 圧縮して、30日以上前のものは削除するシェルスクリプトを書いてください。cron で毎日動かしたいです。",
    cc("add a `make release` helper script (scripts/release.sh) that bumps the version in package.json (patch/minor/major arg), commits, tags vX.Y.Z, and pushes with tags. refuse if the working tree is dirty or we're not on main",
       reminders=[reminder_claudemd("2026-08-02", """
Node 22 project, npm. Scripts go in scripts/ and must be POSIX-compatible bash (no bash 5 features, CI runs macOS too).
""")]),
    "PowerShell: get all AD users whose password expires in the next 7 days and export name,email,expiry to csv",
    "xargs -P to download 500 urls from urls.txt with 8 in parallel using curl, saving with the last url segment as filename",
    "how do I ssh into a box through a bastion host in one command, and scp a file through it too",
    conv(
        "my laptop's been slow",
        "Common culprits: a runaway process (check Activity Monitor / `top -o cpu`), low free disk space, too many login items, or Spotlight indexing. What OS are you on?",
        "macos. give me a terminal command that shows the top 10 processes by CPU, refreshing every 2s, and another one-liner for top memory hogs",
    ),
    # French
    "Je voudrais un script bash qui surveille un dossier et qui, dès qu'un nouveau PDF arrive, le déplace dans un sous-dossier par année/mois selon sa date de modification. Avec inotifywait.",
    "extract all email addresses from a bunch of .txt files, dedupe, lowercase, count occurrences. grep -o probably",
    "git one-liner: show how many lines each author added/removed in the last 3 months",
    "bash: loop over all subdirs that contain a go.mod and run `go test ./...` in each, print a summary of pass/fail at the end, exit 1 if any failed",
    "imagemagick: resize all pngs in ./screens to max 1280px wide, keep aspect, strip metadata, write to ./screens/small",
    # Portuguese
    "Como eu faço para contar quantas linhas de código tem meu projeto, por linguagem, ignorando node_modules e .git? Sem instalar nada se possível.",
    loop(
        "why did the nightly job not run",
        [
            (None, [
                ("Bash", {"command": "crontab -l", "description": "Show crontab"},
                 "# m h dom mon dow command\n0 3 * * * /home/deploy/bin/nightly.sh"),
                ("Bash", {"command": "grep CRON /var/log/syslog | tail -3", "description": "Recent cron log entries"},
                 "Oct 02 03:00:01 app1 CRON[21877]: (deploy) CMD (/home/deploy/bin/nightly.sh)\nOct 02 03:00:01 app1 CRON[21876]: (CRON) info (No MTA installed, discarding output)"),
            ]),
        ],
        "ok it runs but output is thrown away. rewrite the crontab line so stdout+stderr go to a dated log file under ~/logs, and wrap it with flock so two runs never overlap",
        reminders=[reminder_date("2026-10-02")],
        wrap="Cron did trigger it at 03:00; the output was discarded because no MTA is installed, so any error went nowhere.",
    ),
    conv(
        "setting up a firewall allowlist for the new vpn box",
        "OK — for an allowlist you'll want the box's public egress IP (what remote services see), not its private interface address. If it's behind NAT those differ.",
        "one-liner to get the public IP of this machine",
    ),
    "powershell equivalent of `grep -rn \"connectionString\" --include=*.config .`",
    # Russian
    "Напиши bash-скрипт, который проверяет доступность списка хостов (ping и порт 443) и отправляет сообщение в Telegram, если что-то упало.",
    "tar + gzip a dir excluding node_modules and .git, with a progress bar (pv)",
    "how do I make a bash script accept long options like --verbose --output=file.txt without getopt gnu dependency",
    cc("give me the kubectl one-liner to get every pod across all namespaces that has restarted more than 5 times, with namespace, name and restart count", reminders=[REMINDER_TODO]),
    "split a 10GB csv into 1M-line chunks keeping the header in each file",
    # Korean
    "리눅스에서 특정 디렉토리의 파일 변경 사항을 감지해서 자동으로 git commit & push 하는 스크립트 만들어 줘.",
    "windows batch file (.bat, not powershell) that checks if python is installed and if not opens the download page, else runs main.py with all args passed through",
    "print the 10 most frequent IPs in an nginx access log",
    "मुझे एक bash स्क्रिप्ट चाहिए जो हर रात /var/www का tar.gz बैकअप /backups में बनाए (फ़ाइल नाम में तारीख हो) और 7 दिन से पुरानी बैकअप फ़ाइलें हटा दे। cron लाइन भी बता देना।",
]
