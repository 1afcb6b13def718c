"""The model judge: prompts, typed answers, an OpenAI-compatible client with retries and a cache.

``checker.judge.backend.judge_review`` is the entry point for the ``llm`` and ``hybrid`` backends.
"""
