"""Gateway overhead benchmark: crossroads vs a direct call vs peer gateways, on one fake upstream."""
