"""The evaluation suite: scenarios from public guidance, and a runner that prints the table."""
