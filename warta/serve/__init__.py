"""The web app, JSON API and exports over a Warta store (`warta serve`, `warta export`)."""

from .app import create_app

__all__ = ["create_app"]
