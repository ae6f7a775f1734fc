"""Printer protocol clients. No Home Assistant imports here: stdlib, paho and aiohttp only."""
