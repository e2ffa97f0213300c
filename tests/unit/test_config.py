from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from crossroads.config import ConfigError, load_config, parse_config
from crossroads.config.units import parse_duration, parse_size

ARCHGW_DEMO = """
version: v0.1

listeners:
  egress_traffic:
    address: 0.0.0.0
    port: 12000
    message_format: openai
    timeout: 30s

llm_providers:
  - model: openai/gpt-5-2025-08-07
    access_key: $OPENAI_API_KEY
    routing_preferences:
      - name: code generation
        description: generating new code snippets, functions, or boilerplate based on user prompts or requirements

  - model: openai/gpt-4.1-2025-04-14
    access_key: $OPENAI_API_KEY
    routing_preferences:
      - name: code understanding
        description: understand and explain existing code snippets, functions, or libraries
  - model: anthropic/claude-sonnet-4-5
    default: true
    access_key: $ANTHROPIC_API_KEY

  - model: anthropic/claude-haiku-4-5
    access_key: $ANTHROPIC_API_KEY

  - model: ollama/llama3.1
    base_url: http://host.docker.internal:11434

model_aliases:
  arch.claude.code.small.fast:
    target: claude-haiku-4-5

tracing:
  random_sampling: 100
"""


def test_archgw_demo_config_loads_unchanged() -> None:
    config = parse_config(ARCHGW_DEMO, {"OPENAI_API_KEY": "sk-o", "ANTHROPIC_API_KEY": "sk-a"})
    assert [t.full for t in config.targets] == [
        "openai/gpt-5-2025-08-07", "openai/gpt-4.1-2025-04-14", "anthropic/claude-sonnet-4-5",
        "anthropic/claude-haiku-4-5", "ollama/llama3.1",
    ]
    assert config.default_target.full == "anthropic/claude-sonnet-4-5"
    assert config.port == 12000
    assert config.aliases == {"arch.claude.code.small.fast": "claude-haiku-4-5"}
    ollama = config.find("ollama/llama3.1")
    assert ollama.endpoint == "http://host.docker.internal:11434/v1/chat/completions"  # default prefix added
    assert config.find("claude-sonnet-4-5").endpoint == "https://api.anthropic.com/v1/messages"
    assert config.find("gpt-5-2025-08-07").max_tokens_field == "max_completion_tokens"


def test_plano_model_providers_spelling_and_list_listeners() -> None:
    text = """
version: v0.3.0
listeners: [{type: model, name: model_listener, port: 12001}]
model_providers:
  - model: openai/gpt-4.1
    access_key: $OPENAI_API_KEY
    default: true
routing:
  route_on_user_only: true
"""
    config = parse_config(text, {"OPENAI_API_KEY": "k"})
    assert config.port == 12001
    assert config.targets[0].full == "openai/gpt-4.1"


def test_missing_env_var_makes_only_that_model_unusable() -> None:
    config = parse_config(ARCHGW_DEMO, {"ANTHROPIC_API_KEY": "sk-a"})
    gpt = config.find("openai/gpt-5-2025-08-07")
    assert not gpt.usable
    assert "$OPENAI_API_KEY" in gpt.problem
    assert any("OPENAI_API_KEY" in w for w in config.warnings)
    assert config.find("anthropic/claude-sonnet-4-5").usable


def test_no_usable_model_is_an_error_naming_the_variables() -> None:
    text = "llm_providers:\n  - model: openai/gpt-4.1\n    access_key: ${OPENAI_API_KEY}\n"
    with pytest.raises(ConfigError, match=r"OPENAI_API_KEY"):
        parse_config(text, {})


def test_validation_error_names_the_key_path() -> None:
    text = """
llm_providers:
  - model: openai/gpt-4.1
    access_key: k
  - model: gpt-4.1-without-provider
    access_key: k
"""
    with pytest.raises(ConfigError) as info:
        parse_config(text, {})
    assert "llm_providers[1].model" in str(info.value)
    assert "provider/model-id" in str(info.value)


def test_wrong_type_names_the_key_path() -> None:
    text = "llm_providers:\n  - model: openai/gpt-4.1\n    access_key: k\n    default: maybe\n"
    with pytest.raises(ConfigError, match=r"llm_providers\[0\]\.default"):
        parse_config(text, {})


def test_duplicate_route_names_and_two_defaults_are_rejected() -> None:
    text = """
llm_providers:
  - model: openai/gpt-4.1
    access_key: k
    default: true
    routing_preferences: [{name: debugging, description: fix bugs}]
  - model: deepseek/deepseek-chat
    access_key: k
    default: true
    routing_preferences: [{name: Debugging, description: also fix bugs}]
"""
    with pytest.raises(ConfigError) as info:
        parse_config(text, {})
    message = str(info.value)
    assert "llm_providers[1].routing_preferences[0].name" in message
    assert "only one model may have default: true" in message


def test_alias_to_unknown_model_is_rejected() -> None:
    text = "llm_providers:\n  - {model: openai/gpt-4.1, access_key: k}\nmodel_aliases:\n  fast: {target: nope}\n"
    with pytest.raises(ConfigError, match=r"model_aliases\.fast\.target"):
        parse_config(text, {})


