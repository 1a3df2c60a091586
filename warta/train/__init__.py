"""Offline training of the models and data files that ship in `warta/lang/id`.
Run through `warta train ...`; needs ../shared and the training-only tools."""
