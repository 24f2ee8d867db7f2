"""Run many `haven` CLI commands in one interpreter: the benchmark's setup.

Each line of stdin is a JSON list, the argv of one `haven` command. Each is run through
`app.cli.main` — the console script's own entry point, so the same parsing, migration check
and account code — but without paying an interpreter start and the imports (~1 s) per
command, which made creating 500 volunteers take ten minutes. A command that fails is
retried (parallel writers can find the embedded database locked); one that keeps failing
stops the run with its exit code.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import time


def run(argv: list[str], retries: int = 3) -> int:
    from app.cli import main

    rc = 1
    for attempt in range(retries):
        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out):
                rc = main(argv)
        except Exception as e:  # noqa: BLE001 - reported, then retried
            print(f"haven {' '.join(argv)}: {type(e).__name__}: {e}", file=sys.stderr)
            rc = 1
        if rc == 0:
            return 0
        time.sleep(0.5 * (attempt + 1))
    return rc


def main() -> int:
    for line in sys.stdin:
        if line.strip():
            argv = json.loads(line)
            rc = run(argv)
            if rc != 0:
                print(f"haven {' '.join(argv)} -> rc {rc}", file=sys.stderr)
                return rc
    return 0


if __name__ == "__main__":
    sys.exit(main())
