from common import U, conv, CC, loop, numbered

CATEGORY = {
    "category": "env_setup_problems",
    "parent": "debugging",
    "descriptions": [
        "environment and dependency problems",
        "installation, build and dependency issues: pip, npm, docker, PATH, version conflicts",
        "when something won't install or my dev environment is broken",
        "Use for setup trouble: package managers failing, conflicting versions, virtualenvs, Docker builds, missing system libraries, toolchain configuration.",
        "it works on my machine problems / env setup / 'command not found'",
        "Getting a project to build and run: resolving dependency conflicts, fixing broken toolchains, configuring SDKs, compilers and interpreters on macOS, Linux or Windows",
        "dependency hell",
        "I use this route when npm install, pip install, brew or docker is giving me grief",
        "problemas de instalação, dependências e configuração do ambiente de desenvolvimento",
        "开发环境配置问题：依赖冲突、安装失败、Docker 构建、环境变量",
    ],
}

REQUESTS = [
    U("pip install psycopg2 fails with 'Error: pg_config executable not found.' macbook m2"),
    U("""npm ERR! code ERESOLVE
npm ERR! ERESOLVE unable to resolve dependency tree
npm ERR! Found: react@18.3.1
npm ERR! Could not resolve dependency:
npm ERR! peer react@"^16.8.0 || ^17.0.0" from react-beautiful-dnd@13.1.1

what's the right fix here, --legacy-peer-deps feels wrong"""),
    U("python3 --version says 3.9 but I installed 3.12 with brew. `which python3` gives /usr/bin/python3. how do I make the brew one the default"),
    U("docker build fails at RUN apt-get update with 'Temporary failure resolving deb.debian.org'. internet works fine on the host"),
    conv(
        "how do I open the current folder in vscode from the terminal",
        "Run `code .` in the folder. The `code` command is VS Code's CLI launcher.",
        "zsh: command not found: code. I installed vscode yesterday from the website, mac",
    ),
    U("nvm use 20 works but every new terminal goes back to node 16. annoying"),
    U("cargo build on a fresh ubuntu WSL install: error: linker `cc` not found"),
    U("poetry install just hangs forever at 'Resolving dependencies...'. no error, nothing. been 20 min"),
    U("ImportError: libGL.so.1: cannot open shared object file: No such file or directory — happens when importing cv2 inside my python:3.12-slim docker container"),
    U("conda env and pip are fighting. `pip list` shows numpy 1.26 but `import numpy; numpy.__version__` gives 2.0.1. how is that even possible"),
    U("Android Studio gradle sync failed: 'Unsupported class file major version 65'. no idea what changed, it worked last week"),
    U("npm install -g typescript gives: Error: EACCES: permission denied, mkdir '/usr/local/lib/node_modules/typescript'. should I just use sudo?"),
    U("can't get CUDA working with pytorch. torch.cuda.is_available() returns False. nvidia-smi works, driver 550, CUDA 12.4, installed torch with plain `pip install torch`"),
    U("setting up a rails app from our repo, `bundle install` fails on nokogiri with some libxml2 error on macos sonoma. tried installing libxml2 with brew, same thing"),
    U("Windows 11: 'python' is not recognized as an internal or external command, operable program or batch file — right after installing python from python.org"),
    U("docker compose up: the postgres container keeps restarting, logs say 'initdb: error: directory \"/var/lib/postgresql/data\" exists but is not empty'"),
    U("go get fails: module github.com/acme/sdk@latest found (v1.4.0), but does not contain package github.com/acme/sdk/v2/client"),
    U("how do I set up pyenv + virtualenvs properly so each project gets its own python version? I keep breaking my system python on ubuntu"),
    U("error: externally-managed-environment when i do pip install on ubuntu 24.04. what is this, pip worked on 22.04"),
    U("yarn install: error vite@5.4.2: The engine \"node\" is incompatible with this module. Expected version \"^18.0.0 || >=20.0.0\". Got \"16.20.0\""),
    U("after the macOS update git says 'xcrun: error: invalid active developer path (/Library/Developer/CommandLineTools), missing xcrun at: ...'"),
    U("maven: [ERROR] Failed to execute goal maven-compiler-plugin: Fatal error compiling: error: release version 21 not supported. JAVA_HOME is set to 21 i think?"),
    U("trying to install tensorflow on an M1 mac, pip says 'ERROR: No matching distribution found for tensorflow'. python 3.13 from homebrew"),
    U("docker: permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock. fresh linux mint install"),
    U("No consigo instalar las dependencias con pip, me da 'error: Microsoft Visual C++ 14.0 or greater is required' y luego 'Could not build wheels for numpy' en Windows con Python 3.13. ¿Qué hago?"),
    U("Nach dem Update auf macOS 15 findet mein Terminal 'brew' nicht mehr: zsh: command not found: brew. Irgendwas mit dem PATH ist kaputt, oder?"),
    U("npm install plante avec 'gyp ERR! find Python' sous Windows, alors que Python 3.12 est bien installé et dans le PATH."),
    U("WSL2でdockerを使うとnpm installがものすごく遅いです（10分以上）。プロジェクトは /mnt/c/Users/... に置いています。設定が間違っていますか？"),
    U("pip install 할 때 'SSL: CERTIFICATE_VERIFY_FAILED' 에러가 납니다. 회사 프록시 환경이에요. 어떻게 해결하나요?"),
    U("Не могу собрать проект на CMake: 'Could NOT find Boost (missing: Boost_INCLUDE_DIR)'. Boost установлен через vcpkg, Windows 10."),
    conv(
        "write a small fastapi hello world",
        "```python\nfrom fastapi import FastAPI\n\napp = FastAPI()\n\n@app.get(\"/\")\ndef root():\n    return {\"hello\": \"world\"}\n```\nRun it with `uvicorn main:app --reload`.",
        "i ran `uvicorn main:app --reload` and it says `uvicorn: command not found`, but `pip install uvicorn` said successfully installed??",
    ),
    conv(
        "how do I add ruff to pre-commit",
        "Add this to `.pre-commit-config.yaml`:\n\n```yaml\nrepos:\n  - repo: https://github.com/astral-sh/ruff-pre-commit\n    rev: v0.6.9\n    hooks:\n      - id: ruff\n      - id: ruff-format\n```\nthen run `pre-commit install`.",
        "pre-commit install fails with `An unexpected error has occurred: CalledProcessError: command: ('/usr/local/bin/python3.8', '-mvirtualenv', ...)`. I don't even have python 3.8 anymore, I uninstalled it",
    ),
    conv(
        "can you write a node script that reads a sqlite db and prints all tables",
        "```js\nconst sqlite3 = require('sqlite3');\nconst db = new sqlite3.Database(process.argv[2]);\ndb.all(\"SELECT name FROM sqlite_master WHERE type='table'\", (err, rows) => {\n  if (err) throw err;\n  rows.forEach(r => console.log(r.name));\n});\n```",
        "thanks",
        "You're welcome! Run `npm install sqlite3` first.",
        "that's where it breaks lol. npm install sqlite3 fails with node-pre-gyp WARN Pre-built binaries not installable for sqlite3@5.1.7 and node@23.1.0 and then a giant node-gyp error. node 23 on arch linux",
    ),
    loop(
        "start the dev server",
        [
            (None, "Bash", {"command": "npm run dev", "description": "Start Vite dev server"},
             """> web@0.0.0 dev
> vite

Error: Cannot find module @rollup/rollup-darwin-arm64. npm has a bug related to optional dependencies (https://github.com/npm/cli/issues/4828). Please try `npm i` again after removing both package-lock.json and node_modules directory.
    at requireWithFriendlyError (/Users/jo/web/node_modules/rollup/dist/native.js:59:9)"""),
        ],
        None,
        "ugh, this again. is it safe to just nuke the lockfile like it says? the rest of the team is on linux. fix my env without messing up the lockfile for them if possible",
        date="2026-03-11",
    ),
    loop(
        "sync the project deps",
        [
            (None, "Bash", {"command": "uv sync", "description": "Install dependencies"},
             """  × No solution found when resolving dependencies:
  ╰─▶ Because torch==2.1.0 has no wheels with a matching Python version tag (e.g., `cp313`)
      and your project depends on torch==2.1.0, we can conclude that your project's requirements are unsatisfiable."""),
        ],
        "`uv sync` fails because the project pins `torch==2.1.0`, which has no wheels for Python 3.13 — the interpreter uv picked.",
        "can you fix it so this resolves? I don't care about torch 2.1 specifically, but the rest of the team is on python 3.11 so keep that working",
        date="2026-05-06",
        claude_md=("/Users/ines/ml/segment/CLAUDE.md", "- use uv, never pip\n- keep requires-python compatible with 3.11"),
    ),
    CC("set up the dev environment for this repo from scratch. I just cloned it on a new linux laptop: needs the right node version (see .nvmrc), pnpm, and the local postgres via docker compose. the README setup section is outdated so don't trust it", date="2026-01-07", todo=True),
    loop(
        "build the project",
        [
            (None, "Bash", {"command": "make build", "description": "Build everything"},
             "protoc --go_out=. --go-grpc_out=. api/v1/*.proto\n/bin/sh: 1: protoc: not found\nmake: *** [Makefile:12: proto] Error 127"),
        ],
        "The build needs `protoc` (the Protocol Buffers compiler) and it isn't installed.",
        "install whatever is missing. I'm on debian 12, and we need protoc-gen-go and protoc-gen-go-grpc too probably",
        date="2026-10-20",
    ),
    CC("my venv is messed up: inside .venv, `which python` points to /opt/homebrew/bin/python3 and pip installs go to the global site-packages. how do I rebuild it cleanly without breaking anything else", date="2026-07-30"),
    loop(
        "docker compose build is failing",
        [
            (None, "Bash", {"command": "docker compose build api 2>&1 | tail -20", "description": "Rebuild the api image"},
             """ => ERROR [api 5/7] RUN pip install -r requirements.txt                    14.2s
------
 > [api 5/7] RUN pip install -r requirements.txt:
9.871   error: subprocess-exited-with-error
9.871   × Building wheel for uwsgi (pyproject.toml) did not run successfully.
9.872   exec: "gcc": executable file not found in $PATH
------
failed to solve: process "/bin/sh -c pip install -r requirements.txt" did not complete successfully: exit code: 1"""),
            (None, "Read", {"file_path": "/home/ops/shop/api/Dockerfile"},
             numbered("""FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --upgrade pip
RUN pip install -r requirements.txt
COPY . .
CMD ["uwsgi", "--ini", "uwsgi.ini"]""")),
        ],
        "The slim base image has no C compiler, and `uwsgi` builds from source.",
        "fix the Dockerfile. ideally keep the final image small, so maybe a multi-stage build?",
        date="2026-04-23",
    ),
    CC("java version hell: this project needs JDK 17, my machine has 21 and 11 installed. set up sdkman or whatever so that this repo uses 17 automatically when I cd into it", date="2026-11-26"),
]
