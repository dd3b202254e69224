"""The side-effect half of the intake bot: mailbox, database, worker, CLI."""
