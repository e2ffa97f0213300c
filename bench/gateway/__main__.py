"""`python -m bench.gateway`: run the gateway benchmark (see README.md)."""

from bench.gateway.run import main

raise SystemExit(main())
