"""Channel digests in Slack: subscriptions, runs, the repository, the command and the posting."""
