"""The Slack adapter: the Bolt app, listeners grouped by kind, Block Kit rendering, delivery, OAuth, digest commands."""
