"""`python -m pipeline` is the same as the `roadmaps` command."""

from pipeline.cli import main

raise SystemExit(main())
