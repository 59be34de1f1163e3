"""`python -m pipeline` is the same as the `cvscreen` command."""

from pipeline.cli import main

raise SystemExit(main())
