"""The config as the gateway uses it: one `ModelTarget` per configured model, with its endpoint and key resolved."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from crossroads.config.schema import Config, Price, ProviderModel, RetryPolicy, RoutingPreference, Timeouts
from crossroads.providers.catalogue import ProviderSpec, generic_spec, lookup_provider
from crossroads.providers.limits import known_output_limit, uses_completion_tokens_field

DEFAULT_RETRY = RetryPolicy(attempts=2, backoff=0.5, max_backoff=8.0)
DEFAULT_TIMEOUTS = Timeouts(connect=5.0, first_byte=300.0, idle=300.0)


@dataclass(frozen=True)
class ModelTarget:
    full: str
    """`provider/model-id`, as written in the config."""
    provider: str
    model_id: str
    name: str
    spec: ProviderSpec
    base_url: str
    endpoint: str
    """The URL requests are POSTed to (`…/v1/messages` or `…/chat/completions`)."""
    api_key: str | None = field(repr=False)
    problem: str | None
    """Why this model cannot be used (e.g. its key variable is unset), or None."""
    default: bool
    preferences: tuple[RoutingPreference, ...]
    max_output_tokens: int | None
    max_tokens_field: str
    fallbacks: tuple[str, ...]
    retry: RetryPolicy
    timeouts: Timeouts
    price: Price | None
    headers: dict[str, str]

    @property
    def protocol(self) -> str:
        return self.spec.protocol

    @property
    def usable(self) -> bool:
        return self.problem is None

    def key_status(self) -> str:
        if self.problem:
            return self.problem
        if self.api_key:
            return "key set"
        return "no key needed" if not self.spec.key_required else "no key"


@dataclass
class GatewayConfig:
    raw: Config
    source: Path | None
    targets: list[ModelTarget]
    aliases: dict[str, str]
    warnings: list[str]
    host: str
    port: int
    _index: dict[str, ModelTarget] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        # Later spellings never shadow earlier ones: full names first, then `name`, then bare ids.
        for target in self.targets:
            self._index.setdefault(target.full, target)
        for target in self.targets:
            self._index.setdefault(target.name, target)
        for target in self.targets:
            self._index.setdefault(target.model_id, target)

    def find(self, name: str) -> ModelTarget | None:
        """A configured model by `provider/model`, `name` or bare model id (exact match)."""
        return self._index.get(name)

    @property
    def default_target(self) -> ModelTarget | None:
        usable = [t for t in self.targets if t.usable and t.provider != "arch"]
        for target in usable:
            if target.default:
                return target
        return usable[0] if usable else None

    def usable_targets(self) -> list[ModelTarget]:
        return [t for t in self.targets if t.usable]


def _effective_base(base_url: str, spec: ProviderSpec) -> str:
    """A base_url with no path gets the provider's default prefix (`http://host:11434` → `…/v1`)."""
    if spec.protocol == "anthropic":
        return base_url.rstrip("/")
    path = urlsplit(base_url).path
    if path in ("", "/"):
        return base_url.rstrip("/") + spec.default_path
    return base_url.rstrip("/")


def _endpoint(base: str, spec: ProviderSpec) -> str:
    if spec.protocol == "anthropic":
        return base + "/v1/messages"
    return base + "/chat/completions"


def resolve_target(
    entry: ProviderModel, index: int, missing: dict[str, set[str]], config: Config, env: dict[str, str]
) -> tuple[ModelTarget | None, list[str]]:
    """Build one ModelTarget; returns it (possibly marked unusable) and any error for this entry."""
    where = f"llm_providers[{index}]"
    provider, _, model_id = entry.model.partition("/")
    spec = lookup_provider(provider)
    interface = entry.provider_interface
    if interface is not None and interface not in ("openai", "anthropic"):
        return None, [f"{where}.provider_interface: {interface!r} is not supported; use 'openai' or 'anthropic'"]
    if spec is None:
        if interface is None or not entry.base_url:
            return None, [
                f"{where}.model: unknown provider {provider!r}; add provider_interface (openai or anthropic) and "
                "base_url, or use one of the providers listed in the README"
            ]
        spec = generic_spec(provider, interface)  # type: ignore[arg-type]
    elif interface is not None and interface != spec.protocol:
        # e.g. DeepSeek's or Kimi's Anthropic-protocol endpoint: the wire format decides path and auth style.
        generic = generic_spec(spec.name, interface)  # type: ignore[arg-type]
        spec = dataclasses.replace(spec, protocol=generic.protocol, auth=generic.auth,
                                   default_path=generic.default_path)

    problems: list[str] = []
    for path, names in missing.items():
        if path.startswith(f"{where}.") or path == where:
            field_name = path.removeprefix(f"{where}.")
            problems.extend(f"${n} (used by {field_name}) is not set" for n in sorted(names))

    base_url = entry.base_url or spec.base_url
    if not base_url:
        if not problems:
            return None, [f"{where}.base_url: {provider} needs a base_url (e.g. https://NAME.openai.azure.com)"]
        base_url = "http://unset.invalid"
    key = entry.access_key or None
    if entry.access_key is None and spec.key_env:
        # No access_key written: use the provider's conventional variable when it is set.
        key = env.get(spec.key_env) or None
    if key is None and not problems and spec.key_required:
        hint = f" (set access_key: ${spec.key_env})" if spec.key_env else ""
        problems.append(f"no access_key{hint}")

    base = _effective_base(base_url, spec)
    max_field = spec.max_tokens_field
    if spec.protocol == "openai" and uses_completion_tokens_field(model_id):
        max_field = "max_completion_tokens"
    defaults = config.defaults
    retry = RetryPolicy(
        attempts=_pick(entry.retry, defaults.retry, DEFAULT_RETRY, "attempts"),
        backoff=_pick(entry.retry, defaults.retry, DEFAULT_RETRY, "backoff"),
        max_backoff=_pick(entry.retry, defaults.retry, DEFAULT_RETRY, "max_backoff"),
    )
    timeouts = Timeouts(
        connect=_pick(entry.timeouts, defaults.timeouts, DEFAULT_TIMEOUTS, "connect"),
        first_byte=_pick(entry.timeouts, defaults.timeouts, DEFAULT_TIMEOUTS, "first_byte"),
        idle=_pick(entry.timeouts, defaults.timeouts, DEFAULT_TIMEOUTS, "idle"),
    )
    target = ModelTarget(
        full=entry.model,
        provider=spec.name if lookup_provider(provider) else provider,
        model_id=model_id,
        name=entry.name or entry.model,
        spec=spec,
        base_url=base,
        endpoint=_endpoint(base, spec),
        api_key=key,
        problem="; ".join(problems) or None,
        default=entry.default,
        preferences=tuple(entry.routing_preferences),
        max_output_tokens=entry.max_output_tokens or known_output_limit(model_id),
        max_tokens_field=max_field,
        fallbacks=tuple(entry.fallbacks),
        retry=retry,
        timeouts=timeouts,
        price=entry.price,
        headers=dict(entry.headers),
    )
    return target, []


def _pick(own: object | None, defaults: object, builtin: object, attr: str) -> object:
    for source in (own, defaults, builtin):
        if source is not None and getattr(source, attr, None) is not None:
            return getattr(source, attr)
    return None
