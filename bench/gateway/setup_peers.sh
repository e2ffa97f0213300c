#!/usr/bin/env bash
# Install the peer gateways the benchmark compares against, into a cache directory OUTSIDE the project.
# Nothing here touches the project's own environment or dependencies.
#
#   bash bench/gateway/setup_peers.sh            # install (or check) both peers
#   CROSSROADS_BENCH_CACHE=/tmp/cb bash bench/gateway/setup_peers.sh
#
# Versions can be pinned with LITELLM_VERSION / CCR_VERSION (default: the versions the issue quotes).
set -uo pipefail

CACHE="${CROSSROADS_BENCH_CACHE:-$HOME/.cache/crossroads-bench}"
LITELLM_VERSION="${LITELLM_VERSION:-1.108.7}"
CCR_VERSION="${CCR_VERSION:-2.0.0}"
mkdir -p "$CACHE"
status=0

# ---- LiteLLM proxy: its own venv ------------------------------------------------------------------------
LITELLM_VENV="$CACHE/litellm-venv"
if [ -x "$LITELLM_VENV/bin/litellm" ]; then
  echo "litellm: already installed in $LITELLM_VENV"
else
  echo "litellm: installing litellm[proxy]==$LITELLM_VERSION into $LITELLM_VENV"
  PY="${BENCH_PEER_PYTHON:-$(command -v python3)}"
  if command -v uv >/dev/null 2>&1 || [ -x "$(dirname "$0")/../../.venv/bin/uv" ]; then
    UV="$(command -v uv || echo "$(dirname "$0")/../../.venv/bin/uv")"
    "$UV" venv --quiet --python "$PY" "$LITELLM_VENV" \
      && "$UV" pip install --quiet --python "$LITELLM_VENV/bin/python" "litellm[proxy]==$LITELLM_VERSION" \
      || { echo "litellm: pinned install failed, trying the latest release"; \
           "$UV" pip install --quiet --python "$LITELLM_VENV/bin/python" "litellm[proxy]"; } \
      || { echo "litellm: INSTALL FAILED" >&2; status=1; }
  else
    "$PY" -m venv "$LITELLM_VENV" \
      && "$LITELLM_VENV/bin/pip" install --quiet "litellm[proxy]==$LITELLM_VERSION" \
      || "$LITELLM_VENV/bin/pip" install --quiet "litellm[proxy]" \
      || { echo "litellm: INSTALL FAILED" >&2; status=1; }
  fi
fi
if [ -x "$LITELLM_VENV/bin/python" ]; then
  "$LITELLM_VENV/bin/python" -c "import importlib.metadata as m; print('litellm: version', m.version('litellm'))" \
    > "$CACHE/litellm.version" 2>&1 && cat "$CACHE/litellm.version"
fi

# ---- claude-code-router: npm package in its own prefix -----------------------------------------------------
CCR_DIR="$CACHE/ccr"
if [ -f "$CCR_DIR/node_modules/@musistudio/claude-code-router/package.json" ]; then
  echo "claude-code-router: already installed in $CCR_DIR"
elif ! command -v npm >/dev/null 2>&1; then
  echo "claude-code-router: npm not found (install Node.js >= 18)" >&2
  status=1
else
  echo "claude-code-router: installing @musistudio/claude-code-router@$CCR_VERSION into $CCR_DIR"
  mkdir -p "$CCR_DIR"
  [ -f "$CCR_DIR/package.json" ] || echo '{"name":"crossroads-bench-peers","private":true}' > "$CCR_DIR/package.json"
  (cd "$CCR_DIR" && npm install --silent --no-audit --no-fund "@musistudio/claude-code-router@$CCR_VERSION") \
    || { echo "claude-code-router: INSTALL FAILED" >&2; status=1; }
fi
exit $status
