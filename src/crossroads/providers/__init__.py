"""The providers crossroads knows: where they live, how they authenticate, which wire protocol they speak."""

from crossroads.providers.catalogue import CATALOGUE, ProviderSpec, lookup_provider

__all__ = ["CATALOGUE", "ProviderSpec", "lookup_provider"]
