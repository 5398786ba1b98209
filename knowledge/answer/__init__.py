"""Answering: read the question, judge candidate sentences with the fitted models, compose a cited answer."""
from .compose import DECLINE, Composer, Judged

__all__ = ["DECLINE", "Composer", "Judged"]