def test_unknown_provider_needs_interface_and_base_url() -> None:
    with pytest.raises(ConfigError, match="provider_interface"):
        parse_config("llm_providers:\n  - {model: acme/m1, access_key: k}\n", {})
    config = parse_config(
        "llm_providers:\n  - {model: acme/m1, provider_interface: openai, base_url: 'http://127.0.0.1:9000'}\n", {}
    )
    assert config.targets[0].endpoint == "http://127.0.0.1:9000/v1/chat/completions"


def test_anthropic_interface_for_a_known_openai_provider() -> None:
    text = """
llm_providers:
  - model: deepseek/deepseek-chat
    provider_interface: anthropic
    base_url: https://api.deepseek.com/anthropic
    access_key: k
"""
    target = parse_config(text, {}).targets[0]
    assert target.protocol == "anthropic"
    assert target.endpoint == "https://api.deepseek.com/anthropic/v1/messages"
    assert target.spec.auth == "x-api-key"


def test_base_url_with_path_is_kept_as_the_api_root() -> None:
    text = "llm_providers:\n  - {model: vllm/qwen, base_url: 'http://10.0.0.5:8000/custom/v1'}\n"
    assert parse_config(text, {}).targets[0].endpoint == "http://10.0.0.5:8000/custom/v1/chat/completions"


def test_dotenv_beside_the_config_supplies_keys(tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text("llm_providers:\n  - {model: openai/gpt-4.1, access_key: $OPENAI_API_KEY}\n")
    (tmp_path / ".env").write_text("# keys\nexport OPENAI_API_KEY='sk-from-dotenv'\n")
    config = load_config(tmp_path / "config.yaml", env={})
    assert config.targets[0].api_key == "sk-from-dotenv"
    # The real environment wins over .env.
    config = load_config(tmp_path / "config.yaml", env={"OPENAI_API_KEY": "sk-env"})
    assert config.targets[0].api_key == "sk-env"


def test_conventional_key_variable_is_used_when_access_key_is_absent() -> None:
    config = parse_config("llm_providers:\n  - {model: openai/gpt-4.1}\n", {"OPENAI_API_KEY": "sk-conv"})
    assert config.targets[0].api_key == "sk-conv"


def test_defaults_and_per_model_reliability_settings() -> None:
    text = textwrap.dedent("""
        llm_providers:
          - model: openai/gpt-4.1
            access_key: k
            retry: {attempts: 3, backoff: 0.5s, max_backoff: 8s}
            timeouts: {connect: 5s, first_byte: 120s, idle: 2m}
          - model: deepseek/deepseek-chat
            access_key: k
        defaults: {retry: {attempts: 2}, timeouts: {connect: 1.5s, first_byte: 300s, idle: 300s}, max_body: 32MB}
    """)
    config = parse_config(text, {})
    first, second = config.targets
    assert (first.retry.attempts, first.retry.backoff, first.retry.max_backoff) == (3, 0.5, 8.0)
    assert (first.timeouts.connect, first.timeouts.first_byte, first.timeouts.idle) == (5.0, 120.0, 120.0)
    assert second.retry.attempts == 2 and second.timeouts.connect == 1.5
    assert config.raw.defaults.max_body == 32_000_000


def test_invalid_yaml_reports_the_line() -> None:
    with pytest.raises(ConfigError, match=r"line \d+, column \d+"):
        parse_config("llm_providers:\n  - model: [unclosed\n", {})


def test_missing_config_file_says_how_to_create_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    with pytest.raises(ConfigError, match="crossroads init"):
        load_config(None)


def test_units() -> None:
    assert parse_duration("0.5s") == 0.5
    assert parse_duration("2m") == 120
    assert parse_duration("300ms") == pytest.approx(0.3)
    assert parse_duration(30) == 30
    with pytest.raises(ValueError):
        parse_duration("soon")
    assert parse_size("32MB") == 32_000_000
    assert parse_size("1KiB") == 1024


def test_sample_config_loads_without_any_key() -> None:
    from crossroads.cli.init import sample_config_text

    config = parse_config(sample_config_text(), {})
    routes = [p.name for t in config.targets for p in t.preferences]
    assert routes == ["code generation", "code understanding", "code review", "architecture", "debugging",
                      "documentation"]
    assert config.default_target.full == "ollama/qwen2.5-coder:7b"  # the only keyless model


def test_proxy_table_reads_the_environment_once_and_honours_no_proxy() -> None:
    from crossroads.gateway.upstream import ProxyTable

    table = ProxyTable({"https": "http://proxy:3128", "http": "http://proxy:3128", "no": "localhost,127.0.0.1"})
    assert table.proxy_for("https://api.openai.com/v1/chat/completions") == "http://proxy:3128"
    assert table.proxy_for("http://127.0.0.1:8000/v1/chat/completions") is None
    assert ProxyTable({}).proxy_for("https://api.anthropic.com/v1/messages") is None
