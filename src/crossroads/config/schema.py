"""The config file's shape: archgw's (`llm_providers`, `model_aliases`, `routing_preferences`, `listeners`)
plus crossroads' own sections. Unknown keys are accepted so an archgw or Plano file loads unchanged."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from crossroads.config.units import parse_duration, parse_size


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class Duration(float):
    pass


def _duration(value: Any) -> float:
    return parse_duration(value)


class RoutingPreference(_Lenient):
    name: str = Field(min_length=1)
    description: str = Field(min_length=1)
    examples: list[str] = Field(default_factory=list)
    fallbacks: list[str] = Field(default_factory=list)


class RetryPolicy(_Lenient):
    attempts: int | None = Field(default=None, ge=1, le=10)
    backoff: float | None = None
    max_backoff: float | None = None

    _durations = field_validator("backoff", "max_backoff", mode="before")(lambda v: None if v is None else _duration(v))


class Timeouts(_Lenient):
    connect: float | None = None
    first_byte: float | None = None
    idle: float | None = None

    _durations = field_validator("connect", "first_byte", "idle", mode="before")(
        lambda v: None if v is None else _duration(v)
    )


class Price(_Lenient):
    """USD per million tokens."""

    input: float = Field(ge=0)
    output: float = Field(ge=0)
    cache_read: float | None = Field(default=None, ge=0)
    cache_write: float | None = Field(default=None, ge=0)


class ProviderModel(_Lenient):
    model: str = Field(min_length=3)
    name: str | None = None
    access_key: str | None = None
    base_url: str | None = None
    default: bool = False
    provider_interface: str | None = None
    routing_preferences: list[RoutingPreference] = Field(default_factory=list)
    max_output_tokens: int | None = Field(default=None, ge=1)
    fallbacks: list[str] = Field(default_factory=list)
    retry: RetryPolicy | None = None
    timeouts: Timeouts | None = None
    price: Price | None = None
    headers: dict[str, str] = Field(default_factory=dict)

    @field_validator("model")
    @classmethod
    def _provider_prefix(cls, value: str) -> str:
        provider, sep, model_id = value.partition("/")
        if not sep or not provider or not model_id:
            raise ValueError(f"{value!r} must be written 'provider/model-id', e.g. 'openai/gpt-4.1'")
        return value

    @field_validator("base_url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is None or value.startswith("$"):
            return value
        if not value.startswith(("http://", "https://")):
            raise ValueError(f"{value!r} must start with http:// or https://")
        return value.rstrip("/")

    @field_validator("provider_interface")
    @classmethod
    def _interface(cls, value: str | None) -> str | None:
        if value is None:
            return None
        lowered = value.lower()
        if lowered in ("claude",):
            return "anthropic"
        return lowered


class Alias(_Lenient):
    target: str = Field(min_length=1)


class EgressListener(_Lenient):
    address: str = "127.0.0.1"
    port: int = Field(default=12000, ge=1, le=65535)
    timeout: float | None = None
    message_format: str | None = None

    _durations = field_validator("timeout", mode="before")(lambda v: None if v is None else _duration(v))


class Listeners(_Lenient):
    egress_traffic: EgressListener = Field(default_factory=EgressListener)


class Scenarios(_Lenient):
    """Optional rules, each naming the model that takes such requests; all off unless set."""

    long_context: str | None = None
    long_context_threshold: int = Field(default=60000, ge=1)
    thinking: str | None = None
    web_search: str | None = None
    images: str | None = None
    subagent: str | None = None


class Routing(_Lenient):
    router: Literal["embedded", "arch-router", "llm", "none"] = "embedded"
    model: str | None = None
    """For `arch-router`/`llm`: the model (a configured name, or the id served at `endpoint`)."""
    model_provider: str | None = Field(default=None, alias="llm_provider")
    endpoint: str | None = None
    """For `arch-router`: an OpenAI-compatible base URL serving the router model."""
    timeout: float = 2.0
    small_fast_model: str | None = None
    """The alias (or model) that takes Claude Code's small/fast lane (haiku names)."""
    sticky: bool = True
    session_ttl: float = 3600.0
    session_max: int = Field(default=10000, ge=1)
    scenarios: Scenarios = Field(default_factory=Scenarios)

    _durations = field_validator("timeout", "session_ttl", mode="before")(lambda v: _duration(v))


class Defaults(_Lenient):
    retry: RetryPolicy = Field(default_factory=RetryPolicy)
    timeouts: Timeouts = Field(default_factory=Timeouts)
    max_body: int = 32 * 1000**2

    _sizes = field_validator("max_body", mode="before")(lambda v: parse_size(v))


class Auth(_Lenient):
    keys: list[str] = Field(default_factory=list)


class Usage(_Lenient):
    retention_days: float = Field(default=90, ge=0)
    prices: dict[str, Price] = Field(default_factory=dict)


class Logging(_Lenient):
    level: Literal["debug", "info", "warning", "error"] = "info"
    log_bodies: bool = False


class Config(_Lenient):
    version: str | None = None
    listeners: Listeners | list[dict[str, Any]] = Field(default_factory=Listeners)
    llm_providers: list[ProviderModel] = Field(default_factory=list)
    model_providers: list[ProviderModel] | None = None
    model_aliases: dict[str, Alias] = Field(default_factory=dict)
    routing: Routing = Field(default_factory=Routing)
    tracing: dict[str, Any] | None = None
    defaults: Defaults = Field(default_factory=Defaults)
    auth: Auth = Field(default_factory=Auth)
    usage: Usage = Field(default_factory=Usage)
    logging: Logging = Field(default_factory=Logging)

    @model_validator(mode="after")
    def _one_provider_list(self) -> Config:
        if self.model_providers is not None:
            if self.llm_providers:
                raise ValueError("use either 'llm_providers' or 'model_providers' (Plano's spelling), not both")
            self.llm_providers = self.model_providers
            self.model_providers = None
        if not self.llm_providers:
            raise ValueError("'llm_providers' is empty: list at least one model, e.g. '- model: openai/gpt-4.1'")
        return self

    def egress(self) -> EgressListener:
        """The client-facing listener, from archgw's object form or Plano's list form."""
        if isinstance(self.listeners, Listeners):
            return self.listeners.egress_traffic
        for item in self.listeners:
            if item.get("type", "model") == "model":
                return EgressListener.model_validate(item)
        return EgressListener()
