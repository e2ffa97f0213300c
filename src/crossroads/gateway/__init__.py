"""The HTTP side: endpoints, the upstream client, streaming relay and error mapping."""
