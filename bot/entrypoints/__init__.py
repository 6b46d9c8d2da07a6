"""Entry points: the `mlops-waiter` command line and the processes it runs (serve, socket, clock, chat)."""
