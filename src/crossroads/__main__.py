from crossroads.cli.main import main

raise SystemExit(main())
