"""What a fresh interpreter has imported after running some code."""

from __future__ import annotations

import json
import subprocess
import sys


def modules_loaded(code: str) -> set[str]:
    """Run code in a new Python process; return the names of the modules it holds."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    return set(json.loads(done.stdout.strip().splitlines()[-1]))
