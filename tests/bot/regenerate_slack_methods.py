"""Regenerate tests/bot/slack_methods.json from ../shared/slack-api-ref (run when the reference exists).

    .venv/bin/python tests/bot/regenerate_slack_methods.py [path/to/slack-api-ref]

Only the methods the app and its tests call are kept: name -> required args, plus the "one of these
is required" argument groups from the reference's patches (e.g. chat.postMessage needs text or blocks).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_REF = HERE.parents[2] / "shared" / "slack-api-ref"
METHODS = (
    "auth.test", "chat.postMessage", "chat.postEphemeral", "chat.update", "conversations.open",
    "views.publish", "oauth.v2.access", "conversations.members", "users.info", "files.getUploadURLExternal",
    "files.completeUploadExternal", "apps.connections.open",
)  # fmt: skip


def _one_of_groups(patch: dict[str, object]) -> list[list[str]]:
    groups = []
    for group in patch.get("arg_groups", []):  # type: ignore[union-attr]
        if group.get("required", True) and not group.get("mutually_exclusive", False):
            groups.append(sorted(group["args"]))
    return groups


def regenerate(ref: Path) -> dict[str, object]:
    methods: dict[str, object] = {}
    for name in METHODS:
        group = name.split(".")[0]
        data = json.loads((ref / "methods" / group / f"{name}.json").read_text(encoding="utf-8"))
        required = sorted(
            arg for arg, spec in data.get("args", {}).items() if spec.get("required") is True
        )
        patch_file = ref / "methods" / "_patches" / group / f"{name}.json"
        one_of = (
            _one_of_groups(json.loads(patch_file.read_text(encoding="utf-8")))
            if patch_file.exists()
            else []
        )
        methods[name] = {"required": required, "one_of": one_of}
    return {
        "source": "slack-ruby/slack-api-ref (MIT), via ../shared/slack-api-ref; regenerate with "
        "tests/bot/regenerate_slack_methods.py",
        "methods": methods,
    }


def main() -> None:
    ref = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_REF
    if not ref.exists():
        raise SystemExit(f"no Slack API reference at {ref}")
    out = HERE / "slack_methods.json"
    out.write_text(json.dumps(regenerate(ref), indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
