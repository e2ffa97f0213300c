"""Find, read and validate config.yaml; every problem is reported with its key path."""

from __future__ import annotations

import os
from pathlib import Path

import yaml
from pydantic import ValidationError

from crossroads.config.envfile import interpolate, read_dotenv
from crossroads.config.errors import ConfigError, describe_validation_error
from crossroads.config.resolved import GatewayConfig, ModelTarget, resolve_target
from crossroads.config.schema import Config

CONFIG_NAMES = ("config.yaml", "arch_config.yaml", "plano_config.yaml")


def user_config_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "crossroads"


def find_config(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--config FILE`, else ./config.yaml (or archgw's arch_config.yaml), else the user config dir."""
    if explicit:
        path = Path(explicit).expanduser()
        if not path.is_file():
            raise ConfigError(f"config file {path} does not exist")
        return path
    for name in CONFIG_NAMES:
        if Path(name).is_file():
            return Path(name)
    user = user_config_dir() / "config.yaml"
    if user.is_file():
        return user
    raise ConfigError(
        f"no config found (looked for ./config.yaml and {user}); create one with `crossroads init` "
        "or pass --config FILE"
    )


def load_config(path: str | os.PathLike[str] | None = None, env: dict[str, str] | None = None) -> GatewayConfig:
    source = find_config(path)
    try:
        text = source.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read {source}: {exc.strerror}") from None
    merged = dict(read_dotenv(source.parent / ".env"))
    merged.update(env if env is not None else os.environ)  # the real environment wins over .env
    return parse_config(text, merged, source)


def parse_config(text: str, env: dict[str, str], source: Path | None = None) -> GatewayConfig:
    label = str(source) if source else "config"
    try:
        tree = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise ConfigError(f"{label}: {problem}{where}") from None
    if not isinstance(tree, dict):
        raise ConfigError(f"{label}: expected a mapping with llm_providers, model_aliases, routing…")
    if "model_providers" in tree and "llm_providers" not in tree:
        tree["llm_providers"] = tree.pop("model_providers")

    missing: dict[str, set[str]] = {}
    tree = interpolate(tree, env, missing)
    try:
        config = Config.model_validate(tree)
    except ValidationError as exc:
        raise describe_validation_error(exc, label) from None
    return _resolve(config, missing, source, env)


def _resolve(config: Config, missing: dict[str, set[str]], source: Path | None, env: dict[str, str]) -> GatewayConfig:
    label = str(source) if source else "config"
    errors: list[str] = []
    warnings: list[str] = []
    targets: list[ModelTarget] = []
    for index, entry in enumerate(config.llm_providers):
        target, problems = resolve_target(entry, index, missing, config, env)
        errors.extend(problems)
        if target is not None:
            targets.append(target)
            if target.problem:
                warnings.append(f"{target.full} is unusable: {target.problem}")

    errors.extend(_duplicates(config))
    defaults = [t.full for t in targets if t.default]
    if len(defaults) > 1:
        errors.append(f"llm_providers: only one model may have default: true (found {', '.join(defaults)})")

    gateway = GatewayConfig(
        raw=config, source=source, targets=targets, aliases={}, warnings=warnings,
        host=config.egress().address, port=config.egress().port,
    )
    for alias, spec in config.model_aliases.items():
        if gateway.find(spec.target) is None:
            errors.append(f"model_aliases.{alias}.target: {spec.target!r} is not a configured model")
        else:
            gateway.aliases[alias] = spec.target
    errors.extend(_routing_references(config, gateway))
    if errors:
        raise ConfigError(f"{label} is not a valid crossroads config:\n" + "\n".join(f"  {e}" for e in errors))
    if not gateway.usable_targets():
        raise ConfigError(
            f"{label}: no model is usable:\n" + "\n".join(f"  {w}" for w in warnings)
            + "\nSet the missing variables (or put them in a .env file beside the config)."
        )
    other_paths = {p: n for p, n in missing.items() if not p.startswith("llm_providers")}
    for path, names in sorted(other_paths.items()):
        warnings.append(f"{path}: ${', $'.join(sorted(names))} is not set")
    default = gateway.default_target
    if default is not None and defaults and default.full != defaults[0]:
        warnings.append(f"the default model {defaults[0]} is unusable; {default.full} answers unmatched requests")
    return gateway


def _duplicates(config: Config) -> list[str]:
    errors: list[str] = []
    seen_models: dict[str, int] = {}
    seen_names: dict[str, int] = {}
    seen_routes: dict[str, int] = {}
    for index, entry in enumerate(config.llm_providers):
        if entry.model in seen_models:
            errors.append(f"llm_providers[{index}].model: {entry.model!r} is already listed at [{seen_models[entry.model]}]; "
                          "give one of them a distinct name if you need both")
        seen_models.setdefault(entry.model, index)
        if entry.name:
            if entry.name in seen_names:
                errors.append(f"llm_providers[{index}].name: {entry.name!r} is used twice")
            seen_names.setdefault(entry.name, index)
        for pref_index, pref in enumerate(entry.routing_preferences):
            key = pref.name.strip().lower()
            if key in seen_routes:
                errors.append(
                    f"llm_providers[{index}].routing_preferences[{pref_index}].name: route {pref.name!r} is already "
                    f"defined by llm_providers[{seen_routes[key]}]; route names must be unique"
                )
            seen_routes.setdefault(key, index)
            if key == "other":
                errors.append(f"llm_providers[{index}].routing_preferences[{pref_index}].name: 'other' is reserved "
                              "(it means no route matched)")
    return errors


def _routing_references(config: Config, gateway: GatewayConfig) -> list[str]:
    errors: list[str] = []
    scenarios = config.routing.scenarios
    for key in ("long_context", "thinking", "web_search", "images", "subagent"):
        name = getattr(scenarios, key)
        if name and gateway.find(name) is None and name not in gateway.aliases:
            errors.append(f"routing.scenarios.{key}: {name!r} is not a configured model or alias")
    routing = config.routing
    if routing.router == "llm":
        if not routing.model or gateway.find(routing.model) is None:
            errors.append("routing.model: the llm router needs routing.model to name a configured model "
                          f"(got {routing.model!r})")
    elif routing.router == "arch-router" and not routing.endpoint:
        provider = routing.model_provider or "arch-router"
        if gateway.find(provider) is None and not any(t.provider == "arch" for t in gateway.targets):
            errors.append("routing: the arch-router router needs routing.endpoint (an OpenAI-compatible URL such as "
                          "http://localhost:11434/v1) or a model named 'arch-router' in llm_providers")
    small = config.routing.small_fast_model
    if small and gateway.find(small) is None and small not in gateway.aliases:
        errors.append(f"routing.small_fast_model: {small!r} is not a configured model or alias")
    for index, entry in enumerate(config.llm_providers):
        for fb_index, name in enumerate(entry.fallbacks):
            if gateway.find(name) is None and name not in gateway.aliases:
                errors.append(f"llm_providers[{index}].fallbacks[{fb_index}]: {name!r} is not a configured model")
        for pref_index, pref in enumerate(entry.routing_preferences):
            for fb_index, name in enumerate(pref.fallbacks):
                if gateway.find(name) is None and name not in gateway.aliases:
                    errors.append(f"llm_providers[{index}].routing_preferences[{pref_index}].fallbacks[{fb_index}]: "
                                  f"{name!r} is not a configured model")
    return errors
