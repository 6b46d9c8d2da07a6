"""Pure rendering: domain values in, slack_sdk.models blocks out (no I/O, no Slack calls)."""
