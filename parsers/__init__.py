"""The pure half of the intake bot: raw e-mail bytes in, plain data out.

Nothing in this package touches the network, the database or the clock, so
every stage can be tested on a .eml file alone.
"""
