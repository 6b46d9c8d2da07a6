"""The Slack adapter: listeners grouped by kind, Block Kit rendering, delivery, OAuth stores."""
