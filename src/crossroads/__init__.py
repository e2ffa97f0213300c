"""crossroads: an Anthropic-compatible gateway that routes each turn to the model best suited to it."""

__version__ = "0.1.0"
